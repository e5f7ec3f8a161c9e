"""Where a rumour was heard and in which language. Outside the models so
that the public catalogue picks them up."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


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
