"""The situational picture on each language's home page: composed from
published content only, at a fixed cost in queries."""

from django.core.management import call_command
from django.test import TestCase

import pytest

from campaigns.models import MythPage
from home.models import SiteSettings
from stories.models import StoryPage
from tests.utils import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(module_db):
    """The demo content, loaded once for this module (each test's changes roll back)."""
    with module_db.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", verbosity=0)
        SiteSettings.load()  # created on first use; that save refreshes the cached chrome


def add_copies(model, count):
    original = model.objects.live().filter(locale__language_code="sv").first()
    for number in range(count):
        copy = original.copy(
            update_attrs={
                "slug": f"{original.slug}-{number}",
                "title": f"{original.title} {number}",
            }
        )
        copy.save_revision().publish()


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_home_page_shows_the_situation_at_a_fixed_cost(client, demo, language):
    client.get(f"/{language}/")
    few, response = count_queries(client, f"/{language}/")
    content = response.content.decode()
    assert "latest-myths" in content
    assert "latest-forecast" in content

    add_copies(MythPage, 8)
    add_copies(StoryPage, 8)
    client.get(f"/{language}/")
    many, _response = count_queries(client, f"/{language}/")
    assert many == few


def test_drafts_never_reach_the_home_page(client, demo):
    myth = MythPage.objects.live().filter(locale__language_code="sv").first()
    draft = myth.copy(
        update_attrs={"slug": "utkast-myt", "title": "Hemligt utkast om boende", "live": False}
    )
    draft.save_revision()
    assert "Hemligt utkast om boende" not in client.get("/sv/").content.decode()
