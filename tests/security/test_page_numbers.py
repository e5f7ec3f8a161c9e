"""Page numbers that strangers type into the addresses of listings: negative,
huge, not numbers at all. Every paginated public listing answers with a real
page, and its links carry the reader's other parameters as inert text."""

from urllib.parse import quote

import pytest

from home.models import HomePage, IndexPage
from tests.campaigns.campaign_helpers import make_campaign, make_index
from tests.factories import campaigns as campaign_factories
from tests.factories import stories as story_factories
from tests.security.markup import HOSTILE, assert_inert

# Every paginated public listing, two items of it, one per page. A page
# number out of range gives the last page, one that is not a number the first.
PAGE_NUMBERS = [
    ("-1", "last"),
    ("0", "last"),
    ("999999999999999999999999", "last"),
    ("2", "last"),
    ("abc", "first"),
    ("1e9", "first"),
    ("2.5", "first"),
    ("", "first"),
    ("\x00", "first"),
    ("%00", "first"),
    ("1" * 5000, "first"),  # more digits than Python reads as a number (4300)
]


@pytest.fixture(scope="module")
def two_of_each_listing(module_db):
    """Two stories, myths, forecasts and campaigns, built once for this module."""
    with module_db.unblock():
        home = HomePage.objects.get(locale__language_code="sv")
        organisation = campaign_factories.example_organisation(home.locale)
        library = story_factories.story_library(home)
        myths = campaign_factories.myth_index(home)
        forecasts = campaign_factories.forecast_index(home)
        campaigns = make_index(home)
        for number in (1, 2):
            story_factories.story(library, f"Rykte {number}", slug=f"rykte-{number}")
            campaign_factories.myth(myths, organisation, f"myt-{number}")
            campaign_factories.forecast(
                forecasts, organisation, f"prognos-{number}", f"2026-0{number}-01", number
            )
            make_campaign(campaigns, slug=f"kampanj-{number}")


@pytest.fixture
def listings(db, monkeypatch, two_of_each_listing):
    """(path, extra query, how to read the page shown) for each listing."""
    monkeypatch.setattr(IndexPage, "items_per_page", 1)
    monkeypatch.setattr("home.search.SEARCH_RESULTS_PER_PAGE", 1)
    return {
        "story index": ("/sv/goda-exempel/", {}, lambda c: c["library"].results),
        "myth index": ("/sv/myter/", {}, lambda c: c["myths"]),
        "campaign index": ("/sv/kampanjer/", {}, lambda c: c["campaigns"]),
        "forecast index": ("/sv/prognoser/", {}, lambda c: c["forecasts"]),
        "search": ("/sv/search/", {"q": "Rykte"}, lambda c: c["results"]),
    }


@pytest.mark.parametrize(("number", "expected"), PAGE_NUMBERS)
def test_every_listing_answers_any_page_number_with_a_real_page(client, listings, number, expected):
    for name, (path, query, shown) in listings.items():
        response = client.get(path, {**query, "page": number})

        assert response.status_code == 200, name
        page = shown(response.context)
        assert page.paginator.num_pages == 2, name
        assert page.number == (1 if expected == "first" else 2), (name, number)
        assert len(page.object_list) == 1, name


def test_page_links_keep_the_readers_other_parameters_as_inert_text(client, listings):
    response = client.get("/sv/search/", {"q": "Rykte", "utm": HOSTILE, "page": "1"})

    markup = assert_inert(response.content.decode(), shown=None)
    assert [
        attrs["href"] for tag, attrs in markup.elements if tag == "a" and attrs.get("rel") == "next"
    ] == ["?q=Rykte&utm=" + quote(HOSTILE, safe="/") + "&page=2"]
