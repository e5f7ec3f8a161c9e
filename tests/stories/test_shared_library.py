"""One shared good-practice library (issue 19): a library that shows shared
stories lists every municipality's shared stories in its language, each
credited to its municipality, with a filter by municipality, in its feeds
and in the API; a shared story stays its municipality's, and leaves every
library when it is unpublished."""

import xml.etree.ElementTree as ET

import pytest

from home.caching.purge import urls_showing
from home.models import HomePage, Municipality
from tests.factories import stories as factories
from tests.utils import OTHER_HOST


@pytest.fixture
def libraries(source_home, exempelby):
    """The default municipality's library shows shared stories; Exempelby's
    shows its own only."""
    own = factories.story_library(source_home)
    own.shows_shared_stories = True
    own.save_revision().publish()
    other_home = HomePage.objects.get(pk=exempelby.site.root_page_id)
    other = factories.story_library(other_home)
    other.shows_shared_stories = False
    return own, other


@pytest.fixture
def stories(libraries):
    own, other = libraries
    return {
        "own": factories.story(own, "Läxhjälp i biblioteket", slug="laxhjalp"),
        "own shared": factories.story(own, "Språkcafé varje tisdag", slug="sprakcafe", shared=True),
        "shared": factories.story(other, "Simskola för nyanlända", slug="simskola", shared=True),
        "not shared": factories.story(other, "Intern rutin för mottagning", slug="rutin"),
    }


def titles(response):
    text = response.content.decode()
    return {
        title
        for title in (
            "Läxhjälp i biblioteket",
            "Språkcafé varje tisdag",
            "Simskola för nyanlända",
            "Intern rutin för mottagning",
        )
        if title in text
    }


def test_a_library_showing_shared_stories_lists_them_with_their_municipality(client, stories):
    response = client.get("/sv/goda-exempel/")

    assert response.status_code == 200
    assert titles(response) == {
        "Läxhjälp i biblioteket",
        "Språkcafé varje tisdag",
        "Simskola för nyanlända",
    }
    html = response.content.decode()
    # The shared story is read and linked where it lives: on Exempelby's site.
    assert f'href="http://{OTHER_HOST}/sv/goda-exempel/simskola/"' in html
    assert "<dd>Exempelby kommun</dd>" in html
    facet = {
        option.label: option.count
        for group in response.context["library"].facet_groups
        if group.name == "municipality"
        for option in group.options
    }
    assert facet == {"Exempelby kommun": 1, Municipality.default().name: 2}


def test_the_municipality_filter_keeps_one_municipalitys_stories(client, stories):
    response = client.get("/sv/goda-exempel/?municipality=exempelby-kommun")

    assert titles(response) == {"Simskola för nyanlända"}


def test_a_library_of_its_own_stories_shows_no_other_municipalitys(client, stories):
    response = client.get("/sv/goda-exempel/", HTTP_HOST=OTHER_HOST)

    assert titles(response) == {"Simskola för nyanlända", "Intern rutin för mottagning"}
    assert "municipality" not in {group.name for group in response.context["library"].facet_groups}
    # Its address has no municipality filter to name.
    assert client.get("/sv/goda-exempel/?municipality=x", HTTP_HOST=OTHER_HOST).status_code == 200


def test_an_unpublished_shared_story_leaves_every_library(client, stories):
    stories["shared"].unpublish()

    assert "Simskola för nyanlända" not in titles(client.get("/sv/goda-exempel/"))


def test_the_feed_credits_the_municipality_a_shared_story_comes_from(client, stories):
    channel = ET.fromstring(client.get("/sv/goda-exempel/rss/").content).find("channel")

    authors = {
        item.findtext("title"): item.findtext("{http://purl.org/dc/elements/1.1/}creator")
        for item in channel.findall("item")
    }
    assert authors["Simskola för nyanlända"] == "Exempelby kommun"


def test_the_api_names_each_storys_municipality_and_whether_it_is_shared(client, stories):
    response = client.get(
        "/api/v2/pages/?type=stories.StoryPage&fields=municipality,shared&order=title",
        HTTP_HOST=OTHER_HOST,
    )

    items = {item["title"]: item for item in response.json()["items"]}
    assert items["Simskola för nyanlända"]["municipality"] == {
        "slug": "exempelby-kommun",
        "name": "Exempelby kommun",
    }
    assert items["Simskola för nyanlända"]["shared"] is True
    assert items["Intern rutin för mottagning"]["shared"] is False


def test_a_change_to_a_shared_story_purges_the_libraries_that_show_it(stories, libraries):
    own_library = libraries[0]

    urls = urls_showing(stories["shared"])

    assert own_library.get_full_url() in urls
    assert own_library.get_full_url() + "rss/" in urls
