from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = "Stories"

    def ready(self):
        # Registers the library's page views (home.models.pages.context_view).
        from stories.library import views  # noqa: F401
