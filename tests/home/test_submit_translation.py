"""Starting a translation ends where its user can work: a Communicator back
on the page they translated, a Publisher in the new translation's editor."""

from django.urls import reverse

from wagtail.models import Locale

import pytest

from home.models import EditorialRole


@pytest.mark.parametrize(
    ("role", "lands_in_translation"),
    [(EditorialRole.COMMUNICATORS, False), (EditorialRole.PUBLISHERS, True)],
)
def test_translate_this_page_ends_in_an_editor_the_user_may_open(
    client, swedish_page, make_user, django_capture_on_commit_callbacks, role, lands_in_translation
):
    client.force_login(make_user("starts-translation", role))
    arabic = Locale.objects.get(language_code="ar")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[swedish_page.pk]),
            {"locales": [arabic.pk]},
        )

    translation = swedish_page.get_translation(arabic)
    landing = translation if lands_in_translation else swedish_page
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[landing.pk])
    assert client.get(response["Location"]).status_code == 200
