"""Dates and numbers on public pages follow the reader's language.

Django ships no formats and no month names for Dari, Somali and Tigrinya;
without site/formats and site/django_locale a Tigrinya page showed "nov. 2,
2026": the English default pattern with the Swedish fallback catalogue's
month."""

import datetime
import gettext
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import date as format_date
from django.utils import translation
from django.utils.dates import MONTHS, MONTHS_3, MONTHS_ALT, MONTHS_AP, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import trans_real

import polib
import pytest

from tests.campaigns.conftest import translate_to
from tests.factories.campaigns import forecast_series

pytestmark = pytest.mark.django_db

NBSP = "\xa0"
CHECKED = datetime.date(2026, 11, 2)

# 2 November 2026 and 12500.5 as each language writes them.
EXPECTED = {
    "sv": ("2 november 2026", f"12{NBSP}500,5"),
    "en": ("Nov. 2, 2026", "12,500.5"),
    "ar": ("2 نوفمبر، 2026", "12500,5"),
    "fa": ("2 نوامبر 2026", "12500.5"),
    "prs": ("2 نومبر 2026", "12,500.5"),
    "so": ("Noofeembar 2, 2026", "12,500.5"),
    "ti": ("2 ሕዳር 2026", "12,500.5"),
    "uk": ("02 листопада 2026 р.", f"12{NBSP}500,5"),
}
DJANGO_LOCALE = Path(settings.BASE_DIR) / "site" / "django_locale"


def test_every_content_language_is_expected():
    assert set(EXPECTED) == {code for code, _name in settings.LANGUAGES}


@pytest.mark.parametrize("code", EXPECTED)
def test_myth_page_gives_the_checked_date_in_the_readers_language(client, make_myth, homes, code):
    myth = make_myth("datum", date_checked=CHECKED)
    page = myth if code == "sv" else translate_to(myth, homes[code])
    html = client.get(page.url).content.decode()
    expected_date, _number = EXPECTED[code]
    assert expected_date in html
    if code != "sv":
        assert "november" not in html


@pytest.mark.parametrize("code", EXPECTED)
def test_forecast_page_gives_date_and_figures_in_the_readers_language(
    client, make_forecast, homes, code
):
    forecast = make_forecast(
        "siffror",
        CHECKED.isoformat(),
        series=forecast_series(
            ("anvisade", "Anvisade", "personer", [("2026", "12500.5", None, None)])
        ),
    )
    page = forecast if code == "sv" else translate_to(forecast, homes[code])
    html = client.get(page.url).content.decode()
    expected_date, expected_number = EXPECTED[code]
    assert expected_date in html
    assert f'<dd class="key-figure__value">{expected_number} ' in html


def date_message_keys():
    """The catalogue keys of the month and day names the date filter uses."""
    with translation.override("en"):  # English names are the message ids
        plain = [
            str(name)
            for table in (MONTHS, MONTHS_3, WEEKDAYS, WEEKDAYS_ABBR)
            for name in table.values()
        ]
        in_context = [
            f"{context}\x04{name}"
            for context, table in (("abbrev. month", MONTHS_AP), ("alt. month", MONTHS_ALT))
            for name in table.values()
        ]
    return plain + in_context


@pytest.mark.parametrize("code", [code for code in EXPECTED if code not in ("sv", "en")])
def test_no_month_or_day_name_falls_back_to_swedish(code):
    """Every name the date filter uses is in the reader's own catalogue, so
    none comes from the Swedish one behind it."""
    own_catalogue = trans_real.translation(code)._catalog
    assert [key for key in date_message_keys() if key not in own_catalogue] == []


@pytest.mark.parametrize("code", ["prs", "so", "ti"])
def test_django_date_catalogue_is_complete_and_compiled(code):
    po_path = DJANGO_LOCALE / code / "LC_MESSAGES" / "django.po"
    catalogue = polib.pofile(str(po_path))
    assert not catalogue.untranslated_entries() and not catalogue.fuzzy_entries()
    with open(po_path.with_suffix(".mo"), "rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)._catalog
    for entry in catalogue:
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        assert compiled.get(key) == entry.msgstr, f"{po_path}: run msgfmt"


# 2 November 2026 at 15:05, as the partner sign-off page gives a link's expiry.
EXPECTED_DATE_WITH_TIME = {
    "sv": "2 november 2026 15:05",
    "en": "Nov. 2, 2026, 3:05 p.m.",
    "ar": "2 نوفمبر، 2026، 3:05 م",
    "fa": "2 نوامبر 2026، ساعت 15:05",
    "prs": "2 نومبر 2026، ساعت 15:05",
    "so": "Noofeembar 2, 2026, 3:05 GD",
    "ti": "2 ሕዳር 2026 ሰዓት 3:05 ድ.ቀ.",
    "uk": "02 листопада 2026 р. 15:05",
}


@pytest.mark.parametrize(("code", "expected"), EXPECTED_DATE_WITH_TIME.items())
def test_date_with_time_follows_the_readers_language(code, expected):
    with translation.override(code):
        assert format_date(datetime.datetime(2026, 11, 2, 15, 5), "DATETIME_FORMAT") == expected
