"""Fixtures for the translation tests: a live Swedish page and the Arabic
draft a communicator asks for through wagtail-localize."""

from django.urls import reverse

from wagtail.models import Locale

import pytest

from home import editorial_setup
from home.models import ContentPage
from tests.utils import publish


@pytest.fixture
def swedish_page(source_home):
    page = ContentPage(title="Boende för asylsökande", slug="boende", intro="Så fungerar boendet.")
    source_home.add_child(instance=page)
    return publish(page)


@pytest.fixture
def arabic_draft(client, swedish_page, make_user, django_capture_on_commit_callbacks):
    """The communicator asks for an Arabic translation through wagtail-localize."""
    communicator = make_user("comm", editorial_setup.COMMUNICATORS)
    client.force_login(communicator)
    arabic = Locale.objects.get(language_code="ar")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[swedish_page.pk]),
            {"locales": [arabic.pk]},
        )
    assert response.status_code == 302
    client.logout()
    return swedish_page.get_translation(arabic)
