from django.urls import path

from stories.suggestions import views as suggestion_views

urlpatterns = [
    path("suggest-example/", suggestion_views.suggest_example, name="suggest_example"),
    path(
        "suggest-example/thanks/",
        suggestion_views.suggest_example_thanks,
        name="suggest_example_thanks",
    ),
]
