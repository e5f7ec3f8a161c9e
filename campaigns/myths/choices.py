"""Verdicts and their schema.org ratings. Outside the models so that the
public catalogue picks them up."""

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
