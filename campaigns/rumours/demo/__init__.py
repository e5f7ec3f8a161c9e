"""Demo rumour reports in the admin inbox (reports.yaml), some answered by a demo myth page."""

from pathlib import Path

from campaigns.models import MythPage, RumourReport
from home.demo import loader

CONTENT = Path(__file__).with_name("reports.yaml")


def load():
    locale = loader.source_home().locale
    for record in loader.read(CONTENT)["reports"]:
        answered_by = MythPage.objects.filter(slug=record.get("answered_by"), locale=locale)
        loader.get_or_create(RumourReport, record, key="text", answered_by=answered_by.first())
