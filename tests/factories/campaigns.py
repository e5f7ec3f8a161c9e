import datetime
from decimal import Decimal

from django.utils import timezone

from campaigns.forecasts.series import Point, Series, series_to_stream
from campaigns.models import ForecastIndexPage, ForecastPage, MythIndexPage, MythPage
from home.models import Organisation
from tests.utils import add_page, publish


def example_organisation(locale):
    """The organisation that checks the myths and makes the forecasts."""
    return Organisation.objects.create(
        name="Exempelkommun", website="https://exempelkommun.example/", locale=locale
    )


def myth_index(home):
    index = MythIndexPage(title="Myter och fakta", slug="myter", intro="Rykten och fakta.")
    home.add_child(instance=index)
    return publish(index)


def myth(parent, organisation, slug="myt", live=True, **fields):
    """A myth checked ten days ago by `organisation`, with one source."""
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
    return add_page(parent, MythPage(slug=slug, **values), live=live)


def forecast_index(home):
    index = ForecastIndexPage(title="Prognoser", slug="prognoser")
    home.add_child(instance=index)
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


def forecast(index, organisation, slug, date, edition=1, series=None, live=True, **fields):
    """Edition `edition` of the forecast series "exempel", made on `date` (ISO)."""
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
    return add_page(index, page, live=live)
