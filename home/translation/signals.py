"""Publishing a page records what its translations are measured against;
approving a translation makes its machine pre-fill reviewed."""

from django.conf import settings

from wagtail.models import Page
from wagtail.signals import page_published, workflow_approved
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.translation.state import is_source, record_published_page


def record_page_state(sender, instance, revision=None, **kwargs):
    record_published_page(instance, revision)


def sync_translation_sources(sender, instance, **kwargs):
    """Translators work from the Swedish text readers see: publishing a source
    page brings its strings in wagtail-localize's editor up to date. The
    translations themselves change only through their review."""
    if not is_source(instance):
        return
    for source in TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ):
        source.update_from_db()


def mark_reviewed_machine_translations(sender, instance, user=None, **kwargs):
    """A reviewer's approval of a translation makes its machine pre-fill reviewed."""
    page = instance.content_object
    if not isinstance(page, Page) or page.locale.language_code == settings.LANGUAGE_CODE:
        return
    source_strings = StringSegment.objects.filter(
        source__object_id=page.translation_key
    ).values_list("string_id", flat=True)
    StringTranslation.objects.filter(
        locale_id=page.locale_id,
        translation_of_id__in=source_strings,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    ).update(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL)


def register():
    page_published.connect(record_page_state, dispatch_uid="samla_record_page_state")
    page_published.connect(sync_translation_sources, dispatch_uid="samla_sync_translation_sources")
    workflow_approved.connect(
        mark_reviewed_machine_translations, dispatch_uid="samla_mark_reviewed_machine_translations"
    )
