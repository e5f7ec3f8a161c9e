"""Regression tests for the classes of Wagtail's past advisories that apply
here: stored XSS through titles and rich text, permission leaks through the
API, and bad query input. Each gets a clear answer and never a 500."""

import json

from django.urls import reverse

import pytest

from home.models import ContentPage
from stories.models import StoryIndexPage, StoryPage
from tests.utils import publish

SCRIPT = '<script>alert("x")</script>'


@pytest.fixture
def library(source_home):
    index = StoryIndexPage(title="Goda exempel", slug="goda-exempel")
    source_home.add_child(instance=index)
    return publish(index)


@pytest.fixture
def hostile_story(library):
    story = StoryPage(
        title=f"Rykte {SCRIPT}", slug="rykte", summary=f"Sammanfattning {SCRIPT}", year=2025
    )
    library.add_child(instance=story)
    return publish(story)


def test_titles_are_escaped_in_pages_search_and_feeds(client, hostile_story):
    for url in [
        "/sv/goda-exempel/rykte/",
        "/sv/goda-exempel/",
        "/sv/search/?q=Rykte",
        "/sv/goda-exempel/rss/",
        "/sv/goda-exempel/atom/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert SCRIPT not in response.content.decode(), url


def test_api_returns_titles_as_data(client, hostile_story):
    data = client.get(f"/api/v2/pages/{hostile_story.pk}/").json()
    assert data["title"] == f"Rykte {SCRIPT}"


def test_rich_text_javascript_links_never_reach_the_page(client, source_home, publisher):
    page = ContentPage(title="Länkar", slug="lankar")
    source_home.add_child(instance=page)
    contentstate = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "depth": 0,
                "text": "klicka",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 6, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}
        },
    }
    client.force_login(publisher)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {
            "title": "Länkar",
            "slug": "lankar",
            "intro": "",
            "body-count": "1",
            "body-0-type": "text",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
            "body-0-value": json.dumps(contentstate),
        },
    )
    assert response.status_code == 302
    # Under review nobody publishes from the editor; the approved revision goes live.
    page.refresh_from_db()
    page.get_latest_revision().publish()
    html = client.get("/sv/lankar/").content.decode()
    assert "klicka" in html
    assert "javascript:" not in html


@pytest.mark.parametrize(
    "query",
    [
        "?unknown=1",
        "?limit=abc",
        "?offset=-1",
        "?limit=99999999999999999999",
        "?type=nope.Nope",
        "?fields=password",
        "?order=-password",
        "?search=" + "x" * 100_000,
        "?child_of=abc",
    ],
)
def test_api_answers_bad_parameters_clearly(client, db, query):
    response = client.get("/api/v2/pages/" + query)
    assert response.status_code in (200, 400), response.status_code
    if response.status_code == 400:
        assert "message" in response.json()


def test_drafts_and_private_pages_stay_out_of_the_api_sitemap_and_search(client, source_home):
    draft = ContentPage(title="Hemligt utkast", slug="hemligt", live=False)
    source_home.add_child(instance=draft)
    draft.save_revision()

    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert "hemligt" not in client.get("/api/v2/pages/?limit=100").content.decode()
    assert "hemligt" not in client.get("/sitemap.xml").content.decode()
    assert "Hemligt utkast" not in client.get("/sv/search/?q=Hemligt").content.decode()
    assert client.get("/sv/hemligt/").status_code == 404


@pytest.mark.parametrize("page_number", ["-1", "0", "999999999999999999999", "abc", "%00", "1e9"])
def test_listings_survive_any_page_number(client, hostile_story, page_number):
    assert client.get("/sv/goda-exempel/", {"page": page_number}).status_code == 200
