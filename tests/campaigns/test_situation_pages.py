"""Entry points by situation: every home page lists its language's live
situation pages, and a situation page shows the stories, myths and people its
Communicators chose, in the reader's language where that translation is live,
else the Swedish page marked as Swedish; nothing that is not live shows."""

from django.conf import settings
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

import pytest

from campaigns.models import SituationChosenPage, SituationPage
from home.demo.loader import translate
from home.editorial.models import ReviewWorkflow, role_workflow
from home.models import HomePage, Person
from tests.campaigns.conftest import translate_to
from tests.factories import campaigns as campaign_factories
from tests.factories import stories as story_factories
from tests.utils import add_page

pytestmark = pytest.mark.django_db

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
CHOOSE_YOUR_SITUATION = {"sv": "Välj din situation", "uk": "Оберіть свою ситуацію"}


@pytest.fixture(scope="module")
def tree(module_db):
    """A Swedish situation page translated into every language, choosing a
    story and a myth translated into Ukrainian, a myth only in Swedish, a myth
    whose Ukrainian translation is a draft, a never-published myth and a
    person whose role is translated; and a situation page never published."""
    with module_db.unblock(), TestCase.captureOnCommitCallbacks(execute=True):
        homes = {home.locale.language_code: home for home in HomePage.objects.all()}
        sv, uk = homes["sv"], homes["uk"]
        library = story_factories.story_library(sv)
        story = story_factories.story(library, "Skara samlar alla kring boendet", slug="skara")
        myth_index = campaign_factories.myth_index(sv)
        organisation = campaign_factories.example_organisation(sv.locale)
        myth = campaign_factories.myth(myth_index, organisation, "arbete")
        swedish_only = campaign_factories.myth(myth_index, organisation, "bara-svenska")
        draft_translation = campaign_factories.myth(myth_index, organisation, "utkast-ukr")
        never_live = campaign_factories.myth(
            myth_index, organisation, "hemlig", live=False, claim="Hemligt påstående"
        )
        translate_to(story, uk, title="Скара об'єднує всіх навколо житла")
        translate_to(myth, uk, claim="Українці не можуть працювати")
        draft = draft_translation.copy_for_translation(uk.locale)
        draft.claim = "Чернетка перекладу"
        draft.save_revision()
        person = Person.objects.create(name="Camilla Helander", role="Samordnare", locale=sv.locale)
        translate(person, {"uk": {"Samordnare": "Координаторка"}})

        situation = SituationPage(
            title="Jag har flytt från Ukraina",
            slug="ukraina",
            intro="Det här gäller dig som har flytt från kriget.",
            chosen_pages=[
                SituationChosenPage(linked_page=page)
                for page in (story, myth, swedish_only, draft_translation, never_live)
            ],
        )
        add_page(sv, situation)
        situation.contacts.set([person])
        situation.save_revision().publish()
        for code, home in homes.items():
            if code != "sv":
                translate_to(situation, home, title=f"Situation {code}")
        add_page(sv, SituationPage(title="Opublicerad situation", slug="utkast", intro="x"), False)
    return {"homes": homes, "situation": situation, "story": story, "myth": myth}


@pytest.fixture
def ukrainian_situation(tree):
    return SituationPage.objects.get(slug="ukraina", locale__language_code="uk")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_home_page_lists_its_languages_situations(client, tree, code):
    situation = SituationPage.objects.get(slug="ukraina", locale__language_code=code)
    html = client.get(f"/{code}/").content.decode()
    assert f'<a href="{situation.url}">{situation.title}</a>' in html
    assert "Opublicerad situation" not in html
    if code in CHOOSE_YOUR_SITUATION:
        assert CHOOSE_YOUR_SITUATION[code] in html


def test_ukrainian_reader_finds_the_chosen_pages_in_ukrainian(client, ukrainian_situation):
    html = client.get(ukrainian_situation.url).content.decode()
    assert "Скара об&#x27;єднує всіх навколо житла" in html
    assert 'href="/uk/goda-exempel/skara/"' in html
    assert "Українці не можуть працювати" in html
    assert "Påstående arbete" not in html
    assert "Camilla Helander</strong>, <span>Координаторка</span>" in html


def test_untranslated_or_draft_translated_pages_fall_back_to_swedish_marked(
    client, ukrainian_situation
):
    html = client.get(ukrainian_situation.url).content.decode()
    for slug in ("bara-svenska", "utkast-ukr"):
        assert (
            f'<a href="/sv/myter/{slug}/" lang="sv" hreflang="sv" dir="ltr">Påstående {slug}</a>'
            in html
        )
    assert html.count("(шведською, ще не перекладено)") == 2
    assert "Чернетка перекладу" not in html


def test_pages_that_are_not_live_never_show(client, tree, ukrainian_situation):
    assert "Hemligt påstående" not in client.get(ukrainian_situation.url).content.decode()
    tree["story"].get_translations(inclusive=True).update(live=False)
    html = client.get(ukrainian_situation.url).content.decode()
    assert "Скара" not in html
    assert "Skara samlar" not in html


def test_a_person_without_a_translated_role_is_marked_swedish(client, tree, ukrainian_situation):
    Person.objects.filter(locale__language_code="uk").delete()
    html = client.get(ukrainian_situation.url).content.decode()
    assert 'Camilla Helander</strong>, <span lang="sv" dir="ltr">Samordnare</span>' in html


def test_chosen_pages_cost_the_same_queries_however_many_there_are(tree, ukrainian_situation):
    def queries_for_chosen_pages():
        ukrainian_situation.chosen_pages.set(
            [SituationChosenPage(linked_page=c.linked_page) for c in source.chosen_pages.all()]
        )
        ukrainian_situation.save()
        with CaptureQueriesContext(connection) as queries:
            chosen = ukrainian_situation.chosen_in_language()
        return len(queries.captured_queries), chosen

    source = tree["situation"]
    few, _chosen = queries_for_chosen_pages()
    for number in range(4):
        copy = tree["myth"].copy(update_attrs={"slug": f"kopia-{number}", "title": f"{number}"})
        copy.save_revision().publish()
        source.chosen_pages.add(SituationChosenPage(linked_page=copy))
    many, chosen = queries_for_chosen_pages()
    assert len(dict(chosen)["mythpage"]) == 7  # the three live myths and the four copies
    assert many == few


def test_situation_pages_go_through_review_and_translation_review(tree):
    situation = tree["situation"]
    assert situation.get_workflow() == role_workflow(ReviewWorkflow.REVIEW)
    ukrainian = situation.get_translation(tree["homes"]["uk"].locale)
    assert ukrainian.get_workflow() == role_workflow(ReviewWorkflow.TRANSLATION_REVIEW, "uk")
