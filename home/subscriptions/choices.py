"""What readers can subscribe to; a page type names its topic in
`subscription_topic`."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubscriptionTopic(models.TextChoices):
    """What readers can subscribe to; a page type names its topic in
    `subscription_topic`."""

    MYTHS = "myths", _("New answers to rumours")
    FORECASTS = "forecasts", _("New forecasts")
    STORIES = "stories", _("New good-practice stories")
