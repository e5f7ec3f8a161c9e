from django.urls import path

from stories import suggestion_views

urlpatterns = [
    path("suggest-example/", suggestion_views.suggest_example, name="suggest_example"),
    path(
        "suggest-example/thanks/",
        suggestion_views.suggest_example_thanks,
        name="suggest_example_thanks",
    ),
]
