"""A live translation keeps its public text and address while a change to it
waits in "Translation review (<code>)": whether the change comes from the
translator's editor, a PO file, a sync from the Swedish source, a machine
pre-fill or a section submitted for translation again. Approval publishes it, logged as a publication (wagtail-localize
issue #655, home/translation/drafts.py)."""

from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, PageLogEntry
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import polib
import pytest

from home.demo import translate
from home.models import ContentPage
from tests.home.editorial_helpers import workflow_action
from tests.utils import publish

OLD_TITLE = "بداية المدرسة"
OLD_INTRO = "تبدأ المدرسة في أغسطس."
NEW_TITLE = "العودة إلى المدرسة"
NEW_INTRO = "تبدأ المدرسة في 18 أغسطس."
OUTDATED_NOTICE = "قد تكون هذه الترجمة قديمة"
# The machine also "translates" the untranslated slug: "[ar] skolstart".
MACHINE_PATH = "/ar/ar-skolstart/"


@pytest.fixture
def reader():
    """A resident reading the public site: no admin session."""
    return Client()


@pytest.fixture
def swedish(source_home):
    page = ContentPage(title="Skolstart", slug="skolstart", intro="Skolan börjar i augusti.")
    source_home.add_child(instance=page)
    return publish(page)


@pytest.fixture
def live_arabic(swedish, django_capture_on_commit_callbacks):
    """The Arabic translation, reviewed and live at /ar/skolstart/."""
    with django_capture_on_commit_callbacks(execute=True):
        translate(swedish, {"ar": {"Skolstart": OLD_TITLE, "Skolan börjar i augusti.": OLD_INTRO}})
    return swedish.get_translation(Locale.objects.get(language_code="ar"))


@pytest.fixture
def machine_translation(settings):
    """Machine pre-fill for Arabic, stood in for at the engine's boundary."""
    engine = {"CLASS": "tests.home.boundary_translator.BoundaryTranslator", "LANGUAGES": ["ar"]}
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "home.translation.machine.PerLanguageTranslator",
        "OPTIONS": {"ENGINES": {"test": engine}},
    }


@pytest.fixture
def translation(live_arabic):
    return Translation.objects.get(target_locale__language_code="ar")


def edit_string(client, translation, source_text, text):
    """What the translator's "Save" on one string in wagtail-localize's editor sends."""
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": text}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201), response.content


def submit_for_review(client, translation):
    response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    assert response.status_code == 302


def publications(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()


def assert_public(reader, path, *texts):
    response = reader.get(path)
    assert response.status_code == 200, path
    content = response.content.decode()
    for text in texts:
        assert text in content, text
    return content


def test_an_edited_live_translation_stays_as_it_was_until_its_review_approves(
    client,
    reader,
    live_arabic,
    translation,
    translator_ar,
    publisher,
    django_capture_on_commit_callbacks,
):
    published_before = publications(live_arabic)
    client.force_login(translator_ar)
    edit_string(client, translation, "Skolstart", NEW_TITLE)
    edit_string(client, translation, "skolstart", "al-awda-ila-al-madrasa")
    edit_string(client, translation, "Skolan börjar i augusti.", NEW_INTRO)

    with django_capture_on_commit_callbacks(execute=True):
        submit_for_review(client, translation)

    page = ContentPage.objects.get(pk=live_arabic.pk)
    assert page.current_workflow_state.workflow.name == "Translation review (ar)"
    # The live row is the approved version; the change is a draft revision.
    assert (page.title, page.slug, page.url_path, page.intro) == (
        live_arabic.title,
        live_arabic.slug,
        live_arabic.url_path,
        OLD_INTRO,
    )
    assert page.has_unpublished_changes
    assert page.draft_title == NEW_TITLE
    draft = page.get_latest_revision_as_object()
    assert (draft.slug, draft.intro) == ("al-awda-ila-al-madrasa", NEW_INTRO)
    content = assert_public(reader, "/ar/skolstart/", OLD_TITLE, OLD_INTRO)
    assert NEW_INTRO not in content
    assert reader.get("/ar/al-awda-ila-al-madrasa/").status_code == 404
    assert publications(page) == published_before

    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "approve")

    assert_public(reader, "/ar/al-awda-ila-al-madrasa/", NEW_TITLE, NEW_INTRO)
    # Old links lead to the new address (Wagtail's automatic redirect).
    assert reader.get("/ar/skolstart/")["Location"] == "/ar/al-awda-ila-al-madrasa/"
    assert publications(page) == published_before + 1
    report = client.get(
        reverse("publishing_actions_report"), {"action": "wagtail.publish", "language": "ar"}
    ).content.decode()
    assert NEW_TITLE in report


def test_a_translation_sent_back_keeps_the_public_page_and_its_draft(
    client, reader, live_arabic, translation, translator_ar, publisher
):
    client.force_login(translator_ar)
    edit_string(client, translation, "Skolstart", NEW_TITLE)
    submit_for_review(client, translation)
    client.force_login(publisher)
    workflow_action(client, live_arabic, "reject", comment="Kontrollera rubriken.")

    assert_public(reader, "/ar/skolstart/", OLD_TITLE)
    page = ContentPage.objects.get(pk=live_arabic.pk)
    assert page.draft_title == NEW_TITLE
    assert not page.workflow_in_progress


def test_a_po_file_for_a_live_translation_goes_live_only_after_review(
    client, reader, live_arabic, translation, translator_ar, publisher
):
    client.force_login(translator_ar)
    exported = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(exported.content.decode())
    for entry in po:
        if entry.msgid == "Skolan börjar i augusti.":
            entry.msgstr = NEW_INTRO
    upload = SimpleUploadedFile("ar.po", str(po).encode())
    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert_public(reader, "/ar/skolstart/", OLD_INTRO)

    submit_for_review(client, translation)
    assert NEW_INTRO not in assert_public(reader, "/ar/skolstart/", OLD_INTRO)

    client.force_login(publisher)
    workflow_action(client, live_arabic, "approve")
    assert_public(reader, "/ar/skolstart/", NEW_INTRO)


def test_a_synced_and_machine_prefilled_live_translation_waits_for_review_and_stays_outdated(
    client, reader, machine_translation, swedish, live_arabic, translation, publisher, translator_ar
):
    swedish.intro = "Skolan börjar den 18 augusti."
    publish(swedish)
    assert_public(reader, "/ar/skolstart/", OLD_INTRO, OUTDATED_NOTICE)

    # "Update translations" with machine pre-fill of the new Swedish text.
    client.force_login(publisher)
    response = client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id]),
        {"use_machine_translation": "on", "publish_translations": "on"},
    )
    assert response.status_code == 302
    prefilled = "[ar] Skolan börjar den 18 augusti."
    assert prefilled not in assert_public(reader, "/ar/skolstart/", OLD_INTRO, OUTDATED_NOTICE)

    client.force_login(translator_ar)
    submit_for_review(client, translation)
    assert prefilled not in assert_public(reader, "/ar/skolstart/", OLD_INTRO, OUTDATED_NOTICE)
    assert reader.get(MACHINE_PATH).status_code == 404

    client.force_login(publisher)
    workflow_action(client, live_arabic, "approve")
    assert OUTDATED_NOTICE not in assert_public(reader, MACHINE_PATH, prefilled)


def test_a_translation_approved_after_its_source_changed_again_still_says_it_is_outdated(
    client, reader, swedish, live_arabic, translation, publisher, translator_ar
):
    swedish.intro = "Skolan börjar den 18 augusti."
    publish(swedish)
    client.force_login(translator_ar)
    edit_string(client, translation, "Skolan börjar den 18 augusti.", NEW_INTRO)
    submit_for_review(client, translation)

    # While the translation waits, the Swedish page changes once more (and
    # publishing it brings the translation editor's strings up to date).
    swedish.intro = "Skolan börjar den 19 augusti."
    publish(swedish)
    client.force_login(publisher)
    workflow_action(client, live_arabic, "approve")

    # The approved text was made from the 18 August version: still behind.
    assert_public(reader, "/ar/skolstart/", NEW_INTRO, OUTDATED_NOTICE)


def test_machine_prefill_of_a_live_translation_goes_live_only_after_review(
    client, reader, machine_translation, live_arabic, translation, translator_ar, publisher
):
    client.force_login(translator_ar)
    # The translator clears the introduction and asks the machine for it.
    segment = StringSegment.objects.get(
        source=translation.source, string__data="Skolan börjar i augusti."
    )
    client.delete(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    )
    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
    submit_for_review(client, translation)
    prefilled = "[ar] Skolan börjar i augusti."
    assert prefilled not in assert_public(reader, "/ar/skolstart/", OLD_INTRO)
    assert reader.get(MACHINE_PATH).status_code == 404

    client.force_login(publisher)
    workflow_action(client, live_arabic, "approve")
    assert_public(reader, MACHINE_PATH, prefilled)


def test_submitting_a_section_for_translation_keeps_its_live_translated_pages(
    client,
    reader,
    source_home,
    swedish,
    live_arabic,
    translation,
    communicator,
    translator_ar,
    django_capture_on_commit_callbacks,
):
    """wagtail-localize's TranslationCreator saves the existing translations
    in a section again when the section is submitted for translation."""
    client.force_login(translator_ar)
    edit_string(client, translation, "Skolstart", NEW_TITLE)
    section = ContentPage(title="Skola", slug="skola")
    source_home.add_child(instance=section)
    publish(section)
    swedish.move(section, pos="last-child")

    client.force_login(communicator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[section.pk]),
            {"locales": [Locale.objects.get(language_code="ar").pk], "include_subtree": "on"},
        )

    assert response.status_code == 302
    assert_public(reader, "/ar/skolstart/", OLD_TITLE)
    page = ContentPage.objects.get(pk=live_arabic.pk)
    assert (page.title, page.draft_title) == (OLD_TITLE, NEW_TITLE)


def test_a_new_translation_is_still_created_as_a_draft_page(swedish):
    source, _created = TranslationSource.get_or_create_from_instance(swedish)
    english = Locale.objects.get(language_code="en")
    Translation.objects.create(source=source, target_locale=english).save_target(publish=False)

    page = swedish.get_translation(english)
    assert not page.live
    assert page.title == "Skolstart"


def test_a_translation_that_does_not_validate_gets_a_clear_message(
    client, reader, live_arabic, translation, translator_ar
):
    client.force_login(translator_ar)
    edit_string(client, translation, "Skolstart", "مدرسة " * 60)  # over 255 characters

    response = client.post(
        reverse("submit_translation_for_review", args=[translation.pk]), follow=True
    )

    assert response.status_code == 200
    [message] = response.context["messages"]
    assert message.level_tag == "error"
    assert "255" in str(message)
    page = ContentPage.objects.get(pk=live_arabic.pk)
    assert not page.workflow_in_progress
    assert_public(reader, "/ar/skolstart/", OLD_TITLE)
