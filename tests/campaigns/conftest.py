import datetime
from decimal import Decimal

from django.utils import timezone

import pytest

from campaigns.forecasts.series import Point, Series, series_to_stream
from campaigns.models import ForecastIndexPage, ForecastPage, MythIndexPage, MythPage, MythTopic
from home.models import Organisation
from tests.utils import add_page, publish


def translate_to(page, home, **fields):
    """A published translation of `page` under `home`'s tree, as wagtail-localize makes it."""
    translation = page.copy_for_translation(home.locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(page).objects.get(pk=translation.pk)


@pytest.fixture
def myth_index(source_home):
    index = MythIndexPage(title="Myter och fakta", slug="myter", intro="Rykten och fakta.")
    source_home.add_child(instance=index)
    return publish(index)


@pytest.fixture
def organisation(source_home):
    return Organisation.objects.create(
        name="Exempelkommun", website="https://exempelkommun.example/", locale=source_home.locale
    )


@pytest.fixture
def topic(source_home):
    return MythTopic.objects.create(name="Boende", locale=source_home.locale)


@pytest.fixture
def make_myth(myth_index, organisation):
    def make(slug="myt", parent=None, live=True, **fields):
        today = timezone.localdate()
        values = {
            "title": f"Myt {slug}",
            "claim": f"Påstående {slug}",
            "verdict": "false",
            "short_fact": f"Fakta om {slug}.",
            "explanation": "<p>Förklaringen.</p>",
            "organisation": organisation,
            "date_checked": today - datetime.timedelta(days=10),
            "recheck_by": today + datetime.timedelta(days=100),
            "sources": [
                (
                    "source",
                    {
                        "title": "Skollagen",
                        "publisher": "Sveriges riksdag",
                        "url": "https://www.riksdagen.se/",
                        "date": datetime.date(2024, 5, 1),
                    },
                )
            ],
            **fields,
        }
        return add_page(parent or myth_index, MythPage(slug=slug, **values), live=live)

    return make


@pytest.fixture
def forecast_index(source_home):
    index = ForecastIndexPage(title="Prognoser", slug="prognoser")
    source_home.add_child(instance=index)
    return publish(index)


def forecast_series(*specs):
    """StreamField data from (code, label, unit, [(period, value, low, high)]) tuples."""
    return series_to_stream(
        [
            Series(
                code,
                label,
                unit,
                [
                    Point(p, Decimal(v), *(Decimal(n) if n is not None else None for n in (lo, hi)))
                    for p, v, lo, hi in points
                ],
            )
            for code, label, unit, points in specs
        ]
    )


@pytest.fixture
def make_forecast(forecast_index, organisation):
    def make(slug, date, edition=1, series=None, live=True, **fields):
        page = ForecastPage(
            title=f"Prognos {slug}",
            slug=slug,
            series_key="exempel",
            forecast_date=datetime.date.fromisoformat(date),
            edition=edition,
            source_organisation=organisation,
            source_url="https://exempelkommun.example/",
            period_start="2026",
            period_end="2028",
            key_period="2026",
            summary="En sammanfattning.",
            series=series
            if series is not None
            else forecast_series(
                (
                    "anvisade",
                    "Anvisade",
                    "personer",
                    [("2026", 1200, 900, 1500), ("2027", 1100, None, None)],
                )
            ),
            **fields,
        )
        return add_page(forecast_index, page, live=live)

    return make
