"""The demo campaigns: the finished "Frivillig spridning" and an active
example campaign in English, Arabic and Tigrinya with a leaflet per language."""

from django.db import transaction
from django.utils import translation
from django.utils.html import escape

import pytest

from campaigns.campaigns import demo as campaigns_demo
from campaigns.forecasts import demo as forecasts_demo
from campaigns.models import CampaignPage
from campaigns.myths import demo as myths_demo
from campaigns.rumours import demo as rumours_demo
from home.demo import pages
from stories.library import demo as stories_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def commit_callbacks_run_at_once(monkeypatch):
    """wagtail-localize publishes translations on commit (see test_demo.py)."""
    monkeypatch.setattr(transaction, "on_commit", lambda func, using=None, robust=False: func())


def test_demo_campaigns_load_translated_and_idempotent(client, commit_callbacks_run_at_once):
    for domain in (pages, stories_demo, myths_demo, rumours_demo, forecasts_demo, campaigns_demo):
        domain.load()
    campaigns_demo.load()  # idempotent
    active = CampaignPage.objects.filter(slug="valkommen-till-exempelkommun")
    assert sorted(active.values_list("locale__language_code", flat=True)) == [
        "ar",
        "en",
        "sv",
        "ti",
    ]
    assert all(page.live and page.is_example_content for page in active)
    finished = CampaignPage.objects.get(slug="frivillig-spridning", locale__language_code="sv")
    assert finished.status == "finished" and not finished.is_example_content
    assert finished.steering_group.count() == 11
    assert finished.activities.count() == 7

    html = client.get("/ti/kampanjer/valkommen-till-exempelkommun/").content.decode()
    assert "እንቋዕ ብደሓን ናብ Exempelkommun መጻእኩም" in html
    assert "ኣኼባ ሓበሬታ ኣብ ቤት መጻሕፍቲ" in html
    materials = html[html.index('class="materials"') :]
    assert materials.index('lang="ti"') < materials.index('lang="sv"')
    assert materials.count('class="material"') == 8
    ics = client.get("/ti/kampanjer/valkommen-till-exempelkommun/calendar/").content.decode()
    assert "SUMMARY:ኣኼባ ሓበሬታ ኣብ ቤት መጻሕፍቲ" in ics

    index_html = client.get("/sv/kampanjer/").content.decode()
    assert index_html.index("Välkommen till Exempelkommun") < index_html.index(
        "Frivillig spridning"
    )
    assert client.get("/ar/kampanjer/").status_code == 200
    assert client.get("/en/kampanjer/frivillig-spridning/").status_code == 200
    html = client.get("/ar/kampanjer/frivillig-spridning/").content.decode()
    assert "التوزيع الطوعي – معلومات لطالبي اللجوء" in html
    assert "زيارة إلى مركز مصلحة الهجرة في Kiruna" in html
    with translation.override("ar"):
        assert escape(translation.gettext("This campaign is finished.")) in html
