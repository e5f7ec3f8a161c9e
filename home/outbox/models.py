from datetime import timedelta
from email.utils import getaddresses

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueuedEmailQuerySet(models.QuerySet):
    def failed(self):
        """Messages the mail server has refused at least once."""
        return self.exclude(last_error="")

    def older_than(self, days):
        return self.filter(created_at__lt=timezone.now() - timedelta(days=days))

    def for_address(self, email):
        """Messages to, copied or replying to one e-mail address, in any letter
        case. Matched in Python: addresses may carry display names, and the
        outbox only ever holds what is not delivered yet."""
        email = email.strip().lower()
        return [queued for queued in self if email in queued.recipient_addresses()]


class QueuedEmail(models.Model):
    """An e-mail on its way out, as it will be sent (home/outbox/delivery.py): written
    with the event that causes it, deleted as soon as the mail server accepts
    it."""

    subject = models.TextField(_("subject"))
    body = models.TextField()
    html_body = models.TextField(blank=True)
    from_email = models.TextField()
    #: {"to": [...], "cc": [...], "bcc": [...], "reply_to": [...]}
    addresses = models.JSONField()
    headers = models.JSONField(default=dict)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now, db_index=True)
    #: set while one process sends it, so no other sends it too
    sending_until = models.DateTimeField(null=True, blank=True)

    objects = QueuedEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("queued e-mail")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.subject

    def recipient_addresses(self):
        kinds = ("to", "cc", "bcc", "reply_to")
        named = [address for kind in kinds for address in self.addresses.get(kind, [])]
        return {address.lower() for _name, address in getaddresses(named)}
