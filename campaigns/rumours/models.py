"""Rumours residents report through the public form, and their inbox status."""

import datetime

from django.conf import settings
from django.db import models
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel

from campaigns.myths.models import MythPage
from campaigns.rumours.choices import HeardWhere, rumour_language_choices
from campaigns.rumours.panels import DuplicatesPanel
from home.municipalities.models import SentToMunicipality


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

    def waiting(self):
        """Reports whose answer is not live in the reporter's language yet
        (dismissed ones wait for nothing)."""
        return self.exclude(status=ReportStatus.DISMISSED).filter(
            answer_live_in_reporter_language_at__isnull=True
        )

    def with_email_older_than(self, days):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        return self.filter(created_at__lt=cutoff).exclude(email="")


class RumourReport(SentToMunicipality):
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
    # Time to answer (campaigns/rumours/replies.py): each set once, when it first happens.
    answer_live_in_swedish_at = models.DateTimeField(
        _("answer live in Swedish"), null=True, blank=True, editable=False
    )
    answer_live_in_reporter_language_at = models.DateTimeField(
        _("answer live in the reporter's language"), null=True, blank=True, editable=False
    )
    replied_at = models.DateTimeField(_("reply e-mailed"), null=True, blank=True, editable=False)
    reply_answer_language = models.CharField(
        _("language of the answer the reply links to"),
        max_length=10,
        choices=settings.LANGUAGES,
        blank=True,
        editable=False,
    )

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
        DuplicatesPanel(heading=_("Duplicates")),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("rumour report")
        verbose_name_plural = _("rumour reports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.text[:60]

    @property
    def reporter_language(self):
        """The language of the report: the one the reporter read the form in.
        They have shown they read it, and it is always a content language; the
        rumour's own language may be "another language", or one they only heard."""
        return self.site_language or settings.LANGUAGE_CODE

    def answer_with(self, page):
        """`page` answers this report: answered once the page is live, until
        then being investigated (its answer is being written and checked)."""
        self.answered_by = page
        self.status = ReportStatus.ANSWERED if page.live else ReportStatus.INVESTIGATING


@receiver(pre_delete, sender=MythPage, dispatch_uid="samla_reopen_answered_reports")
def reopen_reports_of_deleted_answer(sender, instance, **kwargs):
    """A deleted answer leaves its reports waiting for a new one (answered_by
    is set to null by the foreign key), never marked answered by nothing."""
    RumourReport.objects.filter(answered_by=instance).exclude(status=ReportStatus.DISMISSED).update(
        status=ReportStatus.NEW
    )
