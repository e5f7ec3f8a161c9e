"""The legal bases (GDPR article 6) the privacy notice names (home/privacy/registry.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LegalBasis(models.TextChoices):
    CONSENT = "consent", _("your consent (GDPR article 6.1 a)")
    PUBLIC_TASK = "public_task", _("a task in the public interest (GDPR article 6.1 e)")
    LEGITIMATE_INTEREST = (
        "legitimate_interest",
        _("our legitimate interest in keeping the service secure (GDPR article 6.1 f)"),
    )
    AS_THE_MESSAGE = "as_the_message", _("the same as that of the e-mail itself")
