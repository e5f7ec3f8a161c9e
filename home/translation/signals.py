"""Publishing a page records what its translations are measured against;
approving a translation makes its machine pre-fill reviewed."""

from django.conf import settings
from django.db.models.signals import post_save

from wagtail.models import Page
from wagtail.signals import page_published, workflow_approved
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationSource,
    post_save_string_translation,
)

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


def show_translated_title_as_draft_title(sender, instance, **kwargs):
    """wagtail-localize's own receiver, with the title cut to the column's
    length: it writes a translated title into the page's draft title as the
    translator types it, and on PostgreSQL a title over 255 characters made
    the string editor answer 500. Submitting such a translation is refused
    with a clear message (home/translation/review.py)."""
    if instance.context.path == "title":
        Page.objects.filter(
            translation_key=instance.context.object_id, locale_id=instance.locale_id
        ).update(draft_title=instance.data[: Page._meta.get_field("draft_title").max_length])


def register():
    post_save.disconnect(post_save_string_translation, sender=StringTranslation)
    post_save.connect(
        show_translated_title_as_draft_title,
        sender=StringTranslation,
        dispatch_uid="samla_translated_draft_title",
    )
    page_published.connect(record_page_state, dispatch_uid="samla_record_page_state")
    page_published.connect(sync_translation_sources, dispatch_uid="samla_sync_translation_sources")
    workflow_approved.connect(
        mark_reviewed_machine_translations, dispatch_uid="samla_mark_reviewed_machine_translations"
    )
