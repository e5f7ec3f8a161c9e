"""The outbox (home/outbox/delivery.py): while the mail server is down, workflow steps
and rumour reports go through and their e-mails wait, listed for superusers
only; once the server is back the retry delivers every one, exactly once.
The mail server is a real SMTP server on loopback (aiosmtpd) that the tests
stop and start."""

import socket
from datetime import timedelta
from email import message_from_bytes, policy
from io import StringIO

from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

import pytest
from aiosmtpd.controller import Controller

from campaigns.models import RumourReport
from home.models import QueuedEmail
from home.outbox.delivery import deliver, queue
from tests.home.editorial_helpers import add_draft, edit_post, workflow_action
from tests.utils import refused

SMTP = "django.core.mail.backends.smtp.EmailBackend"
LIST_URL = "/admin/undelivered-email/"


class Collector:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


class MailServer:
    """A real SMTP server on one loopback port, stopped and started again."""

    def __init__(self):
        self.collector = Collector()
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.controller = None

    @property
    def received(self):
        return self.collector.messages

    def start(self):
        self.controller = Controller(self.collector, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def mail_server(settings):
    server = MailServer()
    server.start()
    settings.SAMLA_EMAIL_DELIVERY_BACKEND = SMTP
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 2
    yield server
    server.stop()


@pytest.fixture
def superuser(make_user):
    return make_user("root", is_superuser=True)


def send_queued_email(*args):
    out = StringIO()
    call_command("send_queued_email", *args, stdout=out)
    return out.getvalue().strip()


def a_minute_later():
    """The first retry is due a minute after the failure."""
    QueuedEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))


def test_nothing_written_during_an_outage_is_lost_and_each_e_mail_arrives_once(
    client,
    communicator,
    publisher,
    superuser,
    source_home,
    mail_server,
    django_capture_on_commit_callbacks,
):
    mail_server.stop()
    rejected = add_draft(
        source_home, title="Sida som skickas tillbaka", slug="a", user=communicator
    )
    approved = add_draft(source_home, title="Sida som godkänns", slug="b", user=communicator)

    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(communicator)
        assert edit_post(client, rejected, "action-submit").status_code == 302
        assert edit_post(client, approved, "action-submit").status_code == 302
        client.force_login(publisher)
        assert (
            workflow_action(client, rejected, "reject", comment="Källa saknas.").status_code == 302
        )
        assert workflow_action(client, approved, "approve").status_code == 302
        resident = Client()
        report = {"text": "Ett rykte", "heard_where": "people", "language": "sv", "website": ""}
        assert resident.post("/sv/report-a-rumour/", report).status_code == 302

    rejected.refresh_from_db()
    approved.refresh_from_db()
    assert rejected.current_workflow_state.status == "needs_changes"
    assert approved.live
    assert RumourReport.objects.get().text == "Ett rykte"
    waiting = list(QueuedEmail.objects.all())
    expected = [
        (publisher.email, rejected.title),
        (publisher.email, approved.title),
        (communicator.email, rejected.title),
        (communicator.email, approved.title),
        (communicator.email, "nytt rykte"),
    ]
    assert [(queued.addresses["to"], queued.attempts) for queued in waiting] == [
        ([to], 1) for to, _about in expected
    ]
    assert all(
        about in queued.subject for queued, (_to, about) in zip(waiting, expected, strict=True)
    )
    assert all("Connection refused" in queued.last_error for queued in waiting)
    assert not mail_server.received

    client.force_login(superuser)
    listing = client.get(LIST_URL).content.decode()
    for queued in waiting:
        assert escape(queued.subject) in listing
    assert "ConnectionRefusedError" in listing

    mail_server.start()
    assert send_queued_email() == "Delivered 0; 5 still queued."  # the back-off is not over
    a_minute_later()
    assert send_queued_email() == "Delivered 5; 0 still queued."
    assert send_queued_email("--all") == "Delivered 0; 0 still queued."

    received = [(message["To"], message["Subject"]) for message in mail_server.received]
    assert len(received) == 5
    assert all(
        to == address and about in subject
        for (to, subject), (address, about) in zip(received, expected, strict=True)
    )
    assert "Källa saknas." in mail_server.received[2].get_body(("plain",)).get_content()
    assert len({message["Message-ID"] for message in mail_server.received}) == 5
    assert "All e-post har levererats." in client.get(LIST_URL).content.decode()


def test_a_failed_message_waits_longer_after_each_attempt(mail_server, db):
    mail_server.stop()
    [queued_id] = queue([EmailMessage("Hej", "Text", to=["a@example.org"])])
    waits = []
    for _attempt in range(8):
        started = timezone.now()
        assert not deliver(queued_id, ignore_backoff=True)
        queued = QueuedEmail.objects.get(pk=queued_id)
        waits.append(round((queued.next_attempt_at - started).total_seconds() / 60))

    assert waits == [1, 2, 4, 8, 16, 32, 60, 60]
    assert queued.attempts == 8
    assert queued.sending_until is None


def test_a_message_being_sent_is_not_sent_again_by_another_process(mail_server, db):
    [queued_id] = queue([EmailMessage("Hej", "Text", to=["a@example.org"])])
    # Another process has claimed it and is talking to the mail server.
    QueuedEmail.objects.filter(pk=queued_id).update(
        sending_until=timezone.now() + timedelta(minutes=5)
    )

    assert not deliver(queued_id)
    assert not deliver(queued_id, ignore_backoff=True)
    assert send_queued_email("--all") == "Delivered 0; 1 still queued."
    assert not mail_server.received


def test_a_superuser_sends_a_waiting_message_now_or_deletes_it(
    client, superuser, mail_server, django_capture_on_commit_callbacks
):
    mail_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        EmailMessage("Första", "Text", to=["a@example.org"]).send()
        EmailMessage("Andra", "Text", to=["b@example.org"]).send()
    first, second = QueuedEmail.objects.all()
    client.force_login(superuser)

    dashboard = client.get("/admin/").content.decode()
    assert "E-postservern har avvisat 2 e-postmeddelanden" in dashboard
    assert LIST_URL in dashboard  # the panel's link and Settings → Undelivered e-mail

    still_down = client.post(reverse("send_queued_email_now", args=[first.pk]), follow=True)
    assert "Inte skickat: ConnectionRefusedError" in still_down.content.decode()

    mail_server.start()
    sent = client.post(reverse("send_queued_email_now", args=[first.pk]), follow=True)
    assert "Skickat: ”Första”." in sent.content.decode()
    assert [message["Subject"] for message in mail_server.received] == ["Första"]

    client.post(reverse("delete_queued_email", args=[second.pk]))
    assert not QueuedEmail.objects.exists()
    assert "E-postservern har avvisat" not in client.get("/admin/").content.decode()
    assert client.get(reverse("send_queued_email_now", args=[first.pk])).status_code == 405
    assert client.post(reverse("send_queued_email_now", args=[first.pk])).status_code == 404


@pytest.mark.parametrize("role", ["communicator", "fact_checker", "publisher", "translator_ar"])
def test_other_roles_neither_see_nor_send_nor_delete_waiting_messages(client, db, request, role):
    [queued_id] = queue([EmailMessage("Hemligt ämne", "Text", to=["reader@example.org"])])
    QueuedEmail.objects.filter(pk=queued_id).update(last_error="ConnectionRefusedError")
    client.force_login(request.getfixturevalue(role))

    dashboard = client.get("/admin/")
    responses = [
        client.get(LIST_URL),
        client.post(reverse("send_queued_email_now", args=[queued_id])),
        client.post(reverse("delete_queued_email", args=[queued_id])),
    ]

    assert dashboard.status_code == 200
    assert LIST_URL not in dashboard.content.decode()
    assert "E-postservern har avvisat" not in dashboard.content.decode()
    for response in responses:
        assert refused(response)
        assert "reader@example.org" not in response.content.decode()
    assert QueuedEmail.objects.get(pk=queued_id).attempts == 0
    assert not mail.outbox


def test_anonymous_visitors_are_sent_to_the_login_page(client, db):
    [queued_id] = queue([EmailMessage("Hemligt ämne", "Text", to=["reader@example.org"])])

    for response in (
        client.get(LIST_URL),
        client.post(reverse("send_queued_email_now", args=[queued_id])),
        client.post(reverse("delete_queued_email", args=[queued_id])),
    ):
        assert response["Location"].startswith("/admin/login/")
    assert QueuedEmail.objects.get(pk=queued_id).attempts == 0


def test_unsubscribing_also_drops_what_waits_for_the_address(client, db):
    client.post("/sv/subscribe/", {"email": "reader@example.org", "topics": ["myths"]})
    [confirmation] = mail.outbox
    token = confirmation.body.split("/subscribe/confirm/")[1].split("/")[0]
    queue([EmailMessage("Nytt på Samla", "Text", to=["Reader@example.org"])])
    queue([EmailMessage("Till redaktören", "Text", to=["editor@example.org"])])

    client.post(f"/sv/subscribe/stop/{token}/")

    assert [queued.subject for queued in QueuedEmail.objects.all()] == ["Till redaktören"]


# The worker closes database connections between tasks: the test commits for real.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_task_worker_the_request_only_queues_and_the_worker_delivers(
    client, communicator, mail_server, settings
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    report = {"text": "Ett rykte", "heard_where": "people", "language": "sv", "website": ""}

    assert client.post("/sv/report-a-rumour/", report).status_code == 302

    queued = DBTaskResult.objects.get(task_path="home.outbox.delivery.deliver_queued_email")
    assert communicator.email not in str(queued.args_kwargs)  # ids, never addresses
    assert QueuedEmail.objects.count() == 1
    assert not mail_server.received

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert [message["To"] for message in mail_server.received] == [communicator.email]
    assert not QueuedEmail.objects.exists()
