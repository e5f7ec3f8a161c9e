from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PageFeedbackQuerySet(models.QuerySet):
    def with_comment_older_than(self, days):
        """Answers given more than `days` days ago that still carry a comment."""
        cutoff = timezone.now() - timedelta(days=days)
        return self.filter(created_at__lt=cutoff).exclude(comment="")


class PageFeedback(models.Model):
    """One reader's answer to "Did this page help you?"."""

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE, related_name="+"
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.CharField(_("comment"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page_id}: {'yes' if self.helpful else 'no'}"
