"""E-mail to communicators about new rumour reports. It goes through the
outbox (home/outbox/delivery.py): queued with the report, delivered after the commit
and retried until the mail server accepts it, so a failing mail server loses
neither the report nor the notice."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation

from home.editorial.models import EditorialRole
from home.site_address import absolute_url


def notify_new_report(report):
    recipients = report.municipality.addresses_of(EditorialRole.COMMUNICATORS)
    if not recipients:
        return False
    inbox_url = absolute_url(reverse("rumour_reports:edit", args=[report.pk]))
    # The reporter's e-mail address stays in the admin, not in mailboxes.
    with translation.override(settings.LANGUAGE_CODE):
        body = (
            f"Ett nytt rykte har rapporterats på Samla / A new rumour was reported:\n\n"
            f"{report.text}\n\n"
            f"Språk / Language: {report.get_language_display()}\n"
            f"Var / Where: {report.get_heard_where_display() or '-'}\n\n"
            f"{inbox_url}\n"
        )
    send_mail(
        "Samla: nytt rykte rapporterat / new rumour reported",
        body,
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )
    return True
