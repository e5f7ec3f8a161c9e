"""Fixtures for the home tests: a live Swedish page and the Arabic draft a
communicator asks for through wagtail-localize, and every group, workflow
and task renamed."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale, Task, Workflow

import pytest

from home.models import ContentPage, EditorialRole
from tests.utils import publish


@pytest.fixture
def swedish_page(source_home):
    page = ContentPage(title="Boende för asylsökande", slug="boende", intro="Så fungerar boendet.")
    source_home.add_child(instance=page)
    return publish(page)


@pytest.fixture
def arabic_draft(client, swedish_page, make_user, django_capture_on_commit_callbacks):
    """The communicator asks for an Arabic translation through wagtail-localize."""
    communicator = make_user("comm", EditorialRole.COMMUNICATORS)
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


@pytest.fixture
def renamed_groups_and_workflows(db):
    """Every group, workflow and task renamed, as anyone managing them in the
    admin may do: what depends on them must find them by role."""
    for model in (Group, Workflow, Task):
        for item in model.objects.all():
            item.name = f"{item.name} (omdöpt)"
            item.save(update_fields=["name"])
