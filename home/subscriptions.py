"""E-mail subscriptions: double opt-in, one e-mail per first publication in
the reader's language, one-click unsubscribe that deletes the address."""

import logging
import time

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from django_tasks import task

from home.models import Subscription

logger = logging.getLogger("samla.subscriptions")

SEND_ATTEMPTS = 3
RETRY_DELAY_SECONDS = 2


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_with_retries(message, description):
    """Sends `message`, trying again a few times; a final failure is logged, never raised."""
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            message.send()
            return True
        except Exception:
            if attempt == SEND_ATTEMPTS:
                logger.exception("Could not send %s after %d attempts", description, attempt)
                return False
            logger.warning("Sending %s failed (attempt %d), retrying", description, attempt)
            time.sleep(RETRY_DELAY_SECONDS * attempt)
    return False


def confirmation_message(subscriptions):
    """One e-mail confirming all of a reader's new subscriptions in one language."""
    first = subscriptions[0]
    language = first.locale.language_code
    with translation.override(language):
        context = {
            "topics": [subscription.get_topic_display() for subscription in subscriptions],
            "confirm_url": absolute(reverse("subscription_confirm", args=[first.token])),
        }
        return EmailMessage(
            subject=_("Confirm your subscription to Samla"),
            body=render_to_string("home/email/confirm_subscription.txt", context),
            to=[first.email],
        )


def new_page_message(subscription, page):
    with translation.override(subscription.locale.language_code):
        unsubscribe_url = absolute(reverse("subscription_unsubscribe", args=[subscription.token]))
        body = render_to_string(
            "home/email/new_page.txt",
            {
                "page": page,
                "page_url": page.get_full_url(),
                "topic": subscription.get_topic_display(),
                "unsubscribe_url": unsubscribe_url,
            },
        )
        return EmailMessage(
            subject=_("New on Samla: %(title)s") % {"title": page.title},
            body=body,
            to=[subscription.email],
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )


@task()
def send_confirmation(subscription_ids):
    """The confirmation e-mail for a reader's new, still unconfirmed subscriptions."""
    subscriptions = list(
        Subscription.objects.filter(pk__in=subscription_ids, confirmed_at__isnull=True)
        .select_related("locale")
        .order_by("pk")
    )
    if not subscriptions:
        return False
    return send_with_retries(confirmation_message(subscriptions), "subscription confirmation")


@task()
def notify_subscribers(page_id):
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    subscriptions = Subscription.objects.filter(
        topic=page.subscription_topic, locale_id=page.locale_id, confirmed_at__isnull=False
    ).select_related("locale")
    return sum(
        send_with_retries(
            new_page_message(subscription, page), f"new-page e-mail for page {page.pk}"
        )
        for subscription in subscriptions.iterator()
    )


def is_first_publication(page):
    return page.first_published_at is not None and page.first_published_at == page.last_published_at
