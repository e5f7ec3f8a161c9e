"""Admin wiring of suggested examples: the inbox and its "create draft story" action."""

from django.urls import path

from wagtail import hooks

from stories.suggestions import inbox


@hooks.register("register_admin_viewset")
def register_suggestion_inbox():
    return inbox.ExampleSuggestionViewSet("example_suggestions")


@hooks.register("register_admin_urls")
def register_suggestion_urls():
    return [
        path(
            "example-suggestions/<int:pk>/create-draft/",
            inbox.create_draft_story,
            name="stories_suggestion_create_draft",
        )
    ]
