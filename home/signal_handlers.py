from wagtail.signals import page_published

from home.translation_state import record_published_page


def record_page_state(sender, instance, **kwargs):
    record_published_page(instance)


def register():
    page_published.connect(record_page_state, dispatch_uid="samla_record_page_state")
