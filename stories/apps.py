from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories"

    def ready(self):
        # Registers the page views (home.models.pages.context_view).
        from home.caching.signals import content_changed, purge_every_page
        from stories.following import views  # noqa: F401
        from stories.following.models import FollowedSource
        from stories.library import views as library_views  # noqa: F401

        # A followed installation's name shows on its stories' cards in every library.
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed, sender=FollowedSource, dispatch_uid=f"samla_source_{id(signal)}"
            )
            signal.connect(
                purge_every_page,
                sender=FollowedSource,
                dispatch_uid=f"samla_purge_source_{id(signal)}",
            )
