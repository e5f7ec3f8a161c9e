"""Workflows on the status panel, history, scheduled publishing, locking by
reviewers and concurrent editing, all through the admin's HTTP views."""

import re
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, Revision, WorkflowPage

import pytest

from home.editorial.models import role_workflow
from home.models import ContentPage, EditorialRole, ReviewWorkflow
from tests.home.editorial_helpers import add_draft, edit_post, workflow_action
from tests.utils import publish


def editor_html(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def timeline(html):
    """The steps of the workflow dialog on the status panel, as
    [(status, text)], without icons and screen-reader status words."""
    dialog = html[html.index('id="workflow-status-dialog"') :]
    dialog = dialog[: dialog.index("</ol>")]
    dialog = re.sub(
        r'<svg.*?</svg>|<span class="w-sr-only">.*?</span>', "", dialog, flags=re.DOTALL
    )
    return [
        (status, " ".join(re.sub(r"<[^>]+>", " ", text).split()))
        for status, text in re.findall(
            r'workflow-timeline__item--(\w+)"[^>]*>(.*?)</li>', dialog, re.DOTALL
        )
    ]


def workflow_dialog_title(html):
    return re.search(r'id="title-text-workflow-status-dialog">([^<]*)<', html).group(1)


@pytest.fixture
def myth_section(source_home):
    """A section under the Fact check workflow, as the campaigns app attaches it."""
    section = ContentPage(title="Myter", slug="myter")
    source_home.add_child(instance=section)
    publish(section)
    WorkflowPage.objects.create(page=section, workflow=role_workflow(ReviewWorkflow.FACT_CHECK))
    return section


def test_the_status_panel_shows_the_workflow_and_the_step_it_waits_in(
    client, communicator, fact_checker, publisher, myth_section
):
    page = add_draft(myth_section, title="Påstående", slug="pastaende", user=communicator)
    client.force_login(communicator)
    edit_post(client, page, "action-submit")

    client.force_login(fact_checker)
    waiting_for_fact_check = timeline(editor_html(client, page))
    workflow_action(client, page, "approve")
    client.force_login(publisher)
    html = editor_html(client, page)

    # A page without partner reviewers passes "Partner sign-off" at once.
    assert waiting_for_fact_check[1][0] == "skipped"
    assert waiting_for_fact_check[2:4] == [
        ("in_progress", "Fact check"),
        ("pending", "Publisher approval"),
    ]
    assert workflow_dialog_title(html) == role_workflow(ReviewWorkflow.FACT_CHECK).name
    steps = timeline(html)
    assert steps[2][0] == "approved" and steps[2][1].startswith("Fact check")
    assert fact_checker.get_username() in steps[2][1]
    assert steps[3] == ("in_progress", "Publisher approval")
    assert 'aria-current="step"' in html


def test_the_history_shows_who_submitted_sent_back_approved_and_published(
    client, communicator, publisher, make_user, source_home
):
    second = make_user("publisher-two", EditorialRole.PUBLISHERS)
    page = add_draft(source_home, user=communicator)
    client.force_login(communicator)
    edit_post(client, page, "action-submit")
    client.force_login(publisher)
    workflow_action(client, page, "reject", comment="Lägg till en källa.")
    client.force_login(communicator)
    edit_post(client, page, "action-submit")
    client.force_login(second)
    workflow_action(client, page, "approve")
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))

    actions = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))

    assert [entry for entry in actions if entry[0] != "wagtail.edit"] == [
        ("wagtail.create", "communicator"),
        ("wagtail.workflow.start", "communicator"),
        ("wagtail.workflow.reject", "publisher"),
        ("wagtail.workflow.resume", "communicator"),
        ("wagtail.workflow.approve", "publisher-two"),
        ("wagtail.publish", "publisher-two"),
        ("wagtail.unpublish", "publisher-two"),
    ]
    assert history.status_code == 200
    html = history.content.decode()
    for username in ("communicator", "publisher", "publisher-two"):
        assert username in html
    assert "Lägg till en källa." in html


def schedule_fields(**dates):
    return {
        name: timezone.localtime(value).strftime("%Y-%m-%d %H:%M") for name, value in dates.items()
    }


def submit_scheduled_and_approve(client, page, communicator, publisher, **dates):
    """The communicator submits `page` with these schedule dates; the publisher approves it."""
    client.force_login(communicator)
    edit_post(client, page, "action-submit", **schedule_fields(**dates))
    client.force_login(publisher)
    workflow_action(client, page, "approve")
    page.refresh_from_db()


def test_an_approved_page_with_a_go_live_date_goes_live_when_publish_scheduled_runs(
    client, communicator, publisher, source_home
):
    page = add_draft(source_home, title="Nyhet", slug="nyhet", user=communicator)
    submit_scheduled_and_approve(
        client, page, communicator, publisher, go_live_at=timezone.now() + timedelta(hours=1)
    )
    assert not page.live
    assert client.get(page.url).status_code == 404
    revision = Revision.page_revisions.get(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    )

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live, "not before its time"

    # The hour passes: every stored go-live time moves back instead of the clock forward.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    Page.objects.filter(pk=page.pk).update(go_live_at=past)
    call_command("publish_scheduled")

    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert (
        PageLogEntry.objects.filter(page=page).filter(action="wagtail.publish.scheduled").exists()
    )


def test_a_page_with_an_expiry_date_goes_offline_when_publish_scheduled_runs(
    client, communicator, publisher, source_home
):
    page = add_draft(source_home, title="Tillfällig", slug="tillfallig", user=communicator)
    submit_scheduled_and_approve(
        client, page, communicator, publisher, expire_at=timezone.now() + timedelta(hours=1)
    )
    assert page.live and page.expire_at
    url = page.url

    call_command("publish_scheduled")
    assert Page.objects.get(pk=page.pk).live, "not before its time"

    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")

    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(url).status_code == 404
    assert (
        PageLogEntry.objects.filter(page=page).filter(action="wagtail.unpublish.scheduled").exists()
    )


@pytest.fixture
def in_fact_check(client, communicator, myth_section):
    page = add_draft(myth_section, title="Rykte", slug="rykte", user=communicator)
    client.force_login(communicator)
    edit_post(client, page, "action-submit")
    return page


def test_a_reviewer_in_the_current_task_locks_the_page_and_the_author_cannot_change_it(
    client, communicator, fact_checker, in_fact_check
):
    page = in_fact_check
    client.force_login(fact_checker)

    client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))

    page.refresh_from_db()
    assert page.locked and page.locked_by == fact_checker
    client.force_login(communicator)
    edit_post(client, page, title="Ändrat av författaren")
    page.refresh_from_db()
    assert page.get_latest_revision().content["title"] != "Ändrat av författaren"

    client.force_login(fact_checker)
    client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    page.refresh_from_db()
    assert not page.locked


def test_only_reviewers_of_the_current_task_can_lock_it(
    client, communicator, publisher, in_fact_check
):
    page = in_fact_check
    # Communicators may lock their own drafts, but not a page under review;
    # Publishers review the next step, not this one.
    for outsider in (communicator, publisher):
        client.force_login(outsider)
        client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
        page.refresh_from_db()
        assert not page.locked, outsider


def ping_url(html):
    match = re.search(r'data-w-swap-src-value="([^"]*/editing-sessions/ping/[^"]*)"', html)
    assert match, "the editor pings its editing session"
    return match.group(1)


def ping(client, url, **data):
    response = client.post(url, {"is_editing": "1", **data})
    assert response.status_code == 200
    return response.json()


def test_two_editors_on_the_same_page_see_each_other(
    client, communicator, fact_checker, source_home
):
    page = add_draft(source_home, user=communicator)
    client.force_login(communicator)
    communicators_ping = ping_url(editor_html(client, page))
    client.force_login(fact_checker)
    fact_checkers_ping = ping_url(editor_html(client, page))

    client.force_login(communicator)
    seen_by_communicator = ping(client, communicators_ping)
    client.force_login(fact_checker)
    seen_by_fact_checker = ping(client, fact_checkers_ping)

    assert [s["user"] for s in seen_by_communicator["other_sessions"]] == [
        fact_checker.get_username()
    ]
    assert [s["user"] for s in seen_by_fact_checker["other_sessions"]] == [
        communicator.get_username()
    ]
    assert all(s["is_editing"] for s in seen_by_fact_checker["other_sessions"])


def test_an_editor_is_told_when_the_other_saved_a_newer_version_and_no_work_is_lost(
    client, communicator, fact_checker, source_home
):
    page = add_draft(source_home, user=communicator)
    loaded = page.get_latest_revision()
    client.force_login(communicator)
    communicators_ping = ping_url(editor_html(client, page))

    client.force_login(fact_checker)
    edit_post(client, page, title="Faktagranskarens version")
    client.force_login(communicator)
    seen = ping(
        client,
        communicators_ping,
        revision_id=loaded.pk,
        revision_created_at=loaded.created_at.isoformat(),
    )
    edit_post(client, page, title="Kommunikatörens version")

    [other] = seen["other_sessions"]
    assert other["user"] == fact_checker.get_username()
    newer = page.revisions.order_by("-created_at", "-pk")
    assert other["revision_id"] == newer[1].pk
    assert [r.content["title"] for r in newer[:2]] == [
        "Kommunikatörens version",
        "Faktagranskarens version",
    ]


def test_a_translator_approving_a_colleagues_translation_publishes_it(
    client, translator_ar, make_user, homes
):
    colleague = make_user("translator-ar-2", EditorialRole.TRANSLATORS, "ar")
    page = add_draft(homes["ar"], title="السكن", slug="boende", user=colleague)
    client.force_login(colleague)
    edit_post(client, page, "action-submit")

    client.force_login(translator_ar)
    workflow_action(client, page, "approve")

    page.refresh_from_db()
    assert page.live
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", user=translator_ar
    ).exists()


@pytest.mark.parametrize("role", ["publisher", "superuser"])
def test_nobody_publishes_directly_under_a_workflow(client, make_user, source_home, role):
    user = make_user(
        role,
        *([EditorialRole.PUBLISHERS] if role == "publisher" else []),
        is_superuser=role == "superuser",
    )
    page = add_draft(source_home, user=user)
    client.force_login(user)

    editor = editor_html(client, page)
    edit_post(client, page, "action-publish")

    page.refresh_from_db()
    assert not page.live
    assert 'name="action-publish"' not in editor
    assert 'name="action-submit"' in editor
