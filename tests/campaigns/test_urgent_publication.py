"""The urgent lane (campaigns/myths/urgent.py, docs/roles.md): a Publisher
publishes a myth page before its fact check, with a written reason; readers
see "published urgently, fact check in progress" in every language until the
Fact checkers approve it; the fact check cannot be skipped, cancelled or
doubled, and an overdue one is on the dashboard and in the publishing report."""

import datetime

from django.contrib.auth.models import Permission
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest

from campaigns.models import MythPage, UrgentPublication
from campaigns.myths.urgent import LOG_ACTION
from home.caching.stale_copies import stale_copy_response
from home.editorial.models import role_group
from home.models import EditorialRole
from tests.campaigns.test_editorial import approve, current_task_state
from tests.utils import publish, refused

pytestmark = pytest.mark.django_db

REASON = "Ett hot mot boendet sprids i sociala medier; folk har samlats utanför."
NOTICE = {
    "sv": "Publicerad akut, faktagranskning pågår.",
    "ar": "نُشرت بشكل عاجل، والتحقق من الحقائق جارٍ.",
}


def publish_urgently_url(page):
    return reverse("publish_urgently", args=[page.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@pytest.fixture
def myth(make_myth, communicator):
    """A live myth page with a correction written by a Communicator."""
    page = make_myth("hot")
    page.short_fact = "Boendet är tryggt; polisen är på plats."
    page.save_revision(user=communicator)
    return page


@pytest.fixture
def arabic_myth(myth, myth_index, homes):
    locale = homes["ar"].locale
    publish(myth_index.copy_for_translation(locale, copy_parents=True))
    translation = myth.copy_for_translation(locale)
    translation.title = "تهديد للسكن"
    return publish(translation)


@pytest.fixture
def second_publisher(make_user):
    return make_user("publisher-two", EditorialRole.PUBLISHERS)


def publish_urgently(client, user, page, reason=REASON):
    client.force_login(user)
    return client.post(publish_urgently_url(page), {"reason": reason})


@pytest.fixture
def urgent(client, publisher, myth, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_urgently(client, publisher, myth)
    assert response.status_code == 302, response.content.decode()[:2000]
    myth.refresh_from_db()
    return UrgentPublication.objects.get(page=myth)


def test_only_the_publishers_role_holds_the_permission():
    holders = Permission.objects.get(codename="publish_urgently").group_set.all()
    assert list(holders) == [role_group(EditorialRole.PUBLISHERS)]


@pytest.mark.parametrize("role", ["communicator", "fact_checker", "translator_ar"])
def test_other_roles_are_refused_the_urgent_lane(client, request, myth, role):
    user = request.getfixturevalue(role)
    client.force_login(user)
    assert refused(client.get(publish_urgently_url(myth)))
    assert refused(client.post(publish_urgently_url(myth), {"reason": REASON}))
    assert publish_urgently_url(myth) not in client.get(edit_url(myth)).content.decode()
    myth.refresh_from_db()
    assert myth.live_revision_id != myth.latest_revision_id
    assert not UrgentPublication.objects.exists()


def test_anonymous_readers_are_sent_to_the_login(client, myth):
    assert refused(client.post(publish_urgently_url(myth), {"reason": REASON}))
    assert not UrgentPublication.objects.exists()


def test_a_publisher_finds_publish_urgently_in_the_editor(client, publisher, myth):
    client.force_login(publisher)
    assert publish_urgently_url(myth) in client.get(edit_url(myth)).content.decode()
    form = client.get(publish_urgently_url(myth))
    assert form.status_code == 200
    assert 'name="reason"' in form.content.decode()


@pytest.mark.parametrize("reason", ["", "   "])
def test_the_urgent_lane_without_a_reason_is_refused(client, publisher, myth, reason):
    response = publish_urgently(client, publisher, myth, reason)
    assert response.status_code == 200
    assert "Skriv varför sidan måste publiceras" in response.content.decode()
    myth.refresh_from_db()
    assert myth.live_revision_id != myth.latest_revision_id
    assert not UrgentPublication.objects.exists()
    assert myth.current_workflow_state is None


def test_urgent_publication_goes_live_and_starts_the_fact_check(
    fact_checker, myth, urgent, publisher
):
    assert myth.live_revision_id == urgent.revision_id == myth.latest_revision_id
    assert myth.short_fact == "Boendet är tryggt; polisen är på plats."
    assert (urgent.user, urgent.reason, urgent.completed_at) == (publisher, REASON, None)
    task_state = current_task_state(myth)
    assert task_state.task.name == "Fact check"
    assert task_state.revision_id == urgent.revision_id
    # The Fact checkers hear of it as of any submission.
    assert any(fact_checker.email in message.to for message in mail.outbox)


def test_a_new_page_waiting_for_its_fact_check_can_go_live_urgently(
    client, make_myth, communicator, publisher, django_capture_on_commit_callbacks
):
    """The usual case: a Communicator's new answer waits in "Fact check" (locked
    for the Publisher); the urgent lane publishes it and the fact check starts
    again on the published version, requested by the Publisher."""
    draft = make_myth("nytt-hot", live=False)
    draft.save_revision(user=communicator)
    draft.get_workflow().start(draft, communicator)
    client.force_login(publisher)
    assert publish_urgently_url(draft) in client.get(edit_url(draft)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        publish_urgently(client, publisher, draft)
    draft.refresh_from_db()
    assert draft.live and draft.live_revision_id == draft.latest_revision_id
    state = draft.current_workflow_state
    assert state.requested_by == publisher
    assert state.current_task_state.task.name == "Fact check"
    assert state.current_task_state.revision_id == draft.live_revision_id


def test_the_reason_is_in_the_page_history_and_the_publishing_report(client, myth, urgent):
    entry = PageLogEntry.objects.get(page=myth, action=LOG_ACTION)
    assert entry.comment == REASON
    assert entry.revision_id == urgent.revision_id
    history = client.get(reverse("wagtailadmin_pages:history", args=[myth.pk]))
    assert REASON in history.content.decode()
    report = client.get(reverse("publishing_actions_report"), {"action": LOG_ACTION})
    content = report.content.decode()
    assert REASON in content and "Published urgently" in content


def test_readers_see_the_notice_in_every_language_until_the_fact_check_approves(
    client, myth, arabic_myth, urgent, fact_checker, second_publisher
):
    client.logout()
    for page, language in ((myth, "sv"), (arabic_myth, "ar")):
        assert NOTICE[language] in client.get(page.get_url()).content.decode()

    client.force_login(fact_checker)
    approve(client, myth)
    urgent.refresh_from_db()
    assert urgent.completed_at is not None
    client.logout()
    for page, language in ((myth, "sv"), (arabic_myth, "ar")):
        response = client.get(page.get_url())
        assert response.status_code == 200
        assert NOTICE[language] not in response.content.decode()

    # The workflow then ends as every review does: another Publisher's approval.
    client.force_login(second_publisher)
    approve(client, myth)
    myth.refresh_from_db()
    assert myth.current_workflow_state is None and myth.live


def test_a_fact_checkers_correction_closes_it_once_published(
    client, make_user, myth, urgent, fact_checker, second_publisher
):
    """A Fact checker corrects the page while checking it; a colleague
    approves: the check starts again on the correction (an approval counts for
    the version it was given to), and the notice stays until the workflow
    publishes the checked correction."""
    myth.short_fact = "Rättad av faktagranskaren."
    myth.save_revision(user=fact_checker)
    client.force_login(make_user("factchecker-two", EditorialRole.FACT_CHECKERS))
    approve(client, myth)
    urgent.refresh_from_db()
    assert urgent.completed_at is None
    approve(client, myth)
    assert current_task_state(myth).task.name == "Publisher approval"
    urgent.refresh_from_db()
    assert urgent.completed_at is None
    client.force_login(second_publisher)
    approve(client, myth)
    urgent.refresh_from_db()
    myth.refresh_from_db()
    assert urgent.completed_at is not None
    assert myth.short_fact == "Rättad av faktagranskaren."


def test_no_second_urgent_publication_while_the_fact_check_is_open(
    client, publisher, second_publisher, myth, urgent
):
    myth.save_revision(user=publisher)
    for user in (publisher, second_publisher):
        client.force_login(user)
        assert publish_urgently_url(myth) not in client.get(edit_url(myth)).content.decode()
        assert refused(client.post(publish_urgently_url(myth), {"reason": REASON}))
    assert UrgentPublication.objects.count() == 1


@pytest.mark.parametrize("action", ["action-cancel-workflow", "action-restart-workflow"])
def test_nobody_cancels_the_fact_check_after_an_urgent_publication(
    client, publisher, make_user, myth, urgent, action
):
    superuser = make_user("admin", is_superuser=True, is_staff=True)
    state = myth.current_workflow_state
    for user in (publisher, superuser):
        client.force_login(user)
        assert f'name="{action}"' not in client.get(edit_url(myth)).content.decode()
        response = client.post(edit_url(myth), {action: "1"}, follow=True)
        assert "kan inte avbrytas" in response.content.decode()
        state.refresh_from_db()
        assert state.status == state.STATUS_IN_PROGRESS
        assert current_task_state(myth).task.name == "Fact check"


def test_the_workflow_can_be_cancelled_again_once_checked(client, publisher, myth, urgent):
    UrgentPublication.objects.update(completed_at=timezone.now())
    client.force_login(publisher)
    assert 'name="action-cancel-workflow"' in client.get(edit_url(myth)).content.decode()


def test_other_page_types_have_no_urgent_lane(client, publisher, make_forecast, source_home):
    client.force_login(publisher)
    forecast = make_forecast("prognos", "2026-02-01")
    forecast.save_revision(user=publisher)
    for page in (forecast, source_home):
        assert publish_urgently_url(page) not in client.get(edit_url(page)).content.decode()
        assert refused(client.post(publish_urgently_url(page), {"reason": REASON}))
    assert not UrgentPublication.objects.exists()


def test_overdue_fact_checks_are_on_the_dashboard_and_in_the_report(
    client, settings, myth, urgent, second_publisher
):
    settings.SAMLA_URGENT_AFTER_CHECK_HOURS = 24
    client.force_login(second_publisher)
    UrgentPublication.objects.update(published_at=timezone.now() - datetime.timedelta(hours=23))
    assert (
        "overdue-urgent-fact-checks"
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    report = client.get(reverse("publishing_actions_report")).content.decode()
    assert "Fact check overdue" not in report

    UrgentPublication.objects.update(published_at=timezone.now() - datetime.timedelta(hours=25))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "overdue-urgent-fact-checks" in dashboard and myth.title in dashboard
    report = client.get(reverse("publishing_actions_report")).content.decode()
    assert f"Fact check overdue: {myth.title}" in report

    UrgentPublication.objects.update(completed_at=timezone.now())
    assert (
        "overdue-urgent-fact-checks"
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


def test_the_last_good_copy_follows_the_notice(
    client, publisher, fact_checker, myth, django_capture_on_commit_callbacks
):
    """A copy served while the database is down (home/caching/stale_copies.py)
    shows the notice exactly when the live page does."""
    path = myth.get_url()
    copy = lambda: stale_copy_response(RequestFactory().get(path))  # noqa: E731
    client.get(path)
    assert NOTICE["sv"] not in copy().content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        publish_urgently(client, publisher, myth)
    assert copy() is None
    client.logout()
    client.get(path)
    assert NOTICE["sv"] in copy().content.decode()

    client.force_login(fact_checker)
    with django_capture_on_commit_callbacks(execute=True):
        approve(client, myth)
    assert copy() is None
    client.logout()
    client.get(path)
    assert NOTICE["sv"] not in copy().content.decode()
    assert MythPage.objects.get(pk=myth.pk).live
