"""Every catalogue counts the way its language does.

A catalogue whose Plural-Forms header or plural entries fall short of its
language's rules does not fail loudly: gettext finds no form for the count
and Django falls back to the Swedish catalogue, so an Arabic reader reads
"3 träffar". The reference is CLDR's plural rules, the ones ICU and every
browser follow, written out below for whole numbers (gettext counts only
those)."""

import gettext
import re
from pathlib import Path

from django.conf import settings
from django.utils import translation

import polib
import pytest

from home.models import ContentPage

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(ROOT.glob("*/*locale/*/LC_MESSAGES/django.po"))

# CLDR's category of a whole number n, per language
# (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html),
# and how many categories the language has in all (Ukrainian's "other" holds
# only fractions, Django's uk catalogue gives it a form too).
CLDR_PLURAL_RULES = {
    "sv": (2, lambda n: "one" if n == 1 else "other"),
    "en": (2, lambda n: "one" if n == 1 else "other"),
    "so": (2, lambda n: "one" if n == 1 else "other"),
    "fa": (2, lambda n: "one" if n in (0, 1) else "other"),
    "prs": (2, lambda n: "one" if n in (0, 1) else "other"),  # CLDR's fa_AF
    "ti": (2, lambda n: "one" if n in (0, 1) else "other"),
    "ar": (
        6,
        lambda n: (
            "zero"
            if n == 0
            else "one"
            if n == 1
            else "two"
            if n == 2
            else "few"
            if 3 <= n % 100 <= 10
            else "many"
            if 11 <= n % 100 <= 99
            else "other"
        ),
    ),
    "uk": (
        4,
        lambda n: (
            "one"
            if n % 10 == 1 and n % 100 != 11
            else "few"
            if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
            else "many"
        ),
    ),
}


def language_of(po_path):
    return po_path.parents[1].name


def plural_forms(catalogue):
    header = catalogue.metadata.get("Plural-Forms", "")
    match = re.fullmatch(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?);?\s*", header)
    assert match, f"no Plural-Forms header: {header!r}"
    return int(match.group(1)), gettext.c2py(match.group(2))


def test_every_content_language_has_a_plural_rule():
    assert set(CLDR_PLURAL_RULES) == {code for code, _name in settings.LANGUAGES}


def test_every_catalogue_is_checked():
    found = {(path.parts[-5], language_of(path)) for path in CATALOGUES}
    for app in ("site", "home", "stories", "campaigns"):
        for code in CLDR_PLURAL_RULES:
            assert (app, code) in found


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_catalogue_header_follows_the_languages_plural_rules(po_path):
    count, category_of = CLDR_PLURAL_RULES[language_of(po_path)]
    nplurals, form_of = plural_forms(polib.pofile(str(po_path)))
    assert nplurals == count, f"{po_path}: nplurals={nplurals}, the language has {count}"
    # Each form holds exactly one category: no two categories share a form,
    # no category is split over two.
    pairs = {(form_of(n), category_of(n)) for n in range(1000)}
    forms = [form for form, _category in pairs]
    categories = [category for _form, category in pairs]
    assert len(set(forms)) == len(forms) and len(set(categories)) == len(categories), (
        f"{po_path}: forms and categories do not match: {sorted(pairs)}"
    )
    assert all(0 <= form < nplurals for form in forms)


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_plural_entry_gives_every_form(po_path):
    catalogue = polib.pofile(str(po_path))
    nplurals, _form_of = plural_forms(catalogue)
    for entry in catalogue:
        if entry.msgid_plural:
            given = {int(index) for index, text in entry.msgstr_plural.items() if text}
            assert given == set(range(nplurals)), (
                f"{po_path}: {entry.msgid!r} gives forms {sorted(given)} of {nplurals}"
            )


def test_arabic_search_counts_its_results_in_arabic(client, homes):
    """Page i is titled with the word of every count it falls within, so each
    word finds exactly that many pages."""
    expected_by_word = {
        "sifr": (0, "لا توجد نتائج لـ «sifr»"),
        "ahad": (1, "نتيجة واحدة لـ «ahad»"),
        "ithnan": (2, "نتيجتان لـ «ithnan»"),
        "thalatha": (3, "3 نتائج لـ «thalatha»"),
        "ahada": (11, "11 نتيجة لـ «ahada»"),
        "mia": (100, "100 نتيجة لـ «mia»"),
    }
    for number in range(1, 101):
        words = [word for word, (count, _line) in expected_by_word.items() if number <= count]
        homes["ar"].add_child(instance=ContentPage(title=" ".join(words), slug=f"page-{number}"))
    for word, (_count, expected) in expected_by_word.items():
        content = client.get("/ar/search/", {"q": word}).content.decode()
        assert re.search(r'<p role="status">(.*?)</p>', content).group(1) == expected


@pytest.mark.parametrize("code", CLDR_PLURAL_RULES)
def test_no_count_falls_back_to_another_language(code):
    """Whatever the count, the search result line comes from the reader's
    own catalogue, never from the Swedish one behind it."""
    with translation.override(code):
        own = gettext.translation("django", ROOT / "site" / "locale", [code])
        for n in range(120):
            rendered = translation.ngettext(
                "%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”", n
            )
            assert rendered == own.ngettext(
                "%(counter)s result for “%(query)s”", "%(counter)s results for “%(query)s”", n
            )
