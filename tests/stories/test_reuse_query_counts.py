"""The sitemap and the API's story listing and detail cost the same number
of SQL queries with few or many stories (issue 17): the sitemap reads its
pages' translations in one query, the API every page's locale with it."""

import re

import pytest

from tests.factories.stories import many_stories
from tests.utils import count_warm_queries

pytestmark = pytest.mark.django_db


def test_the_sitemap_and_the_story_api_cost_as_much_for_many_stories_as_for_few(
    client, library, sala_story, translate_all
):
    translate_all([sala_story.get_parent()], {"en": {}})
    translate_all([sala_story], {"en": {}})
    urls = [
        "/sitemap.xml",
        "/api/v2/pages/?type=stories.StoryPage",
        "/api/v2/pages/",
        f"/api/v2/pages/{sala_story.pk}/",
    ]
    few = {url: count_warm_queries(client, url)[0] for url in urls}

    many_stories(library, 25)

    many = {url: count_warm_queries(client, url) for url in urls}
    assert {url: queries for url, (queries, _) in many.items()} == few
    sitemap = many["/sitemap.xml"][1].content.decode()
    assert f"<loc>http://testserver{sala_story.url.replace('/sv/', '/en/')}</loc>" in sitemap
    assert len(re.findall(r"<loc>[^<]*/berattelse-\d+/</loc>", sitemap)) == 25
    assert len(many["/api/v2/pages/?type=stories.StoryPage"][1].json()["items"]) == 20


def test_the_story_api_with_every_field_costs_as_much_for_many_stories_as_for_few(
    client, library, sala_story, homes, translate_all
):
    """`fields=*` names each story's facets, organisations and contacts in
    the story's own language, read for the whole listing at once: one query
    each for the facets, the organisations and the contacts, however many
    stories are listed, and in whatever languages."""
    facets = {
        "target_group": sala_story.target_groups.get(),
        "organisation": sala_story.organisations.get(),
    }
    translate_all([library], {"ar": {}})
    translate_all(
        [facets["target_group"], facets["organisation"], sala_story.contact_persons.get()],
        {"ar": {"Asylsökande": "طالبو اللجوء", "Sala kommun": "بلدية سالا"}},
    )
    translate_all([sala_story], {"ar": {}})
    url = "/api/v2/pages/?type=stories.StoryPage&fields=*&order=id"
    few, _response = count_warm_queries(client, url)

    many_stories(library, 25, **facets)
    many, response = count_warm_queries(client, url)

    assert many == few
    items = response.json()["items"]
    assert len(items) == 20
    swedish, arabic = items[0], next(item for item in items if item["meta"]["locale"] == "ar")
    assert swedish["target_groups"] == [{"slug": "asylsokande", "name": "Asylsökande"}]
    assert arabic["target_groups"] == [{"slug": "asylsokande", "name": "طالبو اللجوء"}]
    assert [row["name"] for row in arabic["organisations"]] == ["بلدية سالا"]
    assert arabic["contact_persons"] == swedish["contact_persons"] != []
    assert arabic["activity"] == swedish["activity"] != None  # noqa: E711 (not translated)
    listed = next(item for item in items[1:] if item["meta"]["locale"] == "sv")
    assert listed["target_groups"] == swedish["target_groups"]
    assert [row["name"] for row in listed["organisations"]] == ["Sala kommun"]
    assert listed["contact_persons"] == [] and listed["activity"] is None
