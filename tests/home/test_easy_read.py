"""Easy-to-read Swedish (lättläst, home/easy_read/): a page's easy-to-read
version is its child at …/lattlast/, linked from the page while it is live,
listed on the index, marked up as Swedish in simplified language, reviewed in
its parent's workflow, never translated, and its editor warned when its text
is above the easy band (LIX 40)."""

import json
import re

from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import Translation, TranslationSource

import pytest

from home.demo import loader as demo_loader
from home.easy_read.demo import CONTENT as EASY_READ_DEMO
from home.editorial.models import role_workflow
from home.models import ContentPage, EasyReadIndexPage, EasyReadPage, HomePage, ReviewWorkflow
from home.readability import lix
from tests.factories import campaigns as campaign_factories
from tests.factories import stories as story_factories
from tests.utils import add_page

# Texts of known LIX (tests/home/test_readability.py counts them by hand):
# with the title "Handläggning" 9 words, 6 long, 2 sentences: 4.5 + 66.7 = 71.
HARD_TITLE = "Handläggning"
HARD_INTRO = "Migrationsverket ansvarar för mottagandet av asylsökande under handläggningstiden."
# "Sara" and two sentences of three words, none long: 7 words / 3 sentences = 2.
EASY_TITLE = "Sara"
EASY_INTRO = "Jag heter Sara. Jag bor här."


@pytest.fixture(scope="module")
def shared_tree(module_db):
    """A story with a live easy-to-read version, one whose version is a draft,
    a myth with a live version, and the index, built once for this module."""
    with module_db.unblock():
        home = HomePage.objects.get(locale__language_code="sv")
        library = story_factories.story_library(home)
        story = story_factories.story(library, "Samordnare i Kramfors", slug="kramfors")
        draft_story = story_factories.story(library, "Nätverk i Skara", slug="skara")
        myths = campaign_factories.myth_index(home)
        organisation = campaign_factories.example_organisation(home.locale)
        myth = campaign_factories.myth(myths, organisation, "arbete")
        easy_story = add_page(
            story, EasyReadPage(title="Kramfors ger rätt fakta", intro="Det här är lätt.")
        )
        draft = add_page(draft_story, EasyReadPage(title="Skara samarbetar"), live=False)
        easy_myth = add_page(myth, EasyReadPage(title="Får man arbeta?", intro="Ja, ofta."))
        index = add_page(home, EasyReadIndexPage(title="Lättläst", slug="lattlast"))
        return {
            "home": home,
            "story": story,
            "draft_story": draft_story,
            "myth": myth,
            "easy_story": easy_story,
            "draft": draft,
            "easy_myth": easy_myth,
            "index": index,
        }


@pytest.fixture
def tree(db, shared_tree):
    return shared_tree


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_page_links_to_its_live_easy_to_read_version_only(client, tree):
    link = (
        '<a href="/sv/goda-exempel/kramfors/lattlast/" rel="alternate" hreflang="sv">'
        '<span class="easy-read-link__label">Lättläst</span></a>'
    )
    assert link in html_of(client, "/sv/goda-exempel/kramfors/")
    # The version of Skara's story is a draft: no link, no page.
    assert "easy-read-link" not in html_of(client, "/sv/goda-exempel/skara/")
    assert client.get("/sv/goda-exempel/skara/lattlast/").status_code == 404
    assert 'href="/sv/myter/arbete/lattlast/"' in html_of(client, "/sv/myter/arbete/")


def test_the_link_goes_when_the_version_is_unpublished(client, tree):
    html_of(client, "/sv/goda-exempel/kramfors/")  # the link's fragment is cached now
    tree["easy_story"].unpublish()
    assert "easy-read-link" not in html_of(client, "/sv/goda-exempel/kramfors/")


def test_the_index_lists_live_versions_and_every_language_links_it(client, tree):
    html = html_of(client, "/sv/lattlast/")
    assert '<a href="/sv/goda-exempel/kramfors/lattlast/">Kramfors ger rätt fakta</a>' in html
    assert '<a href="/sv/myter/arbete/lattlast/">Får man arbeta?</a>' in html
    assert "Skara samarbetar" not in html
    footer_link = (
        '<a href="/sv/lattlast/" lang="sv" hreflang="sv">Alla sidor på lättläst svenska</a>'
    )
    assert footer_link in html_of(client, "/sv/")
    assert footer_link in html_of(client, "/ar/")


def test_the_easy_to_read_page_says_what_it_is_to_readers_and_search_engines(client, tree):
    assert "easy-read-link" in html_of(client, "/sv/goda-exempel/kramfors/")
    html = html_of(client, "/sv/goda-exempel/kramfors/lattlast/")
    assert '<html lang="sv"' in html
    assert '<article class="article easy-read" lang="sv">' in html
    assert '<p class="easy-read__label">Lättläst</p>' in html
    assert '<a href="/sv/goda-exempel/kramfors/" rel="alternate">Samordnare i Kramfors</a>' in html
    assert "easy-read-link" not in html  # the page links no version of itself
    (structured,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)
    data = json.loads(structured)
    assert data["@type"] == "WebPage" and data["inLanguage"] == "sv"
    assert data["isBasedOn"].endswith("/sv/goda-exempel/kramfors/")
    assert data["url"].endswith("/sv/goda-exempel/kramfors/lattlast/")
    assert data["audience"]["audienceType"] == "Läsare som behöver lättläst svenska"
    assert "Lättläst svenska" in data["accessibilitySummary"]
    # The sitemap lists it at its own address.
    assert "/sv/goda-exempel/kramfors/lattlast/" in client.get("/sitemap.xml").content.decode()


def test_a_version_is_reviewed_in_its_parents_workflow(tree):
    assert tree["easy_story"].get_workflow() == role_workflow(ReviewWorkflow.REVIEW)
    assert tree["easy_myth"].get_workflow() == role_workflow(ReviewWorkflow.FACT_CHECK)


def test_a_version_is_made_once_below_a_swedish_page_a_reader_reads(tree, homes):
    about = add_page(tree["home"], ContentPage(title="Om Samla", slug="om"))
    assert EasyReadPage.can_create_at(about)
    assert not EasyReadPage.can_create_at(tree["draft_story"])  # it has one
    assert not EasyReadPage.can_create_at(tree["home"])
    assert not EasyReadPage.can_create_at(tree["easy_story"])
    arabic_about = add_page(homes["ar"], ContentPage(title="عن سملا", slug="an"))
    assert not EasyReadPage.can_create_at(arabic_about)
    assert not EasyReadIndexPage.can_create_at(homes["ar"])
    assert not EasyReadIndexPage.can_create_at(tree["home"])  # it has one


def test_its_address_ends_in_lattlast_whatever_the_slug_field_says(tree):
    about = add_page(tree["home"], ContentPage(title="Om Samla", slug="om"))
    version = add_page(about, EasyReadPage(title="Om Samla på lätt svenska", slug="om-samla"))
    assert version.url == "/sv/om/lattlast/"


def test_translating_a_story_with_its_subpages_leaves_the_version_swedish(
    client, publisher, tree, django_capture_on_commit_callbacks
):
    client.force_login(publisher)
    arabic = Locale.objects.get(language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[tree["story"].pk]),
            {"locales": [arabic.pk], "include_subtree": "on"},
        )
    assert response.status_code == 302
    assert tree["story"].get_translation_or_none(arabic) is not None
    assert not EasyReadPage.objects.filter(locale=arabic).exists()
    # Nothing offers to sync a translation that cannot exist.
    source = TranslationSource.objects.get_for_instance_or_none(tree["easy_story"])
    assert not Translation.objects.filter(source=source, enabled=True).exists()
    # "Translate this page" on the version explains why not, in the editor.
    response = client.get(
        reverse("wagtail_localize:submit_page_translation", args=[tree["easy_story"].pk]),
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:edit", args=[tree["easy_story"].pk]
    )
    assert "Easy-to-read Swedish is not translated." in response.content.decode()


def easy_read_form(title, intro, **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": "lattlast",
            "intro": intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **actions,
        }
    )


@pytest.mark.parametrize(
    ("title", "intro", "score", "warned"),
    [(HARD_TITLE, HARD_INTRO, 71, True), (EASY_TITLE, EASY_INTRO, 2, False)],
)
def test_the_editor_is_warned_before_and_after_submitting_a_text_above_the_easy_band(
    client, communicator, tree, title, intro, score, warned
):
    about = add_page(tree["home"], ContentPage(title="Om Samla", slug="om"))
    assert lix.lix(f"{title}\n{intro}") == score
    client.force_login(communicator)
    add_url = reverse("wagtailadmin_pages:add", args=["home", "easyreadpage", about.pk])
    response = client.post(
        add_url,
        easy_read_form(title, intro, **{"action-submit": "Submit"}),
        HTTP_ACCEPT_LANGUAGE="en",
        follow=True,
    )
    assert response.status_code == 200
    version = EasyReadPage.objects.child_of(about).get()
    assert version.get_workflow() == role_workflow(ReviewWorkflow.REVIEW)
    assert version.workflow_in_progress  # submitting is allowed: it is a warning
    after = f"is an easy-to-read version, but its text has LIX {score}, above the easy band"
    assert (after in response.content.decode()) is warned
    # The panel warns while the editor writes, before the next submission.
    editor = client.get(
        reverse("wagtailadmin_pages:edit", args=[version.pk]), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    shown = 'data-readability-target="warning">'
    assert (shown in editor) is warned
    assert 'data-readability-easy-to-read-value="true"' in editor


def test_the_demo_versions_are_in_the_easy_band():
    content = demo_loader.read(EASY_READ_DEMO)
    for record in content["versions"]:
        page = EasyReadPage(**demo_loader.fields(EasyReadPage, record, exclude=["original"]))
        assert lix.lix(lix.page_text(page)) < lix.EASY_TO_READ_LIMIT, record["title"]
