from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.choices import County
from home.municipalities.models import SentToMunicipality


class ExampleSuggestionQuerySet(models.QuerySet):
    def for_address(self, email):
        """Suggestions whose contact e-mail address is `email`, in any letter case."""
        return self.filter(contact_email__iexact=email)

    def with_contact_details_older_than(self, days):
        """Suggestions received more than `days` days ago that still name a
        contact person or carry their e-mail address."""
        cutoff = timezone.now() - timedelta(days=days)
        return self.filter(created_at__lt=cutoff).exclude(contact_name="", contact_email="")


class ExampleSuggestion(SentToMunicipality):
    """A good-practice example proposed through the public form; a
    communicator turns it into a draft story, which then goes through review."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        DRAFTED = "drafted", _("Draft story created")
        DECLINED = "declined", _("Declined")

    organisation = models.CharField(_("organisation"), max_length=200)
    county = models.CharField(_("county"), max_length=2, choices=County.choices, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    what_was_done = models.TextField(_("what was done"), max_length=3000)
    for_whom = models.TextField(_("for whom"), max_length=1000)
    links = models.TextField(_("links"), max_length=1000, blank=True)
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    story = models.ForeignKey(
        "stories.StoryPage",
        verbose_name=_("draft story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    objects = ExampleSuggestionQuerySet.as_manager()

    # What the reader fills in: the public form's fields, shown first in the inbox.
    suggested_fields = [
        "organisation",
        "county",
        "contact_name",
        "contact_email",
        "what_was_done",
        "for_whom",
        "links",
    ]

    class Meta:
        verbose_name = _("example suggestion")
        verbose_name_plural = _("example suggestions")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.organisation}: {self.what_was_done[:60]}"
