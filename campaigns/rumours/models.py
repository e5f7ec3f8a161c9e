"""Rumours residents report through the public form, and their inbox status."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel

from campaigns.rumours.choices import HeardWhere, rumour_language_choices


class ReportStatus(models.TextChoices):
    NEW = "new", _("New")
    INVESTIGATING = "investigating", _("Investigating")
    ANSWERED = "answered", _("Answered")
    DISMISSED = "dismissed", _("Dismissed")


class RumourReportQuerySet(models.QuerySet):
    def new(self):
        return self.filter(status=ReportStatus.NEW)

    def for_address(self, email):
        """Reports that carry the reporter's e-mail address `email`, in any letter case."""
        return self.filter(email__iexact=email)

    def with_email_older_than(self, days):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        return self.filter(created_at__lt=cutoff).exclude(email="")


class RumourReport(models.Model):
    text = models.TextField(_("what was said"), max_length=2000)
    heard_where = models.CharField(
        _("where it was heard"), max_length=20, choices=HeardWhere.choices, blank=True
    )
    language = models.CharField(
        _("language of the rumour"), max_length=10, choices=rumour_language_choices
    )
    site_language = models.CharField(
        _("language of the form"), max_length=10, choices=settings.LANGUAGES, editable=False
    )
    email = models.EmailField(_("e-mail for a reply"), blank=True)
    consent = models.BooleanField(_("consents to a reply by e-mail"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.NEW
    )
    answered_by = models.ForeignKey(
        "campaigns.MythPage",
        verbose_name=_("answered by"),
        help_text=_("The myth page that answers this rumour."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="rumour_reports",
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        help_text=_("The report this one repeats; both are answered by the same page."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    notes = models.TextField(_("internal notes"), blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    objects = RumourReportQuerySet.as_manager()

    panels = [
        FieldPanel("text", read_only=True),
        FieldRowPanel(
            [
                FieldPanel("heard_where", read_only=True),
                FieldPanel("language", read_only=True),
                FieldPanel("email", read_only=True),
            ]
        ),
        FieldPanel("status"),
        PageChooserPanel("answered_by", "campaigns.MythPage"),
        FieldPanel("duplicate_of", read_only=True),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("rumour report")
        verbose_name_plural = _("rumour reports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.text[:60]

    def answer_with(self, page):
        """`page` answers this report: answered once the page is live, until
        then being investigated (its answer is being written and checked)."""
        self.answered_by = page
        self.status = ReportStatus.ANSWERED if page.live else ReportStatus.INVESTIGATING
