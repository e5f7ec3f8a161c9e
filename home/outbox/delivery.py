"""Every e-mail Samla sends goes through the outbox, so a mail server that is
down or refuses loses nothing and holds up nobody.

`OutboxBackend` is the `EMAIL_BACKEND`: Wagtail's workflow notifiers, the
rumour notice, subscription e-mails and Django's password reset all write
their messages as `QueuedEmail` rows in the transaction of the event that
causes them. After the commit a task hands them to the real mail server
(`SAMLA_EMAIL_DELIVERY_BACKEND`) and deletes each row the server accepts, so
no address or text is kept after sending. A refused message waits 1, 2,
4 … 60 minutes between attempts; `manage.py send_queued_email` (every minute
from a timer) retries what is due, and superusers see what is waiting under
Settings → Undelivered e-mail, with a "Send now" button."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import make_msgid
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from django_tasks import task

from home.models import QueuedEmail

logger = logging.getLogger("samla.outbox")

# Longer than one delivery can take (EMAIL_TIMEOUT per connection step): a
# process that dies while sending leaves the message to others after this.
SENDING_LEASE = timedelta(minutes=10)
LONGEST_RETRY_DELAY_MINUTES = 60


def retry_delay(attempts):
    return timedelta(minutes=min(2 ** min(attempts - 1, 6), LONGEST_RETRY_DELAY_MINUTES))


def queue(messages):
    """Writes the messages to the outbox (in the caller's transaction) and
    returns their ids."""
    rows = []
    with transaction.atomic():  # a savepoint: a failed write leaves the caller's transaction usable
        for message in messages:
            alternatives = list(getattr(message, "alternatives", []))
            if (
                message.attachments
                or message.content_subtype != "plain"
                or any(kind != "text/html" for _content, kind in alternatives)
            ):
                raise ValueError("The outbox keeps a text body and an HTML alternative only.")
            # One Message-ID for every attempt lets mail programs drop a duplicate.
            headers = {"Message-ID": make_msgid(domain=DNS_NAME), **message.extra_headers}
            rows.append(
                QueuedEmail.objects.create(
                    subject=message.subject,
                    body=message.body,
                    html_body=next((content for content, _kind in alternatives), ""),
                    from_email=message.from_email,
                    addresses={
                        "to": message.to,
                        "cc": message.cc,
                        "bcc": message.bcc,
                        "reply_to": message.reply_to,
                    },
                    headers=headers,
                )
            )
    return [row.pk for row in rows]


class OutboxBackend(BaseEmailBackend):
    """Queues instead of sending; the messages leave once the transaction
    that wrote them commits."""

    def send_messages(self, email_messages):
        try:
            ids = queue(email_messages)
        except Exception:
            if not self.fail_silently:
                raise
            return 0
        # robust: a task queue that is down must not fail the committed
        # request; the timer delivers these rows then.
        transaction.on_commit(lambda: deliver_queued_email.enqueue(ids), robust=True)
        return len(ids)


def as_message(queued):
    message = EmailMultiAlternatives(
        queued.subject,
        queued.body,
        queued.from_email,
        headers=queued.headers,
        connection=get_connection(settings.SAMLA_EMAIL_DELIVERY_BACKEND),
        **queued.addresses,
    )
    if queued.html_body:
        message.attach_alternative(queued.html_body, "text/html")
    return message


def deliver(queued_id, ignore_backoff=False):
    """Sends one queued message unless it is not due or another process is
    sending it; deletes it once the mail server has accepted it. Returns
    whether it was delivered."""
    now = timezone.now()
    claimable = QueuedEmail.objects.filter(pk=queued_id).exclude(sending_until__gt=now)
    if not ignore_backoff:
        claimable = claimable.filter(next_attempt_at__lte=now)
    if not claimable.update(sending_until=now + SENDING_LEASE, attempts=F("attempts") + 1):
        return False
    queued = QueuedEmail.objects.get(pk=queued_id)
    try:
        as_message(queued).send()
    except Exception as error:
        logger.exception(
            "Could not deliver queued e-mail %s (attempt %d)", queued.pk, queued.attempts
        )
        QueuedEmail.objects.filter(pk=queued.pk).update(
            sending_until=None,
            last_error=f"{type(error).__name__}: {error}",
            next_attempt_at=timezone.now() + retry_delay(queued.attempts),
        )
        return False
    queued.delete()
    return True


@task()
def deliver_queued_email(queued_ids):
    return sum(deliver(queued_id) for queued_id in queued_ids)


def send_now(message):
    """For tasks, which already run after their event was committed: queues
    the message and delivers it at once. Returns whether it was delivered;
    if not, it stays queued for the retries."""
    [queued_id] = queue([message])
    return deliver(queued_id)


def deliver_due(ignore_backoff=False):
    """Delivers every queued message whose next attempt is due (every one
    with `ignore_backoff`); returns how many were delivered."""
    due = QueuedEmail.objects.all()
    if not ignore_backoff:
        due = due.filter(next_attempt_at__lte=timezone.now())
    queued_ids = list(due.values_list("pk", flat=True))
    return sum(deliver(queued_id, ignore_backoff) for queued_id in queued_ids)
