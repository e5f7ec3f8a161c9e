from django.urls import reverse

from wagtail_localize.models import StringTranslation, Translation

import pytest

from home.models import ContentPage
from tests.utils import publish

ENGINE = {"CLASS": "tests.home.boundary_translator.BoundaryTranslator", "LANGUAGES": ["ar"]}


@pytest.fixture(autouse=True)
def machine_translation_for_arabic_only(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "home.translation.machine.PerLanguageTranslator",
        "OPTIONS": {"ENGINES": {"test": ENGINE}},
    }


def test_configuration_offers_engines_only_where_they_exist(db, settings):
    from wagtail.models import Locale

    from home.translation.machine import PerLanguageTranslator

    translator = PerLanguageTranslator(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"])
    swedish, arabic, dari = (Locale.objects.get(language_code=code) for code in ("sv", "ar", "prs"))
    assert translator.can_translate(swedish, arabic)
    assert not translator.can_translate(swedish, dari)


def test_machine_prefill_is_marked_and_needs_review_before_going_live(
    client, arabic_draft, translator_ar, make_user
):
    from home.models import EditorialRole

    translation = Translation.objects.get(target_locale__language_code="ar")
    client.force_login(translator_ar)

    client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))

    machine = StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine"
    )
    assert machine.filter(data="[ar] Boende för asylsökande").exists()
    arabic_draft.refresh_from_db()
    assert not arabic_draft.live

    client.post(reverse("submit_translation_for_review", args=[translation.pk]))
    arabic_draft.refresh_from_db()
    assert not arabic_draft.live
    task_state = arabic_draft.current_workflow_state.current_task_state

    client.force_login(make_user("reviewer", EditorialRole.TRANSLATORS, "ar"))
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[arabic_draft.pk, "approve", task_state.pk]
        ),
        {"comment": ""},
    )

    arabic_draft.refresh_from_db()
    assert arabic_draft.live
    assert not machine.exists(), "approved strings are no longer marked as machine translated"


def test_editor_says_when_no_machine_translation_exists(
    client, source_home, make_user, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale

    from home.models import EditorialRole

    page = ContentPage(title="Tolk", slug="tolk")
    source_home.add_child(instance=page)
    publish(page)
    client.force_login(make_user("comm", EditorialRole.COMMUNICATORS))
    dari = Locale.objects.get(language_code="prs")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [dari.pk]},
        )
    client.force_login(make_user("tr-prs", EditorialRole.TRANSLATORS, "prs"))

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.get_translation(dari).pk]))

    assert "Ingen maskinöversättning finns för" in editor.content.decode()
