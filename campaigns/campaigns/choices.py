"""A campaign's status. Outside the models so that the public catalogue picks it up."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CampaignStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    FINISHED = "finished", _("Finished")
