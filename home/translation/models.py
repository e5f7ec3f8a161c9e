from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceContentState(models.Model):
    """The translatable content of a published source-language page, as a
    fingerprint, and when it last changed (set when the page is published)."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    fingerprint = models.CharField(max_length=64)
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("source content state")

    def __str__(self):
        return f"{self.page_id}: {self.fingerprint[:8]} ({self.changed_at:%Y-%m-%d})"


class TranslationBasis(models.Model):
    """Which version of its source a published translation was made from."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    source_fingerprint = models.CharField(max_length=64)
    published_at = models.DateTimeField()

    class Meta:
        verbose_name = _("translation basis")

    def __str__(self):
        return f"{self.page_id}: from {self.source_fingerprint[:8]}"


class TranslationRevisionBasis(models.Model):
    """Which version of its source a translation's revision was made from.
    Recorded when the translation is saved, so that approving the revision
    later records the right basis even if the source changed meanwhile."""

    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    source_fingerprint = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("translation revision basis")

    def __str__(self):
        return f"revision {self.revision_id}: from {self.source_fingerprint[:8]}"
