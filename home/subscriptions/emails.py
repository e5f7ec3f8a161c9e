"""E-mail subscriptions: double opt-in, one e-mail per first publication in
the reader's language (of a filtered subscription: only when the page belongs
to its view), one-click unsubscribe that deletes the address."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from django_tasks import task

from home.models import Subscription
from home.municipalities.models import Municipality
from home.outbox.delivery import send_now
from home.site_address import absolute_url
from home.subscriptions.topic_filters import describe, matching_filters


def confirmation_message(subscriptions):
    """One e-mail confirming all of a reader's new subscriptions in one language."""
    first = subscriptions[0]
    language = first.locale.language_code
    with translation.override(language):
        context = {
            "topics": [
                (
                    subscription.get_topic_display(),
                    describe(subscription.topic, subscription.filters, subscription.locale),
                )
                for subscription in subscriptions
            ],
            "confirm_url": absolute_url(reverse("subscription_confirm", args=[first.token])),
        }
        return EmailMessage(
            subject=_("Confirm your subscription to Samla"),
            body=render_to_string("home/email/confirm_subscription.txt", context),
            to=[first.email],
        )


def new_page_message(subscription, page, filters):
    """`filters`: the subscription's filters as `describe` names them."""
    with translation.override(subscription.locale.language_code):
        unsubscribe_url = absolute_url(
            reverse("subscription_unsubscribe", args=[subscription.token])
        )
        body = render_to_string(
            "home/email/new_page.txt",
            {
                "page": page,
                "page_url": page.get_full_url(),
                "topic": subscription.get_topic_display(),
                "filters": filters,
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
    return send_now(confirmation_message(subscriptions))


@task()
def notify_subscribers(page_id):
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    # Those who subscribed on the site of the municipality that published it.
    subscriptions = Subscription.objects.filter(
        municipality=Municipality.of_page(page),
        topic=page.subscription_topic,
        locale_id=page.locale_id,
        confirmed_at__isnull=False,
    )
    # Each filtered view is checked once, however many readers follow it.
    matching = matching_filters(page, subscriptions.values_list("filters", flat=True).distinct())
    subscriptions = subscriptions.filter(filters__in=matching).select_related("locale")
    with translation.override(page.locale.language_code):
        descriptions = {
            filters: describe(page.subscription_topic, filters, page.locale) for filters in matching
        }
    return sum(
        send_now(new_page_message(subscription, page, descriptions[subscription.filters]))
        for subscription in subscriptions.iterator()
    )


def is_first_publication(page):
    return page.first_published_at is not None and page.first_published_at == page.last_published_at
