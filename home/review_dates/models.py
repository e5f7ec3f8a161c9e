"""Honest dates on public pages: when a page was last reviewed, when it is
due again, and the changes its publishers told readers about (docs/roles.md,
"Review dates and change history")."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Used when a page type names no interval of its own.
DEFAULT_REVIEW_INTERVAL_MONTHS = 12


class ReviewDatesMixin(models.Model):
    """A page type whose pages show when they were last and will next be
    reviewed, and their major changes. The change fields are part of the
    page's revisions, so a reviewer approves the note with the text; the
    page editor offers them empty for every new change (home/page_form.py)."""

    # The interval until communicators set another (ReviewInterval).
    review_interval_months = DEFAULT_REVIEW_INTERVAL_MONTHS
    # False for a page type whose pages are reviewed elsewhere (copies of
    # another installation's stories): no dates, records or reminders here.
    reviewed_here = True

    major_change = models.BooleanField(
        _("major change"),
        default=False,
        help_text=_(
            "Readers see the note below on the page once this version is published. "
            "Leave unticked for a minor change (spelling, links, layout): readers see nothing."
        ),
    )
    change_note = models.CharField(
        _("change note for readers"),
        max_length=200,
        blank=True,
        help_text=_("One line saying what changed, e.g. “New figures for 2027”."),
    )

    change_panels = [FieldPanel("major_change"), FieldPanel("change_note")]
    # For the page types that name their translatable fields: a translation
    # tells its readers about the same change, in their language.
    change_translatable_fields = [
        SynchronizedField("major_change"),
        TranslatableField("change_note"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.change_note = " ".join(self.change_note.split())
        if self.major_change and not self.change_note:
            raise ValidationError(
                {"change_note": _("Write one line for readers about what changed.")}
            )
        if not self.major_change:
            # A minor change tells readers nothing, so no note waits in the revision.
            self.change_note = ""


def has_review_dates(page_or_type):
    """Whether a page (or page type) is reviewed here, with review dates."""
    page_type = page_or_type if isinstance(page_or_type, type) else type(page_or_type)
    return issubclass(page_type, ReviewDatesMixin) and page_type.reviewed_here


def reviewed_page_models():
    """Every page type with review dates."""
    return [model for model in get_page_models() if has_review_dates(model)]


def reviewed_page_type_choices():
    """ReviewInterval's page types: those with review dates."""
    content_types = ContentType.objects.get_for_models(*reviewed_page_models())
    return {"pk__in": [content_type.pk for content_type in content_types.values()]}


class ReviewInterval(models.Model):
    """How often pages of one type are reviewed, set by communicators; a page
    type without one uses its own default (`review_interval_months`)."""

    page_type = models.OneToOneField(
        ContentType,
        verbose_name=_("page type"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to=reviewed_page_type_choices,
    )
    months = models.PositiveSmallIntegerField(
        _("months between reviews"), validators=[MinValueValidator(1), MaxValueValidator(60)]
    )

    panels = [FieldPanel("page_type"), FieldPanel("months")]

    class Meta:
        verbose_name = _("review interval")
        verbose_name_plural = _("review intervals")

    def __str__(self):
        return f"{self.page_type.name}: {self.months}"


class PageReview(models.Model):
    """One review of one page in one language: a publication that passed
    review, or a Publisher's confirmation that the live text is still correct."""

    class Kind(models.TextChoices):
        PUBLICATION = "publication", _("published after review")
        CONFIRMATION = "confirmation", _("confirmed still correct")

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="reviews")
    reviewed_at = models.DateTimeField(_("reviewed"), db_index=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("page review")
        ordering = ["-reviewed_at", "-pk"]

    def __str__(self):
        return f"{self.page_id} {self.get_kind_display()} {self.reviewed_at:%Y-%m-%d}"


class PageChange(models.Model):
    """A major change as readers see it: published at, with the note of the
    language the page is in (each translation records its own)."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="public_changes")
    published_at = models.DateTimeField(_("published"))
    note = models.CharField(_("note"), max_length=200)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("public change")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return self.note
