from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from wagtail.models import Locale

from home.models import QueuedEmail, Subscription
from home.municipalities.models import municipality_of_request
from home.security.origin import origin_checked
from home.security.ratelimit import rate_limited
from home.subscriptions.emails import send_confirmation
from home.subscriptions.forms import SubscribeForm
from home.subscriptions.topic_filters import view_filters

SUBSCRIBE_LIMIT_PER_HOUR = 10


@origin_checked
def subscribe(request):
    """The subscribe form; with one topic and its listing's filters in the
    address (the story library's "E-mail" link), a subscription to exactly
    that filtered view, named in plain words."""
    topics = request.GET.getlist("topic")
    view = view_filters(topics[0], request.GET, Locale.get_active()) if len(topics) == 1 else None
    form = SubscribeForm(request.POST or None, initial={"topics": topics})
    if view is not None and view.query_string:
        form.only_topic(topics[0])
    else:
        view = None
    context = {"form": form, "view_filters": view, "left_out": view.left_out if view else []}
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(request, "home/subscribe.html", context)
    if refusal := rate_limited(request, "subscribe", SUBSCRIBE_LIMIT_PER_HOUR):
        return refusal
    if not form.is_spam():
        _subscribe(
            form.cleaned_data["email"].strip().lower(),
            form.cleaned_data["topics"],
            municipality_of_request(request),
            filters=view.query_string if view else "",
        )
    # The same answer whether the address was new, pending or already confirmed.
    return redirect("subscription_requested")


def _subscribe(email, topics, municipality, filters=""):
    locale = Locale.get_active()
    pending = []
    # All topics or none: a database failure midway leaves no partial sign-up.
    with transaction.atomic():
        for topic in topics:
            try:
                with transaction.atomic():
                    subscription, _created = Subscription.objects.get_or_create(
                        email=email,
                        municipality=municipality,
                        locale=locale,
                        topic=topic,
                        filters=filters,
                    )
            except IntegrityError:  # a simultaneous sign-up created it
                subscription = Subscription.objects.get(
                    email=email,
                    municipality=municipality,
                    locale=locale,
                    topic=topic,
                    filters=filters,
                )
            if subscription.confirmed_at is None:
                pending.append(subscription)
    if pending:
        # Unconfirmed sign-ups are deleted UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS
        # after the latest confirmation e-mail, so a resent link keeps working.
        Subscription.objects.filter(pk__in=[row.pk for row in pending]).update(
            created_at=timezone.now()
        )
        send_confirmation.enqueue([subscription.pk for subscription in pending])


def subscription_requested(request):
    return TemplateResponse(request, "home/subscription_requested.html")


@never_cache  # one subscriber's link: never stored by the front-end cache
def confirm(request, token):
    subscription = Subscription.objects.filter(token=token).first()
    if subscription is None:
        return TemplateResponse(request, "home/subscription_link_invalid.html", status=404)
    Subscription.objects.filter(
        email=subscription.email, locale_id=subscription.locale_id, confirmed_at__isnull=True
    ).update(confirmed_at=timezone.now())
    return TemplateResponse(request, "home/subscription_confirmed.html")


@never_cache
@csrf_exempt  # mail programs' one-click unsubscribe (RFC 8058) posts without a session
def unsubscribe(request, token):
    subscription = Subscription.objects.filter(token=token).first()
    if subscription is None:
        return TemplateResponse(request, "home/subscription_link_invalid.html", status=404)
    Subscription.objects.filter(email=subscription.email).delete()
    # Nor is anything still waiting in the outbox sent to the address.
    QueuedEmail.objects.filter(
        pk__in=[queued.pk for queued in QueuedEmail.objects.for_address(subscription.email)]
    ).delete()
    return TemplateResponse(request, "home/unsubscribed.html")
