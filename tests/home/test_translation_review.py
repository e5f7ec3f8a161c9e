"""A translation goes live only after its language's reviewer approves it."""

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

import polib
import pytest

from home.editorial.models import role_workflow
from home.models import EditorialRole, ReviewWorkflow
from tests.utils import publish


def fill_arabic_strings(translation):
    texts = {
        "Boende för asylsökande": "السكن لطالبي اللجوء",
        "Så fungerar boendet.": "هكذا يعمل السكن.",
    }
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in texts:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                data=texts[segment.string.data],
            )


def test_a_new_translation_starts_as_a_draft_even_when_the_source_is_live(arabic_draft, client):
    assert not arabic_draft.live
    assert client.get("/ar/boende/").status_code == 404


def test_translator_submits_and_another_reviewer_approves(
    client, arabic_draft, make_user, translator_ar, django_capture_on_commit_callbacks
):
    translation = Translation.objects.get(target_locale__language_code="ar")
    fill_arabic_strings(translation)
    client.force_login(translator_ar)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[arabic_draft.pk]))
    assert "Spara utkast och skicka till granskning av översättning" in editor.content.decode()
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))

    arabic_draft.refresh_from_db()
    assert not arabic_draft.live
    workflow_state = arabic_draft.current_workflow_state
    assert workflow_state.workflow == role_workflow(ReviewWorkflow.TRANSLATION_REVIEW, "ar")
    task_state = workflow_state.current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[arabic_draft.pk, "approve", task_state.pk]
    )

    client.post(approve, {"comment": ""})  # the translator's own work: refused
    arabic_draft.refresh_from_db()
    assert not arabic_draft.live

    reviewer = make_user("reviewer-ar", EditorialRole.TRANSLATORS, "ar")
    client.force_login(reviewer)
    client.post(approve, {"comment": ""})
    arabic_draft.refresh_from_db()
    assert arabic_draft.live
    page = client.get("/ar/boende/").content.decode()
    assert "السكن لطالبي اللجوء" in page


def test_the_localize_editor_cannot_publish_a_translation(client, arabic_draft, publisher):
    client.force_login(publisher)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[arabic_draft.pk]), {"action": "publish"}
    )
    arabic_draft.refresh_from_db()
    assert response.status_code == 302
    assert not arabic_draft.live


def test_syncing_from_the_source_never_publishes_translations(
    client, arabic_draft, swedish_page, publisher, django_capture_on_commit_callbacks
):
    swedish_page.title = "Boende för asylsökande 2026"
    publish(swedish_page)
    translation = Translation.objects.get(target_locale__language_code="ar")
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation.source_id]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    arabic_draft.refresh_from_db()
    assert not arabic_draft.live


def test_translator_cannot_submit_another_languages_translation(
    client, swedish_page, make_user, django_capture_on_commit_callbacks
):
    client.force_login(make_user("comm2", EditorialRole.COMMUNICATORS))
    persian = Locale.objects.get(language_code="fa")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[swedish_page.pk]),
            {"locales": [persian.pk]},
        )
    translation = Translation.objects.get(target_locale=persian)
    client.force_login(make_user("tr-ar", EditorialRole.TRANSLATORS, "ar"))

    response = client.post(reverse("submit_translation_for_review", args=[translation.pk]))

    assert response.status_code in (302, 403)
    assert not swedish_page.get_translation(persian).workflow_in_progress


def test_po_file_round_trip(client, arabic_draft, translator_ar):
    translation = Translation.objects.get(target_locale__language_code="ar")
    client.force_login(translator_ar)
    exported = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    po = polib.pofile(exported.content.decode())
    for entry in po:
        entry.msgstr = {"Boende för asylsökande": "السكن لطالبي اللجوء"}.get(entry.msgid, "")
    upload = SimpleUploadedFile(
        "ar.po", str(po).encode(), content_type="text/x-gettext-translation"
    )

    client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})

    assert StringTranslation.objects.filter(data="السكن لطالبي اللجوء").exists()


@pytest.mark.parametrize(
    "content",
    [
        b"not a po file at all \x00\xff",
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',
        b'msgid ""\nmsgstr ""\n"X-WagtailLocalize-TranslationID: 00000000-0000-0000-0000-000000000000\\n"\n',
        None,
    ],
    ids=["garbage", "no-translation-id", "other-translation", "no-file"],
)
def test_bad_po_file_gets_a_clear_error_and_changes_nothing(
    client, arabic_draft, translator_ar, content
):
    translation = Translation.objects.get(target_locale__language_code="ar")
    client.force_login(translator_ar)
    data = {} if content is None else {"file": SimpleUploadedFile("bad.po", content)}
    before = StringTranslation.objects.count()

    response = client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), data)

    assert response.status_code == 302
    assert StringTranslation.objects.count() == before
    errors = [m for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    assert len(errors) == 1 and str(errors[0])


def test_a_translator_cannot_approve_another_languages_translation(
    client, swedish_page, make_user, django_capture_on_commit_callbacks
):
    persian = Locale.objects.get(language_code="fa")
    client.force_login(make_user("comm-fa", EditorialRole.COMMUNICATORS))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[swedish_page.pk]),
            {"locales": [persian.pk]},
        )
    translation = Translation.objects.get(target_locale=persian)
    client.force_login(make_user("tr-fa", EditorialRole.TRANSLATORS, "fa"))
    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    page = swedish_page.get_translation(persian)
    task_state = page.current_workflow_state.current_task_state

    client.force_login(make_user("tr-ar-2", EditorialRole.TRANSLATORS, "ar"))
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "in_progress"
