from django.conf import settings

from wagtail.models import Page
from wagtail.signals import page_published, workflow_approved
from wagtail_localize.models import StringSegment, StringTranslation

from home.translation_state import record_published_page


def record_page_state(sender, instance, **kwargs):
    record_published_page(instance)


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
    workflow_approved.connect(
        mark_reviewed_machine_translations, dispatch_uid="samla_mark_reviewed_machine_translations"
    )
