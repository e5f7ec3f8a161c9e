"""Vocabularies readers see (verdicts, form choices, statuses). They live
outside the models so that the public catalogues (campaigns/locale) pick them up."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Verdict(models.TextChoices):
    FALSE = "false", _("False")
    MISLEADING = "misleading", _("Misleading")
    PARTLY_TRUE = "partly_true", _("Partly true")
    TRUE = "true", _("True")
    UNPROVEN = "unproven", _("Unproven")


# schema.org ClaimReview ratings: 1 (false) to 5 (true); unproven sits in the middle.
VERDICT_RATINGS = {
    Verdict.FALSE: 1,
    Verdict.MISLEADING: 2,
    Verdict.UNPROVEN: 3,
    Verdict.PARTLY_TRUE: 4,
    Verdict.TRUE: 5,
}


class HeardWhere(models.TextChoices):
    SOCIAL_MEDIA = "social_media", _("Social media")
    MESSAGING = "messaging", _("A chat or messaging app")
    PEOPLE = "people", _("From people I know")
    SCHOOL_WORK = "school_work", _("At school or work")
    NEWS = "news", _("In the news")
    MEETING = "meeting", _("At a meeting or event")
    OTHER = "other", _("Somewhere else")


OTHER_LANGUAGE = "other"


def rumour_language_choices():
    """The content languages, each named in itself, and "another language"."""
    return [*settings.LANGUAGES, (OTHER_LANGUAGE, _("Another language"))]


class CampaignStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ACTIVE = "active", _("Active")
    FINISHED = "finished", _("Finished")
