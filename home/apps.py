from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home"

    def ready(self):
        from home import signal_handlers, translation_drafts
        from home.editorial_setup import ensure_after_migrate

        # The setup migration creates trees, groups and workflows for the
        # languages in settings; running it again after every migrate means
        # a language added later is a settings line and a catalogue.
        post_migrate.connect(ensure_after_migrate, sender=self)
        signal_handlers.register()
        # wagtail-localize would change a live translation before its review
        # (its issue #655): saved without publishing, it becomes a draft.
        translation_drafts.install()
