"""The cached page chrome and the front-end cache follow every change of the
page tree and the urgent notice; the chrome also every change of a view
restriction."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save, pre_delete

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from home.caching.content_version import bump_content_version
from home.caching.purge import purge, urls_of_every_page, urls_showing
from home.models import Municipality, SiteSettings, UrgentNotice
from home.municipalities.trees import forget_default_site


def content_changed(sender, **kwargs):
    """Renews the version at once and again when the change is committed: a
    request between the two could otherwise cache what it read before the
    commit under the new version."""
    bump_content_version()
    transaction.on_commit(bump_content_version, robust=True)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed(sender)


def purge_after_commit(collect):
    """Collects the addresses now (a deleted page's are gone after the
    commit) and purges them once the change is committed, so no reader can
    cache the old answer again in between. Without a front-end cache
    (WAGTAILFRONTENDCACHE empty) nothing is collected."""
    if not settings.WAGTAILFRONTENDCACHE:
        return
    urls = collect()
    transaction.on_commit(lambda: purge(urls), robust=True)


def purge_page(instance, **kwargs):
    # A publication, an unpublication, a translation's approval (its publication).
    purge_after_commit(lambda: urls_showing(instance))


def purge_moved_page(instance, **kwargs):
    # Sent before the move (the old addresses) and after it (the new ones).
    purge_after_commit(lambda: urls_showing(instance, whole_subtree=True))


def purge_deleted_page(sender, instance, **kwargs):
    # Each page row once: a subclass's deletion deletes its Page row too.
    if type(instance) is Page:
        purge_after_commit(lambda: urls_showing(instance, whole_subtree=True))


def purge_every_page(sender, **kwargs):
    purge_after_commit(urls_of_every_page)


def register():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"samla_content_changed_{id(signal)}")
    post_delete.connect(page_deleted, dispatch_uid="samla_page_deleted")
    post_delete.connect(content_changed, sender=Site, dispatch_uid="samla_site_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            content_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"samla_restriction_{id(signal)}",
        )
    # A municipality's name shows on the stories it shares, in every library.
    for model in (SiteSettings, UrgentNotice, Municipality, Site):
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"samla_saved_{model.__name__}"
        )
        post_save.connect(purge_every_page, sender=model, dispatch_uid=f"samla_purge_{model}")
    # Migrations change sites through historical models, which send no signal to these.
    post_migrate.connect(forget_default_site, dispatch_uid="samla_default_site_migrated")
    post_migrate.connect(content_changed, dispatch_uid="samla_content_migrated")
    for signal in (post_save, post_delete):
        for model in (Site, Municipality):
            signal.connect(
                forget_default_site,
                sender=model,
                dispatch_uid=f"samla_default_site_{model.__name__}_{id(signal)}",
            )
    page_published.connect(purge_page, dispatch_uid="samla_purge_published")
    page_unpublished.connect(purge_page, dispatch_uid="samla_purge_unpublished")
    pre_page_move.connect(purge_moved_page, dispatch_uid="samla_purge_before_move")
    post_page_move.connect(purge_moved_page, dispatch_uid="samla_purge_after_move")
    pre_delete.connect(purge_deleted_page, dispatch_uid="samla_purge_deleted")
