"""The cached page chrome follows every change of the page tree and the urgent notice."""

from django.db.models.signals import post_delete, post_save

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.caching.content_version import bump_content_version
from home.models import SiteSettings, UrgentNotice


def content_changed(sender, **kwargs):
    bump_content_version()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


def register():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"samla_content_changed_{id(signal)}")
    post_delete.connect(page_deleted, dispatch_uid="samla_page_deleted")
    for model in (SiteSettings, UrgentNotice):
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"samla_saved_{model.__name__}"
        )
