import secrets
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.municipalities.models import SentToMunicipality
from home.subscriptions.choices import SubscriptionTopic


def new_token():
    return secrets.token_urlsafe(32)


class SubscriptionQuerySet(models.QuerySet):
    def for_address(self, email):
        """Subscriptions of one e-mail address, in any letter case."""
        return self.filter(email__iexact=email)

    def unconfirmed_older_than(self, days):
        """Sign-ups whose confirmation link was sent more than `days` days ago
        and never followed."""
        cutoff = timezone.now() - timedelta(days=days)
        return self.filter(confirmed_at__isnull=True, created_at__lt=cutoff)


class Subscription(SentToMunicipality):
    """One reader's wish for an e-mail when something new is published in a
    topic, by one municipality (whose site they subscribed on), in one
    language, optionally only what matches a filtered view of the topic's
    listing (`filters`). Unconfirmed until the link in the
    confirmation e-mail is followed; unsubscribing deletes the row (and the
    address)."""

    email = models.EmailField(_("e-mail"))
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    topic = models.CharField(_("topic"), max_length=20, choices=SubscriptionTopic.choices)
    #: the filtered view subscribed to, as a normalised query string of the
    #: topic's listing (home/subscriptions/topic_filters.py); empty: everything new
    filters = models.CharField(_("filters"), max_length=500, blank=True, default="")
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscription")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "municipality", "locale", "topic", "filters"],
                name="one_subscription_per_municipality_and_filtered_view",
            )
        ]

    def __str__(self):
        return f"{self.topic} ({self.locale_id})"
