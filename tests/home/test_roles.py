"""The groups and workflows the migrations create, proven through the admin."""

from django.urls import reverse

from wagtail.models import Page, Workflow

import pytest

from home import editorial_setup
from home.models import ContentPage
from tests.utils import publish


@pytest.fixture
def draft_page(source_home):
    page = ContentPage(title="Utkast", slug="utkast", live=False)
    source_home.add_child(instance=page)
    page.save_revision()
    return page


def edit_post(client, page, action, **extra):
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": "",
        "body-count": "0",
        action: "1",
        **extra,
    }
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_workflows_are_attached_to_the_right_trees(homes):
    assert homes["sv"].get_workflow().name == editorial_setup.REVIEW_WORKFLOW
    for code, home in homes.items():
        if code != "sv":
            assert home.get_workflow().name == f"Translation review ({code})"
    fact_check = Workflow.objects.get(name=editorial_setup.FACT_CHECK_WORKFLOW)
    assert [task.name for task in fact_check.tasks] == ["Fact check", "Publisher approval"]


def test_communicator_can_edit_and_submit_but_not_publish(client, communicator, draft_page):
    client.force_login(communicator)

    response = edit_post(client, draft_page, "action-publish")

    draft_page.refresh_from_db()
    assert not draft_page.live
    assert response.status_code in (302, 403)

    edit_post(client, draft_page, "action-submit")
    draft_page.refresh_from_db()
    assert not draft_page.live
    assert draft_page.current_workflow_state.status == "in_progress"


def test_publisher_approves_a_submitted_page_and_it_goes_live(
    client, communicator, publisher, draft_page
):
    client.force_login(communicator)
    edit_post(client, draft_page, "action-submit")
    task_state = draft_page.current_workflow_state.current_task_state

    client.force_login(publisher)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[draft_page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )

    assert response.status_code in (200, 302)
    draft_page.refresh_from_db()
    assert draft_page.live


def test_communicator_cannot_approve(client, communicator, make_user, draft_page):
    other = make_user("other-communicator", editorial_setup.COMMUNICATORS)
    client.force_login(other)
    edit_post(client, draft_page, "action-submit")
    task_state = draft_page.current_workflow_state.current_task_state

    client.force_login(communicator)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[draft_page.pk, "approve", task_state.pk]
        ),
        {"comment": ""},
    )

    draft_page.refresh_from_db()
    assert not draft_page.live


def test_translator_edits_only_their_own_language_tree(client, translator_ar, homes):
    arabic = ContentPage(title="صفحة", slug="safha")
    homes["ar"].add_child(instance=arabic)
    publish(arabic)
    persian = ContentPage(title="صفحه", slug="safhe")
    homes["fa"].add_child(instance=persian)
    publish(persian)
    client.force_login(translator_ar)

    assert client.get(reverse("wagtailadmin_pages:edit", args=[arabic.pk])).status_code == 200
    for forbidden in (persian, homes["sv"]):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[forbidden.pk]))
        assert response.status_code in (302, 403), forbidden


def test_translator_cannot_publish_in_their_own_language(client, translator_ar, homes):
    arabic = ContentPage(title="مسودة", slug="draft", live=False)
    homes["ar"].add_child(instance=arabic)
    arabic.save_revision()
    client.force_login(translator_ar)

    edit_post(client, arabic, "action-publish", title="مسودة")

    assert not Page.objects.get(pk=arabic.pk).live


def test_editors_cannot_manage_users_or_groups(client, communicator, translator_ar, publisher):
    for user in (communicator, translator_ar, publisher):
        client.force_login(user)
        assert client.get(reverse("wagtailusers_users:index")).status_code in (302, 403)
        assert client.get(reverse("wagtailusers_groups:index")).status_code in (302, 403)


def test_nobody_approves_their_own_work_even_in_the_approving_group(client, make_user, source_home):
    author = make_user("publisher-author", editorial_setup.PUBLISHERS)
    second = make_user("publisher-second", editorial_setup.PUBLISHERS)
    page = ContentPage(title="Egen text", slug="egen-text", live=False)
    source_home.add_child(instance=page)
    client.force_login(author)
    edit_post(client, page, "action-submit")
    task_state = page.current_workflow_state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )

    refused = client.post(approve_url, {"comment": ""})
    page.refresh_from_db()
    assert refused.status_code in (302, 403)
    assert not page.live
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "you cannot approve it in “Publisher approval”" in editor

    client.force_login(second)
    client.post(approve_url, {"comment": ""})
    page.refresh_from_db()
    assert page.live


def test_translator_edits_snippets_only_in_their_own_language(client, translator_ar):
    from wagtail.models import Locale

    from home.models import Organisation

    swedish = Organisation.objects.create(name="Exempelkommun")
    arabic = swedish.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.save()
    persian = swedish.copy_for_translation(Locale.objects.get(language_code="fa"))
    persian.save()
    client.force_login(translator_ar)

    def edit(organisation):
        return client.get(reverse("wagtailsnippets_home_organisation:edit", args=[organisation.pk]))

    assert edit(arabic).status_code == 200
    assert edit(swedish).status_code in (302, 403)
    assert edit(persian).status_code in (302, 403)
