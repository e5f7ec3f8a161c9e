"""Workflow e-mails: reviewers hear when a task waits for them, submitters
when their page is approved or sent back; a broken mail server never stops
or undoes a workflow step, and its e-mails wait in the outbox
(tests/home/test_outbox.py follows them until they are delivered)."""

import logging

from django.core import mail

from wagtail.models import WorkflowPage

import pytest

from home.editorial.models import role_workflow
from home.models import EditorialRole, QueuedEmail, ReviewWorkflow
from tests.home.editorial_helpers import (
    add_draft,
    closed_port,
    edit_post,
    smtp_server_answering,
    workflow_action,
)

SMTP = "django.core.mail.backends.smtp.EmailBackend"


@pytest.fixture
def second_publisher(make_user):
    return make_user("publisher-two", EditorialRole.PUBLISHERS)


@pytest.fixture
def submitted(client, communicator, publisher, source_home, django_capture_on_commit_callbacks):
    page = add_draft(source_home, user=communicator)
    client.force_login(communicator)
    with django_capture_on_commit_callbacks(execute=True):
        edit_post(client, page, "action-submit")
    return page


def recipients(message):
    return set(message.to)


def test_publishers_get_an_email_when_a_page_waits_for_their_approval(
    second_publisher, submitted, publisher, communicator
):
    waiting = [m for m in mail.outbox if "Publisher approval" in m.subject]

    assert {address for m in waiting for address in m.to} == {
        publisher.email,
        second_publisher.email,
    }
    assert f"/admin/pages/{submitted.pk}/edit/" in waiting[0].body
    assert all(communicator.email not in m.to for m in mail.outbox)


def test_superusers_are_not_sent_every_submission(
    client, make_user, communicator, publisher, source_home, django_capture_on_commit_callbacks
):
    admin = make_user("admin", is_superuser=True)
    page = add_draft(source_home, user=communicator)
    client.force_login(communicator)

    with django_capture_on_commit_callbacks(execute=True):
        edit_post(client, page, "action-submit")

    assert [m.to for m in mail.outbox] == [[publisher.email]]
    assert admin.email


def test_the_submitter_gets_an_email_when_the_page_is_approved(
    client, submitted, publisher, communicator, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(publisher)

    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, submitted, "approve")

    submitted.refresh_from_db()
    assert submitted.live
    [message] = [m for m in mail.outbox if communicator.email in m.to]
    assert "godkänd" in message.subject  # the Swedish admin's "approved"
    assert submitted.title in message.subject


def test_the_submitter_gets_the_reviewers_comment_when_the_page_is_sent_back(
    client, submitted, publisher, communicator, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    client.force_login(publisher)

    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, submitted, "reject", comment="Källan för siffran saknas.")

    submitted.refresh_from_db()
    assert not submitted.live
    assert submitted.current_workflow_state.status == "needs_changes"
    [message] = [m for m in mail.outbox if communicator.email in m.to]
    assert "avvisad" in message.subject  # "rejected"
    assert "Källan för siffran saknas." in message.body


def test_after_the_fact_check_the_publisher_gets_an_email(
    client,
    communicator,
    fact_checker,
    publisher,
    source_home,
    django_capture_on_commit_callbacks,
):
    section = add_draft(source_home, title="Myter", slug="myter")
    WorkflowPage.objects.create(page=section, workflow=role_workflow(ReviewWorkflow.FACT_CHECK))
    page = add_draft(section, title="Påstående", slug="pastaende", user=communicator)
    client.force_login(communicator)
    with django_capture_on_commit_callbacks(execute=True):
        edit_post(client, page, "action-submit")
    assert [m.to for m in mail.outbox] == [[fact_checker.email]]
    mail.outbox.clear()

    client.force_login(fact_checker)
    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "approve")

    assert [m.to for m in mail.outbox] == [[publisher.email]]
    assert "Publisher approval" in mail.outbox[0].subject


def test_when_the_mail_server_is_down_the_submission_still_goes_through_and_is_kept(
    client,
    communicator,
    publisher,
    source_home,
    settings,
    caplog,
    django_capture_on_commit_callbacks,
):
    settings.SAMLA_EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    page = add_draft(source_home, user=communicator)
    client.force_login(communicator)

    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        response = edit_post(client, page, "action-submit")

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == "in_progress"
    assert any(record.levelno >= logging.ERROR for record in caplog.records)
    queued = QueuedEmail.objects.get()
    assert queued.addresses["to"] == [publisher.email]
    assert "Connection refused" in queued.last_error


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_when_the_mail_server_refuses_the_approval_still_publishes_and_is_logged(
    client, communicator, publisher, source_home, settings, caplog
):
    page = add_draft(source_home, user=communicator)
    client.force_login(communicator)
    edit_post(client, page, "action-submit")
    client.force_login(publisher)
    settings.SAMLA_EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST = "127.0.0.1"

    with smtp_server_answering("421 4.3.2 Service not available") as port:
        settings.EMAIL_PORT = port
        with caplog.at_level(logging.ERROR):
            response = workflow_action(client, page, "approve")

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    logged = [r for r in caplog.records if r.name == "samla.outbox"]
    assert logged, "the failed notification must be logged"
    assert "421" in "\n".join(
        logging.Formatter().formatException(r.exc_info) for r in logged if r.exc_info
    )
    assert "421" in QueuedEmail.objects.get().last_error
