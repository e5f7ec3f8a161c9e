"""Reading a story: facts, body blocks, contacts, related reading, feedback."""

import re

from wagtail.models import Locale

import pytest

from home.models import HomePage, PageFeedback
from stories.models import StoryIndexPage, StoryPage
from tests.factories import stories as factories


@pytest.fixture(scope="module")
def shared_library(module_db):
    """The library with its facets, organisations and the Sala story, built
    once for this module (tests/stories/conftest.py builds them per test)."""
    with module_db.unblock():
        sv = Locale.objects.get(language_code="sv")
        built = {
            "facets": factories.facets(sv),
            "organisations": factories.organisations(sv),
            "library": factories.story_library(HomePage.objects.get(locale=sv)),
        }
        built["sala_story"] = factories.sala_story(
            built["library"], built["facets"], built["organisations"]
        )
    return built


@pytest.fixture
def facets(db, shared_library):
    return shared_library["facets"]


@pytest.fixture
def organisations(db, shared_library):
    return shared_library["organisations"]


@pytest.fixture
def library(db, shared_library):
    # Fresh copies: adding a child or a relation changes a page in memory,
    # and the next test gets the pages as saved.
    return StoryIndexPage.objects.get(pk=shared_library["library"].pk)


@pytest.fixture
def sala_story(db, shared_library):
    return StoryPage.objects.get(pk=shared_library["sala_story"].pk)


def test_story_shows_its_facets_as_links_back_into_the_library(client, sala_story):
    content = client.get("/sv/goda-exempel/sala/").content.decode()

    assert "<h1>Sala gav asylsökande praktikplatser</h1>" in content
    assert 'href="/sv/goda-exempel/?target_group=asylsokande">Asylsökande</a>' in content
    assert 'href="/sv/goda-exempel/?county=U">' in content
    assert 'href="/sv/goda-exempel/?example_type=film">Film</a>' in content
    assert "Sala kommun" in content
    assert "<dd>2015</dd>" in content


def test_story_shows_success_factors_and_contact_persons(client, sala_story):
    content = client.get("/sv/goda-exempel/sala/").content.decode()

    assert 'class="success-factors"' in content
    assert "<li>Tidig aktivering</li>" in content
    assert "Anna Andersson</strong>, Integrationssamordnare" in content
    assert 'href="tel:022412345"' in content
    assert 'href="mailto:anna@sala.example"' in content


def test_video_loads_nothing_from_its_host_until_the_reader_clicks(client, add_story):
    add_story(
        "Film om mottagandet",
        slug="film",
        body=[
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=abc123",
                    "title": "Mottagandet i Sala",
                    "transcript": "",
                },
            )
        ],
    )
    content = client.get("/sv/goda-exempel/film/").content.decode()

    assert 'data-video-embed="https://www.youtube-nocookie.com/embed/abc123"' in content
    assert "<iframe" not in content
    assert not re.search(
        r'<(script|img|link)[^>]+(src|href)="https?://(?!testserver|localhost)', content
    )


def test_related_reading_puts_editors_choices_first_then_shared_facets(
    client, add_story, facets, sala_story
):
    unrelated = add_story("Ingen koppling", slug="ingen", year=2020)
    similar = add_story(
        "Samma målgrupp", slug="samma", target_groups=[facets["asylum_seekers"]], year=2021
    )
    chosen = add_story("Redaktörens val", slug="val", year=2010)
    sala_story.related_stories = [chosen]
    sala_story.save_revision().publish()

    content = client.get("/sv/goda-exempel/sala/").content.decode()
    related = re.search(r'id="story-related-heading".*?</ul>', content, re.S).group(0)

    assert related.index("Redaktörens val") < related.index("Samma målgrupp")
    assert "Ingen koppling" not in related
    assert unrelated.title not in related and similar.title in related


def test_a_draft_story_is_not_shown_or_suggested(client, add_story, facets, sala_story):
    draft = add_story("Hemligt utkast", slug="utkast", target_groups=[facets["asylum_seekers"]])
    draft.unpublish()

    assert client.get("/sv/goda-exempel/utkast/").status_code == 404
    assert "Hemligt utkast" not in client.get("/sv/goda-exempel/sala/").content.decode()
    assert "Hemligt utkast" not in client.get("/sv/goda-exempel/?q=utkast").content.decode()


def test_reader_gives_feedback_on_a_story_once_per_session(client, sala_story):
    page = client.get("/sv/goda-exempel/sala/").content.decode()
    assert 'id="feedback"' in page

    response = client.post(
        "/sv/feedback/", {"page": sala_story.pk, "helpful": "yes", "comment": "Bra exempel"}
    )
    client.post("/sv/feedback/", {"page": sala_story.pk, "helpful": "no"})

    assert response.status_code == 302 and response["Location"] == "/sv/goda-exempel/sala/#feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.helpful, feedback.comment) == (
        sala_story.pk,
        True,
        "Bra exempel",
    )
    assert feedback.locale.language_code == "sv"
    assert "Tack" in client.get("/sv/goda-exempel/sala/").content.decode()


def test_bad_feedback_on_a_story_is_a_clear_400_not_a_500(client, sala_story):
    response = client.post("/sv/feedback/", {"page": sala_story.pk, "helpful": "maybe"})
    assert response.status_code == 400
    assert PageFeedback.objects.count() == 0


@pytest.fixture
def arabic_sala(sala_story, library, facets, organisations, translate_all):
    translate_all(
        [facets["asylum_seekers"], facets["film"], facets["reception"], organisations["sala"]],
        {
            "ar": {
                "Asylsökande": "طالبو اللجوء",
                "Film": "فيلم",
                "Flyktingmottagande": "استقبال اللاجئين",
                "Sala kommun": "بلدية سالا",
            }
        },
    )
    translate_all([library], {"ar": {"Goda exempel": "أمثلة جيدة"}})
    translate_all(
        [sala_story],
        {
            "ar": {
                "Sala gav asylsökande praktikplatser": "سالا وفّرت أماكن تدريب لطالبي اللجوء",
                "Tidig aktivering": "التفعيل المبكر",
            }
        },
    )
    return StoryPage.objects.get(
        locale__language_code="ar", translation_key=sala_story.translation_key
    )


def test_arabic_story_reads_right_to_left_with_arabic_facets_and_organisations(client, arabic_sala):
    response = client.get("/ar/goda-exempel/sala/")
    content = response.content.decode()

    assert re.search(r'<html lang="ar" dir="rtl">', content)
    assert "<h1>سالا وفّرت أماكن تدريب لطالبي اللجوء</h1>" in content
    assert 'href="/ar/goda-exempel/?target_group=asylsokande">طالبو اللجوء</a>' in content
    assert "بلدية سالا" in content and "Sala kommun" not in content
    assert "<li>التفعيل المبكر</li>" in content
    # The translation keeps the source's classification.
    assert list(arabic_sala.target_groups.values_list("slug", flat=True)) == ["asylsokande"]
    assert arabic_sala.county == "U"


def test_home_page_shows_featured_then_newest_stories_in_the_readers_language(
    client, add_story, sala_story
):
    add_story("Utvald", slug="utvald", featured=True, year=2001)
    add_story("Nyast", slug="nyast", year=2024)
    add_story("Äldst", slug="aldst", year=1999)

    content = client.get("/sv/").content.decode()
    section = re.search(r'class="newest-stories".*?</section>', content, re.S).group(0)

    assert re.findall(r'<h3><a href="[^"]+">([^<]+)</a>', section) == [
        "Utvald",
        "Nyast",
        "Sala gav asylsökande praktikplatser",
    ]
    assert 'href="/sv/goda-exempel/"' in section
    assert 'class="newest-stories"' not in client.get("/en/").content.decode()
