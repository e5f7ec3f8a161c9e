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
