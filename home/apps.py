from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self):
        from home import site_address  # noqa: F401 (registers the site address checks)
        from home.caching import signals as caching_signals
        from home.easy_read import views as easy_read_views  # noqa: F401 (registers page views)
        from home.editorial.setup import ensure_after_migrate
        from home.review_dates import signals as review_date_signals
        from home.subscriptions import signals as subscription_signals
        from home.translation import drafts as translation_drafts
        from home.translation import signals as translation_signals

        # The setup migration creates trees, groups and workflows for the
        # languages in settings; running it again after every migrate means
        # a language added later is a settings line and a catalogue.
        post_migrate.connect(ensure_after_migrate, sender=self)
        caching_signals.register()
        translation_signals.register()
        subscription_signals.register()
        review_date_signals.register()
        # wagtail-localize would change a live translation before its review
        # (its issue #655): saved without publishing, it becomes a draft.
        translation_drafts.install()
