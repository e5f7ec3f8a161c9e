"""Sharing myth pages between municipalities (issue 19): a municipality
shares a checked answer; another's communicators republish it in their own
myth section as a draft, readers see it credited with a canonical link to the
original, and the republishing municipality is told when the original changes
or is taken down. tests/browser/test_myth_republishing.py does the editorial
steps in Chromium."""

from django.core import mail
from django.urls import reverse

from wagtail.models import Locale

import pytest

from campaigns.models import MythPage, Republication
from home.models import EditorialRole, HomePage
from tests.factories import campaigns as factories
from tests.utils import OTHER_HOST, publish


@pytest.fixture
def sections(source_home, exempelby):
    other_home = HomePage.objects.get(pk=exempelby.site.root_page_id)
    return factories.myth_index(source_home), factories.myth_index(other_home)


@pytest.fixture
def organisation(db):
    return factories.example_organisation(Locale.objects.get(language_code="sv"))


@pytest.fixture
def shared_myth(sections, organisation):
    return factories.myth(sections[0], organisation, slug="bidrag", shared=True)


@pytest.fixture
def neighbour_communicator(make_user, exempelby):
    return make_user("stadskommunikator", EditorialRole.COMMUNICATORS, municipality=exempelby)


@pytest.fixture
def neighbour_client(client, neighbour_communicator):
    client.force_login(neighbour_communicator)
    return client


def republish(neighbour_client, myth):
    return neighbour_client.post(reverse("republish_myth", args=[myth.pk]))


def test_the_list_offers_other_municipalities_shared_answers_only(
    neighbour_client, shared_myth, sections, organisation
):
    factories.myth(sections[0], organisation, slug="inte-delad")  # not shared
    factories.myth(sections[1], organisation, slug="egen", shared=True)  # its own

    response = neighbour_client.get(reverse("shared_myths"))

    assert response.status_code == 200
    pages = response.context["pages"]
    assert [page.pk for page in pages] == [shared_myth.pk]
    assert pages[0].municipality_name == shared_myth.get_site().municipality.name


def test_republishing_makes_a_credited_draft_in_the_own_myth_section(
    neighbour_client, shared_myth, sections, neighbour_communicator, communicator
):
    # The original's own draft state stays the original municipality's.
    shared_myth.related_myths = [("myth", shared_myth)]
    shared_myth.draft_title = "Ett utkast till ny rubrik"
    shared_myth.locked, shared_myth.locked_by = True, communicator
    shared_myth.save()

    response = republish(neighbour_client, shared_myth)

    copy = MythPage.objects.get(republished_from=shared_myth)
    assert response.url == reverse("wagtailadmin_pages:edit", args=[copy.pk])
    assert copy.get_parent().pk == sections[1].pk
    assert not copy.live and not copy.shared
    assert copy.claim == shared_myth.claim and copy.verdict == shared_myth.verdict
    assert copy.owner == neighbour_communicator
    assert not copy.locked and copy.locked_by is None
    assert copy.draft_title == shared_myth.title and not copy.related_myths
    assert copy.republished.original_municipality == shared_myth.get_site().municipality.name
    # A second press opens the same draft instead of making another.
    assert republish(neighbour_client, shared_myth).url == response.url
    assert Republication.objects.count() == 1
    # The editor says where the page comes from.
    editor = neighbour_client.get(reverse("wagtailadmin_pages:edit", args=[copy.pk]))
    assert b"data-republished-from" in editor.content


def test_readers_see_the_credit_and_search_engines_the_original(
    client, neighbour_client, shared_myth
):
    republish(neighbour_client, shared_myth)
    copy = publish(MythPage.objects.get(republished_from=shared_myth))

    page = client.get(copy.get_url_parts()[2], HTTP_HOST=OTHER_HOST).content.decode()

    municipality = shared_myth.get_site().municipality.name
    assert f"Granskat av {municipality}" in page
    assert f'<link rel="canonical" href="{shared_myth.full_url}">' in page
    assert f'href="{shared_myth.full_url}"' in page


def test_only_shared_answers_can_be_republished_and_only_by_those_who_may_add_pages(
    client, make_user, exempelby, sections, organisation, shared_myth, neighbour_client
):
    not_shared = factories.myth(sections[0], organisation, slug="inte-delad")
    assert republish(neighbour_client, not_shared).status_code == 404
    assert neighbour_client.get(reverse("republish_myth", args=[shared_myth.pk])).status_code == 405

    fact_checker = make_user("stadsgranskare", EditorialRole.FACT_CHECKERS, municipality=exempelby)
    client.force_login(fact_checker)
    assert client.get(reverse("shared_myths")).status_code in (302, 403)
    assert republish(client, shared_myth).status_code in (302, 403)
    assert not Republication.objects.exists()


def test_a_change_to_the_original_is_told_to_the_republishing_municipality(
    neighbour_client,
    shared_myth,
    neighbour_communicator,
    communicator,
    django_capture_on_commit_callbacks,
):
    republish(neighbour_client, shared_myth)
    copy = publish(MythPage.objects.get(republished_from=shared_myth))
    mail.outbox.clear()

    shared_myth.short_fact = "Nya siffror."
    with django_capture_on_commit_callbacks(execute=True):
        publish(shared_myth)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [neighbour_communicator.email]  # not the original's own
    assert f"/admin/pages/{copy.pk}/edit/" in mail.outbox[0].body
    editor = neighbour_client.get(reverse("wagtailadmin_pages:edit", args=[copy.pk]))
    assert b"data-original-changed" in editor.content

    # Publishing the republished page takes the change in.
    publish(copy)
    editor = neighbour_client.get(reverse("wagtailadmin_pages:edit", args=[copy.pk]))
    assert b"data-original-changed" not in editor.content


def test_taking_the_original_down_is_told_and_the_credit_stays(
    client,
    neighbour_client,
    shared_myth,
    neighbour_communicator,
    django_capture_on_commit_callbacks,
):
    republish(neighbour_client, shared_myth)
    copy = publish(MythPage.objects.get(republished_from=shared_myth))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        shared_myth.unpublish()

    assert len(mail.outbox) == 1 and "avpublicerats" in mail.outbox[0].subject
    page = client.get(copy.get_url_parts()[2], HTTP_HOST=OTHER_HOST).content.decode()
    assert shared_myth.get_site().municipality.name in page
    # With the original gone, the page is its own canonical address.
    assert f'<link rel="canonical" href="{copy.full_url}">' in page
