from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, workflow_approved
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.content_cache import bump_content_version
from home.models import SiteSettings, UrgentNotice
from home.subscriptions import is_first_publication, notify_subscribers
from home.translation_state import is_source, record_published_page


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


def content_changed(sender, **kwargs):
    bump_content_version()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


def notify_subscribers_of_first_publication(sender, instance, **kwargs):
    if getattr(instance, "subscription_topic", None) and is_first_publication(instance):
        page_id = instance.pk
        transaction.on_commit(lambda: notify_subscribers.enqueue(page_id))


def register():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"samla_content_changed_{id(signal)}")
    post_delete.connect(page_deleted, dispatch_uid="samla_page_deleted")
    page_published.connect(
        notify_subscribers_of_first_publication, dispatch_uid="samla_notify_subscribers"
    )
    for model in (SiteSettings, UrgentNotice):
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"samla_saved_{model.__name__}"
        )
    page_published.connect(record_page_state, dispatch_uid="samla_record_page_state")
    page_published.connect(sync_translation_sources, dispatch_uid="samla_sync_translation_sources")
    workflow_approved.connect(
        mark_reviewed_machine_translations, dispatch_uid="samla_mark_reviewed_machine_translations"
    )
