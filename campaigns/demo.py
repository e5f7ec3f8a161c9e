"""Demo myth pages and rumour reports for `manage.py load_demo`; idempotent."""

import datetime
from decimal import Decimal

from django.utils import timezone

from campaigns import demo_content
from campaigns.campaigns import demo as campaign_demo
from campaigns.forecasts.series import Point, Series, series_to_stream
from campaigns.models import (
    ForecastIndexPage,
    ForecastPage,
    MythIndexPage,
    MythPage,
    MythTopic,
    RumourReport,
)
from home.choices import OrganisationKind
from home.demo import add_child_once, publish, source_home, translate
from home.models import Organisation

DEMO_LANGUAGES = ("en", "ar")


def _translations():
    return {code: demo_content.TRANSLATIONS[code] for code in DEMO_LANGUAGES}


def _organisation(home):
    organisation, _ = Organisation.objects.get_or_create(
        name=demo_content.ORGANISATION["name"],
        locale=home.locale,
        defaults={
            "kind": OrganisationKind.MUNICIPALITY,
            "municipality": demo_content.ORGANISATION["name"],
            "website": demo_content.ORGANISATION["website"],
        },
    )
    translate(organisation, {code: {} for code in DEMO_LANGUAGES})
    return organisation


def _topics(home):
    topics = {}
    for name in demo_content.TOPICS:
        topics[name], _ = MythTopic.objects.get_or_create(name=name, locale=home.locale)
        translate(topics[name], _translations())
    return topics


def _myth(index, spec, topics, organisation):
    today = timezone.localdate()
    return add_child_once(
        index,
        MythPage(
            title=spec["title"],
            slug=spec["slug"],
            claim=spec["claim"],
            verdict=spec["verdict"],
            short_fact=spec["short_fact"],
            explanation="".join(f"<p>{text}</p>" for text in spec["paragraphs"]),
            sources=[
                ("source", {"title": title, "publisher": publisher, "url": url, "date": None})
                for title, publisher, url in spec["sources"]
            ],
            topic=topics[spec["topic"]],
            organisation=organisation,
            date_checked=today - datetime.timedelta(days=spec["checked_days_ago"]),
            recheck_by=today + datetime.timedelta(days=spec["recheck_in_days"]),
            is_example_content=True,
        ),
    )


def _relate(myths):
    for slug, other_slug in demo_content.RELATED:
        for page, related in ((myths[slug], myths[other_slug]), (myths[other_slug], myths[slug])):
            if not page.related_myths:
                page.related_myths = [("myth", related)]
                publish(page)


def _reports(myths):
    for spec in demo_content.REPORTS:
        answered_by = myths.get(spec["answered_by"])
        RumourReport.objects.get_or_create(
            text=spec["text"],
            defaults={
                "language": spec["language"],
                "site_language": spec["language"] if spec["language"] != "other" else "sv",
                "heard_where": spec["heard_where"],
                "status": spec["status"],
                "answered_by": answered_by,
            },
        )


def _forecasts(home, organisation):
    """Two successive forecasts for Exempelkommun, marked as example data."""
    index = add_child_once(
        home,
        ForecastIndexPage(
            title=demo_content.FORECAST_INDEX["title"],
            slug=demo_content.FORECAST_INDEX["slug"],
            intro=demo_content.FORECAST_INDEX["intro"],
            show_in_menus=True,
        ),
    )
    translate(index, _translations())
    for spec in demo_content.FORECASTS:
        series = [
            Series(
                code,
                label,
                unit,
                [Point(p, Decimal(v), Decimal(lo), Decimal(hi)) for p, v, lo, hi in values],
            )
            for (code, label, unit), values in spec["series"].items()
        ]
        forecast = add_child_once(
            index,
            ForecastPage(
                title=spec["title"],
                slug=spec["slug"],
                series_key=demo_content.FORECAST_SERIES_KEY,
                forecast_date=datetime.date.fromisoformat(spec["date"]),
                edition=spec["edition"],
                source_organisation=organisation,
                source_url=demo_content.ORGANISATION["website"],
                period_start="2026",
                period_end="2028",
                key_period="2026",
                summary=spec["summary"],
                methodology=f"<p>{demo_content.FORECAST_METHOD}</p>",
                series=series_to_stream(series),
                is_example_content=True,
            ),
        )
        translate(forecast, _translations())


def load():
    home = source_home()
    organisation = _organisation(home)
    topics = _topics(home)
    index = add_child_once(
        home,
        MythIndexPage(
            title=demo_content.INDEX["title"],
            slug=demo_content.INDEX["slug"],
            intro=demo_content.INDEX["intro"],
            show_in_menus=True,
        ),
    )
    translate(index, _translations())
    myths = {spec["slug"]: _myth(index, spec, topics, organisation) for spec in demo_content.MYTHS}
    _relate(myths)
    # Translated after all pages exist, so related myths point to their translations.
    for myth in myths.values():
        translate(myth, _translations())
    _reports(myths)
    _forecasts(home, organisation)
    campaign_demo.load()
