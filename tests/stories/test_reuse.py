"""Reuse by other municipalities: feeds, the read-only API and the sitemap."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

import pytest

from home.models import ContentPage
from stories.models import StoryPage
from tests.utils import publish

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def stories(add_story, facets, sala_story):
    other = add_story(
        "Kramfors samordnare", slug="kramfors", target_groups=[facets["residents"]], year=2017
    )
    draft = add_story("Utkast", slug="utkast", target_groups=[facets["asylum_seekers"]])
    draft.unpublish()
    return sala_story, other


def test_rss_feed_of_a_filtered_view_lists_only_matching_live_stories(client, stories):
    response = client.get("/sv/goda-exempel/rss/?target_group=asylsokande&county=U")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "sv"
    assert channel.findtext("title") == "Goda exempel: Västmanlands län, Asylsökande – Samla"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Sala gav asylsökande praktikplatser"]
    assert items[0].findtext("link").endswith("/sv/goda-exempel/sala/")
    assert "Asylsökande" in [c.text for c in items[0].findall("category")]


def test_atom_feed_lists_the_whole_library_newest_first(client, stories):
    response = client.get("/sv/goda-exempel/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Kramfors samordnare", "Sala gav asylsökande praktikplatser"]


def test_feed_in_another_language_lists_only_that_languages_stories(
    client, stories, library, translate_all
):
    translate_all([library], {"en": {"Goda exempel": "Good examples"}})
    translate_all(
        [stories[0]], {"en": {"Sala gav asylsökande praktikplatser": "Sala found work placements"}}
    )

    channel = ET.fromstring(client.get("/en/goda-exempel/rss/").content).find("channel")

    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in channel.findall("item")] == [
        "Sala found work placements"
    ]


def test_api_exposes_story_fields_and_facet_names_for_live_stories_only(client, stories):
    response = client.get("/api/v2/pages/?type=stories.StoryPage&fields=*&order=title")

    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == [
        "Kramfors samordnare",
        "Sala gav asylsökande praktikplatser",
    ]
    sala = items[1]
    assert sala["summary"].startswith("Boende på asylboendet")
    assert sala["county"] == "U" and sala["year"] == 2015
    assert sala["target_groups"] == [{"slug": "asylsokande", "name": "Asylsökande"}]
    assert sala["example_type"] == {"slug": "film", "name": "Film"}
    assert sala["activity"] == {"slug": "flyktingmottagande", "name": "Flyktingmottagande"}
    assert sala["organisations"][0]["name"] == "Sala kommun"
    assert sala["contact_persons"][0]["name"] == "Anna Andersson"
    assert {block["type"] for block in sala["body"]} == {"text", "success_factors"}


def test_api_filters_stories_by_county_year_and_language(client, stories):
    response = client.get("/api/v2/pages/?type=stories.StoryPage&county=U&year=2015&locale=sv")
    assert [item["title"] for item in response.json()["items"]] == [
        "Sala gav asylsökande praktikplatser"
    ]
    draft = StoryPage.objects.get(slug="utkast")
    # (LocaleMiddleware turns the API's 404 into a redirect to /sv/…, which is a 404 too.)
    assert client.get(f"/api/v2/pages/{draft.pk}/", follow=True).status_code == 404


def test_sitemap_lists_every_translation_with_hreflang_alternates(
    client, source_home, translate_all
):
    page = source_home.add_child(instance=ContentPage(title="Om oss", slug="om-oss"))
    publish(page)
    translate_all([page], {"en": {"Om oss": "About us"}, "ar": {"Om oss": "من نحن"}})

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {url.findtext("s:loc", namespaces=ns): url for url in root.findall("s:url", ns)}
    assert {
        "http://testserver/sv/om-oss/",
        "http://testserver/en/om-oss/",
        "http://testserver/ar/om-oss/",
    } <= set(urls)
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls["http://testserver/ar/om-oss/"].findall("x:link", ns)
    }
    assert alternates == {
        "sv": "http://testserver/sv/om-oss/",
        "en": "http://testserver/en/om-oss/",
        "ar": "http://testserver/ar/om-oss/",
        "x-default": "http://testserver/sv/om-oss/",
    }
    assert "http://testserver/en/" in urls  # the language homes too


def test_private_stories_stay_out_of_library_feeds_and_api(client, stories):
    sala = stories[0]
    PageViewRestriction.objects.create(page=sala, restriction_type="password", password="hemligt")

    assert "Sala gav" not in client.get("/sv/goda-exempel/").content.decode()
    assert "Sala gav" not in client.get("/sv/goda-exempel/?q=praktikplatser").content.decode()
    assert b"Sala gav" not in client.get("/sv/goda-exempel/rss/").content
    assert b"Sala gav" not in client.get("/sv/goda-exempel/atom/").content
    api = client.get("/api/v2/pages/?type=stories.StoryPage").json()
    assert "Sala gav asylsökande praktikplatser" not in [item["title"] for item in api["items"]]
