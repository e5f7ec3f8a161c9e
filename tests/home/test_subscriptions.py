from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Locale

import pytest

from home.models import ContentPage, QueuedEmail, Subscription
from tests.utils import publish


@pytest.fixture(autouse=True)
def content_pages_announce_stories(monkeypatch):
    """Story, myth and forecast pages name their topic; a content page stands in here."""
    monkeypatch.setattr(ContentPage, "subscription_topic", "stories", raising=False)


def sign_up(client, email, *topics, language="ar"):
    return client.post(f"/{language}/subscribe/", {"email": email, "topics": list(topics)})


def confirm_link(message):
    return next(line for line in message.body.splitlines() if "/subscribe/confirm/" in line).strip()


def publish_new_page(parent, title, django_capture_on_commit_callbacks):
    page = ContentPage(title=title, slug=title.lower().replace(" ", "-"))
    parent.add_child(instance=page)
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    return page


def test_double_opt_in_then_one_email_per_first_publication_in_the_readers_language(
    client, homes, django_capture_on_commit_callbacks
):
    response = sign_up(client, "Reader@Example.org", "stories")
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "أكّد اشتراكك في سملا"

    publish_new_page(homes["ar"], "Before confirming", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1, "nothing is sent before the link is followed"

    link = confirm_link(mail.outbox[0])
    assert client.get(link.replace("http://testserver", "")).status_code == 200

    page = publish_new_page(homes["ar"], "Sakan", django_capture_on_commit_callbacks)
    publish_new_page(homes["sv"], "Svensk sida", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    message = mail.outbox[1]
    assert message.to == ["reader@example.org"]
    assert message.subject == "جديد في سملا: Sakan"
    assert "/ar/sakan/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://testserver/ar/subscribe/stop/"
    )

    with django_capture_on_commit_callbacks(execute=True):
        publish(page)  # an update is not news
    assert len(mail.outbox) == 2


def test_sign_up_answers_the_same_whether_or_not_the_address_is_known(client, db):
    first = sign_up(client, "known@example.org", "myths")
    Subscription.objects.update(confirmed_at="2026-01-01T00:00Z")
    second = sign_up(client, "known@example.org", "myths")
    third = sign_up(client, "new@example.org", "myths")

    assert first["Location"] == second["Location"] == third["Location"]
    assert client.get(second["Location"]).content == client.get(third["Location"]).content
    assert [message.to for message in mail.outbox] == [["known@example.org"], ["new@example.org"]]


def test_one_click_unsubscribe_deletes_the_address(client, db):
    sign_up(client, "leaving@example.org", "myths", "stories")
    token = Subscription.objects.first().token

    response = client.post(f"/ar/subscribe/stop/{token}/")  # the mail program's one click

    assert response.status_code == 200
    assert not Subscription.objects.filter(email="leaving@example.org").exists()
    assert client.get(f"/ar/subscribe/stop/{token}/").status_code == 404


def test_a_failed_send_stays_queued_without_blocking_the_publish_and_goes_out_later(
    client, homes, settings, django_capture_on_commit_callbacks
):
    Subscription.objects.create(
        email="a@example.org",
        locale=Locale.objects.get(language_code="sv"),
        topic="stories",
        confirmed_at="2026-01-01T00:00Z",
    )
    settings.SAMLA_EMAIL_DELIVERY_BACKEND = "tests.home.broken_mail.BrokenBackend"

    page = publish_new_page(homes["sv"], "Ny sida", django_capture_on_commit_callbacks)

    page.refresh_from_db()
    assert page.live
    queued = QueuedEmail.objects.get()
    assert queued.addresses["to"] == ["a@example.org"]
    assert "mail server unreachable" in queued.last_error

    settings.SAMLA_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_queued_email", "--all", stdout=StringIO())

    assert [message.to for message in mail.outbox] == [["a@example.org"]]
    assert mail.outbox[0].subject == "Nytt på Samla: Ny sida"
    assert not QueuedEmail.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"email": "not-an-address", "topics": ["myths"]},
        {"email": "a@example.org"},
        {"email": "x" * 300 + "@example.org", "topics": ["myths"]},
    ],
)
def test_bad_sign_up_gets_a_clear_message(client, db, data):
    response = client.post("/so/subscribe/", data)
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert not Subscription.objects.exists()


def test_honeypot_and_rate_limit_keep_the_table_bounded(client, db):
    client.post("/sv/subscribe/", {"email": "bot@example.org", "topics": ["myths"], "website": "x"})
    assert not Subscription.objects.exists()

    responses = [sign_up(client, f"flood{number}@example.org", "myths") for number in range(12)]
    assert responses[-1].status_code == 429
    assert Subscription.objects.count() == 9  # the honeypot hit counts against the limit too


def test_admin_shows_counts_but_never_addresses(client, publisher, db):
    sign_up(client, "secret-reader@example.org", "forecasts")
    client.force_login(publisher)
    content = client.get(reverse("subscription_counts_report")).content.decode()
    assert "secret-reader" not in content
    assert "<td>1</td>" in content


# The worker closes database connections between tasks, as it should: the
# test commits for real instead of running inside a transaction.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_task_worker_a_sign_up_only_queues_its_confirmation(client, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    assert sign_up(client, "lina@example.org", "myths").status_code == 302
    assert not mail.outbox  # the reader's request never waits for the mail server
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "home.subscriptions.emails.send_confirmation"
    assert "lina@example.org" not in str(queued.args_kwargs)

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["lina@example.org"]
