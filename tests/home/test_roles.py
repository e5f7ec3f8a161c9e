"""The groups and workflows the migrations create, proven through the admin."""

from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from wagtail.models import Locale, Page, Task, Workflow

import pytest

from home.editorial.models import role_group, role_workflow
from home.editorial.setup import ensure_editorial_setup, translator_languages
from home.models import ContentPage, EditorialRole, Organisation, ReviewWorkflow
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
    assert homes["sv"].get_workflow() == role_workflow(ReviewWorkflow.REVIEW)
    for code, home in homes.items():
        if code != "sv":
            assert home.get_workflow() == role_workflow(ReviewWorkflow.TRANSLATION_REVIEW, code)
    fact_check = role_workflow(ReviewWorkflow.FACT_CHECK)
    assert [task.name for task in fact_check.tasks] == [
        "Partner sign-off",
        "Fact check",
        "Publisher approval",
    ]


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
    other = make_user("other-communicator", EditorialRole.COMMUNICATORS)
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
    author = make_user("publisher-author", EditorialRole.PUBLISHERS)
    second = make_user("publisher-second", EditorialRole.PUBLISHERS)
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
    assert "kan därför inte godkänna den i ”Publisher approval”" in editor

    client.force_login(second)
    client.post(approve_url, {"comment": ""})
    page.refresh_from_db()
    assert page.live


def organisation_edit_answers(client, user):
    """{language: status} of `user` opening an organisation's edit view in
    Swedish, Arabic and Persian."""
    swedish = Organisation.objects.create(name="Exempelkommun")
    organisations = {"sv": swedish}
    for code in ("ar", "fa"):
        organisations[code] = swedish.copy_for_translation(Locale.objects.get(language_code=code))
        organisations[code].save()
    client.force_login(user)
    return {
        code: client.get(
            reverse("wagtailsnippets_home_organisation:edit", args=[organisation.pk])
        ).status_code
        for code, organisation in organisations.items()
    }


def test_translator_edits_snippets_only_in_their_own_language(client, translator_ar):
    answers = organisation_edit_answers(client, translator_ar)

    assert answers["ar"] == 200
    assert answers["sv"] in (302, 403)
    assert answers["fa"] in (302, 403)


# Every group, workflow and task renamed in the admin: the chain still holds.


def test_renamed_groups_and_workflows_are_kept_not_made_again(renamed_groups_and_workflows):
    before = {
        model: set(model.objects.values_list("pk", "name")) for model in (Group, Workflow, Task)
    }

    ensure_editorial_setup(django_apps)  # as after the next `migrate`

    for model, rows in before.items():
        assert set(model.objects.values_list("pk", "name")) == rows, model
    assert role_group(EditorialRole.PUBLISHERS).name == "Publishers (omdöpt)"
    assert role_workflow(ReviewWorkflow.FACT_CHECK).name == "Fact check (omdöpt)"


def test_renamed_translators_still_work_only_in_their_language(
    client, renamed_groups_and_workflows, translator_ar
):
    assert translator_languages(translator_ar) == {"ar"}

    answers = organisation_edit_answers(client, translator_ar)

    assert answers["ar"] == 200
    assert answers["sv"] in (302, 403)
    assert answers["fa"] in (302, 403)


def test_a_new_myth_section_still_gets_the_renamed_fact_check(
    renamed_groups_and_workflows, source_home
):
    from campaigns.models import MythIndexPage

    section = MythIndexPage(title="Myter", slug="myter")
    source_home.add_child(instance=section)

    workflow = section.get_workflow()
    assert workflow == role_workflow(ReviewWorkflow.FACT_CHECK)
    assert [task.name for task in workflow.tasks] == [
        "Partner sign-off (omdöpt)",
        "Fact check (omdöpt)",
        "Publisher approval (omdöpt)",
    ]


def test_renamed_publishers_still_need_two_factor_sign_in(
    client, settings, renamed_groups_and_workflows, publisher, communicator
):
    settings.ADMIN_TWO_FACTOR_ENFORCED = True
    for user, sent_to_set_up in ((publisher, True), (communicator, False)):
        client.post(
            reverse("wagtailadmin_login"), {"username": user.username, "password": "pass-for-tests"}
        )
        response = client.get("/admin/")
        assert (response.status_code == 302) is sent_to_set_up, user
        if sent_to_set_up:
            assert response["Location"].startswith(reverse("two_factor_setup"))
        client.logout()


def test_renamed_communicators_still_hear_of_new_rumours(
    client, renamed_groups_and_workflows, communicator, django_capture_on_commit_callbacks
):
    rumour = {"text": "Jag hörde att skolan stänger.", "language": "sv", "heard_where": "people"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/sv/report-a-rumour/", {**rumour, "email": "", "website": ""})

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[communicator.email]]
