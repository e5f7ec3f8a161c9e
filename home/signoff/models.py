"""Partner sign-off: a fact about a partner's work (police, region,
Migrationsverket, an association) is approved by that partner before the
Publisher approves it. The partners of a page are not part of its revisions:
who is asked is decided by the Communicator, not by a version of the text,
and their e-mail addresses can be erased in one place (docs/privacy.md)."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Task, TaskState


class PartnerReviewerQuerySet(models.QuerySet):
    def for_address(self, email):
        """Partner reviewers with the e-mail address `email`, in any letter case."""
        return self.filter(email__iexact=email)

    def idle_for(self, days):
        """Partner reviewers added, and sent no link, in the last `days` days."""
        cutoff = timezone.now() - timedelta(days=days)
        idle = self.alias(last_activity=Coalesce(Max("links__created_at"), "created_at")).filter(
            last_activity__lt=cutoff
        )
        return self.filter(pk__in=idle.values("pk"))


class PartnerReviewer(models.Model):
    """Someone at a partner organisation who signs off a page's facts."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="partner_reviewers")
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200)
    email = models.EmailField(_("e-mail"))
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mail and of the sign-off page."),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = PartnerReviewerQuerySet.as_manager()

    class Meta:
        verbose_name = _("partner reviewer")
        verbose_name_plural = _("partner reviewers")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"


class PartnerLink(models.Model):
    """One signed link, sent to one partner, for one revision at one
    sign-off step. It answers once, until it expires or is revoked."""

    class Decision(models.TextChoices):
        APPROVE = "approve", _("Approved")
        REQUEST_CHANGES = "request_changes", _("Changes requested")

    reviewer = models.ForeignKey(PartnerReviewer, on_delete=models.CASCADE, related_name="links")
    task_state = models.ForeignKey(TaskState, on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.reviewer}, revision {self.revision_id}"

    @property
    def is_open(self):
        """Not answered, revoked or expired, and its step still waits for it."""
        return (
            self.used_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
            and self.task_state.status == TaskState.STATUS_IN_PROGRESS
        )


class PartnerSignOffTask(Task):
    """The page's partner reviewers approve the exact revision through their
    links (home/signoff/links.py); nobody approves it for them in the admin.
    A page without partner reviewers passes the step at once. While the step
    waits, nobody edits the page, so the partners approve what they read; an
    edit after their sign-off asks them again
    (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT restarts the step for the
    new revision)."""

    def start(self, workflow_state, user=None):
        from home.signoff.links import NO_PARTNERS, send_links

        task_state = super().start(workflow_state, user=user)
        reviewers = PartnerReviewer.objects.filter(page_id=workflow_state.object_id)
        if not reviewers.exists():
            task_state.status = TaskState.STATUS_SKIPPED
            task_state.finished_at = timezone.now()
            task_state.comment = NO_PARTNERS
            task_state.save(update_fields=["status", "finished_at", "comment"])
            return task_state
        send_links(task_state, reviewers)
        return task_state

    def locked_for_user(self, obj, user):
        return True

    def get_actions(self, obj, user):
        return []

    @classmethod
    def get_description(cls):
        return _(
            "The page's partner reviewers approve it through a link sent by e-mail; "
            "a page without partner reviewers passes on at once"
        )

    class Meta:
        verbose_name = _("partner sign-off")
        verbose_name_plural = _("partner sign-offs")
