import re

from django.conf import settings

from wagtail.models import Locale

import pytest

from home.demo import translate
from home.models import ContentPage
from tests.utils import publish

RTL = {"ar", "fa", "prs"}
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def html_tag(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ar,en;q=0.5", "/ar/"), ("uk", "/uk/"), ("prs", "/prs/"), ("de-DE,de", "/sv/"), ("", "/sv/")],
)
def test_root_redirects_by_browser_language_with_swedish_fallback(
    client, db, accept_language, expected
):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_every_language_has_its_own_tree_from_the_migrations(homes):
    assert sorted(homes) == sorted(LANGUAGE_CODES)
    keys = {home.translation_key for home in homes.values()}
    assert len(keys) == 1, "every language's home is a translation of the Swedish one"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_each_language_home_has_lang_and_direction(client, db, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    tag = html_tag(response)
    assert f'lang="{code}"' in tag
    assert ('dir="rtl"' in tag) == (code in RTL)


def test_language_switcher_names_each_language_in_itself(client, db):
    content = client.get("/sv/").content.decode()
    for name in ["Svenska", "English", "العربية", "فارسی", "دری", "Soomaali", "ትግርኛ", "Українська"]:
        assert f">{name}</a>" in content


def test_translated_page_lists_hreflang_alternates_of_live_translations_only(
    client, source_home, django_capture_on_commit_callbacks
):
    page = source_home.add_child(instance=ContentPage(title="Om oss", slug="om-oss", intro="Hej"))
    publish(page)
    # wagtail-localize publishes translations once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translate(page, {"en": {"Om oss": "About us"}, "ar": {"Om oss": "من نحن"}})
    page.get_translation(Locale.objects.get(language_code="ar")).unpublish()

    content = client.get("/en/om-oss/").content.decode()
    assert 'hreflang="sv" href="http://testserver/sv/om-oss/"' in content
    assert 'hreflang="en" href="http://testserver/en/om-oss/"' in content
    assert '<link rel="alternate" hreflang="ar"' not in content
    assert 'hreflang="x-default" href="http://testserver/sv/om-oss/"' in content
    # The switcher sends Arabic readers to the Arabic home instead of a draft.
    assert 'href="/ar/" lang="ar"' in content


def test_missing_translation_says_so_in_the_readers_language_and_offers_others(client, source_home):
    page = source_home.add_child(instance=ContentPage(title="Bara svenska", slug="bara-svenska"))
    publish(page)

    response = client.get("/ar/bara-svenska/")

    assert response.status_code == 404
    content = response.content.decode()
    assert 'lang="ar" dir="rtl"' in html_tag(response)
    assert "هذه الصفحة غير متوفرة بلغتك" in content
    assert 'href="/sv/bara-svenska/"' in content


def test_unknown_page_is_a_404_in_the_readers_language(client, db):
    response = client.get("/uk/finns-inte/")
    assert response.status_code == 404
    assert "Сторінку не знайдено" in response.content.decode()
