"""Myth versus fact: a rumour answered with a checked, sourced verdict."""

import datetime
import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from campaigns.example_content import ExampleContentMixin
from campaigns.myths.blocks import RelatedMythBlock, SourcesBlock
from campaigns.myths.choices import VERDICT_RATINGS, Verdict
from campaigns.myths.panels import AnsweredReportsPanel, RepublishedFromPanel
from campaigns.myths.serializers import (
    TopicSerializer,
    UrgentPublicationSerializer,
    VerdictSerializer,
)
from campaigns.rumours.choices import HeardWhere, rumour_language_choices
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage, FeedRoutesMixin, IndexPage
from home.review_dates.models import ReviewDatesMixin
from home.subscriptions.choices import SubscriptionTopic
from home.translation.lookup import in_key_order

RECHECK_AFTER_DAYS = 180


def default_recheck_date():
    return timezone.localdate() + datetime.timedelta(days=RECHECK_AFTER_DAYS)


class MythTopic(TranslatableMixin, models.Model):
    """What a rumour is about (housing, money, school…); a filter on the index."""

    name = models.CharField(_("name"), max_length=100)

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("myth topic")
        verbose_name_plural = _("myth topics")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MythIndexPage(FeedRoutesMixin, IndexPage):
    template = "campaigns/myths/myth_index_page.html"

    subpage_types = ["campaigns.MythPage"]

    class Meta:
        verbose_name = _("myth index page")

    def published_myths(self):
        """This index's live myth pages, newest first, with what a card shows."""
        return (
            MythPage.objects.child_of(self)
            .live()
            .public()
            .select_related("topic")
            .order_by("-first_published_at", "-pk")
        )

    def topics_in_use(self):
        return MythTopic.objects.filter(
            pk__in=MythPage.objects.child_of(self).live().values("topic")
        )


class MythPage(ReviewDatesMixin, ExampleContentMixin, BasePage):
    template = "campaigns/myths/myth_page.html"
    summary_fields = ("short_fact",)

    subscription_topic = SubscriptionTopic.MYTHS
    # Claims and their sources age fast (docs/roles.md, review dates).
    review_interval_months = 6

    claim = models.CharField(
        _("claim"), max_length=300, help_text=_("The rumour, as people say it.")
    )
    # Where the rumour was met, for the team: which translation and channel to
    # answer first. Prefilled from the report a page answers; not shown to readers.
    circulates_in = models.CharField(
        _("language it circulates in"),
        max_length=10,
        choices=rumour_language_choices,
        blank=True,
    )
    circulates_where = models.CharField(
        _("where it circulates"), max_length=20, choices=HeardWhere.choices, blank=True
    )
    verdict = models.CharField(_("verdict"), max_length=20, choices=Verdict.choices)
    short_fact = models.TextField(
        _("short fact"), max_length=500, help_text=_("The checked fact in one or two sentences.")
    )
    explanation = RichTextField(_("explanation"), features=RICH_TEXT_FEATURES)
    sources = StreamField(SourcesBlock(), verbose_name=_("sources"), blank=True)
    topic = models.ForeignKey(
        MythTopic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("publishing organisation"),
        help_text=_("Named as the author of the fact check."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date_checked = models.DateField(_("date checked"), default=datetime.date.today)
    recheck_by = models.DateField(
        _("re-check by"),
        default=default_recheck_date,
        help_text=_("When the facts must be checked again."),
        db_index=True,
    )
    related_myths = StreamField(
        [("myth", RelatedMythBlock(page_type="campaigns.MythPage"))],
        verbose_name=_("related myths"),
        blank=True,
    )
    # Set when a municipality republishes another's shared answer
    # (campaigns/myths/republishing.py), kept by its translations and revisions.
    republished_from = models.ForeignKey(
        "self",
        verbose_name=_("republished from"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="republications",
    )
    shared = models.BooleanField(
        _("share with other municipalities"),
        default=False,
        help_text=_(
            "Their communicators may then republish this answer in their own sites, "
            "credited to your municipality, and are told when you change it."
        ),
    )

    content_panels = [
        *Page.content_panels,
        AnsweredReportsPanel(heading=_("Rumour reports")),
        RepublishedFromPanel(heading=_("Republished from another municipality")),
        FieldPanel("claim"),
        FieldRowPanel(
            [FieldPanel("circulates_in"), FieldPanel("circulates_where")],
            heading=_("Where the rumour circulates"),
        ),
        FieldPanel("verdict"),
        FieldPanel("short_fact"),
        FieldPanel("explanation"),
        FieldPanel("sources"),
        MultiFieldPanel(
            [FieldPanel("date_checked"), FieldPanel("recheck_by")], heading=_("Fact check")
        ),
        FieldPanel("topic"),
        FieldPanel("organisation"),
        FieldPanel("related_myths"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("shared")]
    settings_panels = [*Page.settings_panels, *ExampleContentMixin.settings_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("claim"),
        index.SearchField("short_fact"),
        index.SearchField("explanation"),
        index.FilterField("verdict"),
        index.FilterField("topic"),
    ]
    # What other sites may reuse: what the page shows readers, never the
    # rumour reports it answers or anything else of the admin's.
    api_fields = [
        APIField("claim"),
        APIField("verdict", serializer=VerdictSerializer()),
        APIField("short_fact"),
        APIField("sources"),
        APIField("date_checked"),
        APIField("recheck_by"),
        APIField("topic", serializer=TopicSerializer()),
        APIField("is_example_content"),
        APIField("urgent_publication", serializer=UrgentPublicationSerializer()),
    ]
    # What the API's listing joins for these fields (site/api.py).
    api_select_related = ["locale", "topic"]

    parent_page_types = ["campaigns.MythIndexPage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("myth page")

    def clean(self):
        super().clean()
        if self.date_checked and self.recheck_by and self.recheck_by <= self.date_checked:
            raise ValidationError(
                {"recheck_by": _("The date to re-check must be after the date checked.")}
            )

    @property
    def verdict_label(self):
        return Verdict(self.verdict).label

    @property
    def needs_recheck(self):
        return self.recheck_by <= timezone.localdate()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only where the template's cached part is rendered ({% cached_part %}).
        context["claim_review"] = functools.partial(self.claim_review, request)
        return context

    def get_canonical_url(self, request=None):
        """A republished answer's original, while it is live: one checked
        answer, wherever it is republished."""
        original = self.live_original()
        return original.get_full_url(request) if original else super().get_canonical_url(request)

    @cached_property
    def republished(self):
        """The Republication of this page (of its Swedish source, for a
        translation), where it republishes another municipality's answer
        that still exists, else None; a query for such pages only."""
        if self.republished_from_id is None:
            return None
        return (
            Republication.objects.filter(page__translation_key=self.translation_key)
            .select_related("page__republished_from")
            .first()
        )

    def live_original(self):
        """The live original this page republishes, in this page's language;
        None where there is none."""
        original = self.republished.original if self.republished else None
        if original is not None and original.locale_id != self.locale_id:
            original = original.get_translation_or_none(self.locale)
        return original if original is not None and original.live else None

    def get_other_cached_paths(self):
        """The share image, outside the page's URL: the front-end cache is
        purged of it with the page (home/caching/purge.py)."""
        with translation.override(self.locale.language_code):
            return [reverse("myth_share_image", args=[self.pk])]

    def related_myth_pages(self):
        """The chosen related myths in this page's language, live ones only.
        wagtail-localize copies page choosers unchanged, so a translation
        still points at the Swedish pages until they are mapped here."""
        keys = [block.value.translation_key for block in self.related_myths if block.value]
        return in_key_order(MythPage.objects.live().public(), keys, self.locale_id)

    def claim_review(self, request):
        """schema.org ClaimReview for search engines and fact-check aggregators."""
        url = self.get_full_url(request)
        organisation = self.organisation
        author = {
            "@type": "Organization",
            "name": organisation.name if organisation else settings.WAGTAIL_SITE_NAME,
        }
        if organisation and organisation.website:
            author["url"] = organisation.website
        with translation.override(self.locale.language_code):
            verdict_text = str(self.verdict_label)
        published = self.first_published_at or timezone.now()
        return {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": url,
            "inLanguage": self.locale.language_code,
            "claimReviewed": self.claim,
            "datePublished": timezone.localdate(published).isoformat(),
            "dateModified": self.date_checked.isoformat(),
            "author": author,
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": VERDICT_RATINGS[self.verdict],
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": verdict_text,
            },
            "itemReviewed": {
                "@type": "Claim",
                "name": self.claim,
                "inLanguage": self.locale.language_code,
            },
        }


class UrgentPublicationQuerySet(models.QuerySet):
    def open(self):
        """Urgent publications whose fact check has not approved them yet."""
        return self.filter(completed_at__isnull=True)

    def overdue(self):
        """Open ones published longer ago than SAMLA_URGENT_AFTER_CHECK_HOURS."""
        hours = settings.SAMLA_URGENT_AFTER_CHECK_HOURS
        return self.open().filter(published_at__lt=timezone.now() - datetime.timedelta(hours=hours))


class UrgentPublication(models.Model):
    """A myth page a Publisher put live before its fact check, and why; open
    until the forced fact check afterwards approves it (campaigns/myths/urgent.py)."""

    page = models.ForeignKey(
        MythPage, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("published revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), max_length=1000)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    completed_at = models.DateTimeField(_("fact check approved at"), null=True, blank=True)

    objects = UrgentPublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("urgent publication")
        verbose_name_plural = _("urgent publications")
        ordering = ["published_at"]
        # Nobody edits these by hand: they are the record of the urgent lane.
        default_permissions = ()
        permissions = [("publish_urgently", "Can publish a myth page before its fact check")]

    def __str__(self):
        return f"{self.page} ({self.published_at:%Y-%m-%d %H:%M})"


class Republication(models.Model):
    """What a municipality's republished myth page (its Swedish source)
    keeps of its original: whose answer it is, and `original_seen_at`, the
    original's publication this page's last publication took in. A later one
    is a change its communicators are told of (campaigns/myths/republishing.py)."""

    page = models.OneToOneField(
        MythPage, verbose_name=_("page"), on_delete=models.CASCADE, related_name="republication"
    )
    original_municipality = models.CharField(_("municipality"), max_length=100)
    original_seen_at = models.DateTimeField(_("original's publication taken in"), null=True)

    class Meta:
        verbose_name = _("republication")
        verbose_name_plural = _("republications")
        default_permissions = ()

    def __str__(self):
        return f"{self.page} ← {self.original_municipality}"

    @property
    def original(self):
        return self.page.republished_from

    @property
    def original_changed(self):
        """Whether the original was published again since this page took it in."""
        original = self.original
        return (
            original is not None
            and original.last_published_at is not None
            and (
                self.original_seen_at is None or original.last_published_at > self.original_seen_at
            )
        )
