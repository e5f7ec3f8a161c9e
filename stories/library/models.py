"""The story library: one index page per language and its stories."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, CharField, Count, F, Q, QuerySet, Value, When
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField

from home.choices import County
from home.models import BasePage, FeedRoutesMixin, IndexPage, Organisation
from home.models.page_queries import PageManager, PageQuerySet
from home.models.pages import PAGE_TRANSLATABLE_FIELDS
from home.municipalities.trees import in_tree_of
from home.page_form import OwnLanguageChoicesPageForm
from home.review_dates.models import ReviewDatesMixin
from home.subscriptions.choices import SubscriptionTopic
from home.translation.lookup import linked_in_locale, linked_in_locale_for_each
from stories.facets.models import Activity, ExampleType, TargetGroup, linked_facets_in_locale
from stories.library.blocks import StoryStreamBlock
from stories.library.serializers import (
    ContactSerializer,
    FacetSerializer,
    MunicipalitySerializer,
    OrganisationSerializer,
)

FIRST_STORY_YEAR, LAST_STORY_YEAR = 1990, 2100


STORY_YEAR_VALIDATORS = [MinValueValidator(FIRST_STORY_YEAR), MaxValueValidator(LAST_STORY_YEAR)]


class StoryPageQuerySet(PageQuerySet):
    def in_library(self, index_page):
        """The live, public stories of one library (one language's index):
        its own, and where it shows them, those other municipalities share
        in its language."""
        own = self.child_of_q(index_page)
        if index_page.shows_shared_stories:
            own |= Q(shared=True, locale_id=index_page.locale_id)
        return self.live().public().filter(own)

    def newest_first(self):
        return self.order_by("-year", "-first_published_at", "-pk")

    def written_here(self):
        """Not the copies of other installations' stories (stories/following),
        which their libraries list, credited, but nothing else offers as ours."""
        return self.filter(followedstorypage__isnull=True)

    def matching(self, filters, leave_out=None):
        """Stories matching every filter in `filters` except `leave_out`
        (counting one facet's options ignores that facet's own choice).
        Facets match by translation key, so a translated story that still
        links a source-language facet is found under the translated facet."""
        filters = {
            key: value
            for key, value in filters.items()
            if key != leave_out and value is not None and value != ""
        }
        queryset = self
        if "search_ids" in filters:
            queryset = queryset.filter(pk__in=filters["search_ids"])
        if "activity" in filters:
            queryset = queryset.filter(activity__translation_key=filters["activity"])
        if "example_type" in filters:
            queryset = queryset.filter(example_type__translation_key=filters["example_type"])
        if "target_group" in filters:
            through = StoryPage.target_groups.through.objects
            queryset = queryset.filter(
                pk__in=through.filter(targetgroup__translation_key=filters["target_group"]).values(
                    "storypage_id"
                )
            )
        if "organisation_kind" in filters:
            through = StoryPage.organisations.through.objects
            queryset = queryset.filter(
                pk__in=through.filter(organisation__kind=filters["organisation_kind"]).values(
                    "storypage_id"
                )
            )
        if "county" in filters:
            queryset = queryset.filter(county=filters["county"])
        if "year" in filters:
            queryset = queryset.filter(year=filters["year"])
        if "municipality" in filters:
            # Copies of followed installations' stories live in the default
            # municipality's trees, but are not its (stories/following).
            queryset = queryset.filter(
                url_path__startswith=filters["municipality"], followedstorypage__isnull=True
            )
        if "followed_source" in filters:
            queryset = queryset.filter(followedstorypage__source_id=filters["followed_source"])
        return queryset

    def reading_after(self, story, chosen_keys):
        """Stories to read after `story`: those whose translation key is in
        `chosen_keys` (the editors' choices) first, in tree order, then those
        sharing the most facets with it; a story neither chosen nor sharing
        a facet is left out."""
        group_keys = story.target_groups.values("translation_key")
        if not isinstance(group_keys, QuerySet):  # a preview's unsaved choices
            group_keys = [group.translation_key for group in story.target_groups.all()]
        activity_keys = Activity.objects.filter(pk=story.activity_id).values("translation_key")
        example_type_keys = ExampleType.objects.filter(pk=story.example_type_id).values(
            "translation_key"
        )
        chosen = Q(translation_key__in=chosen_keys)

        def same(condition):
            return Case(When(condition, then=Value(1)), default=Value(0))

        return (
            self.exclude(pk=story.pk)
            .annotate(
                chosen=same(chosen),
                chosen_order=Case(When(chosen, then=F("path"))),
                shared_facets=Count(
                    "target_groups",
                    filter=Q(target_groups__translation_key__in=group_keys),
                    distinct=True,
                )
                + same(Q(activity__translation_key__in=activity_keys))
                + same(Q(example_type__translation_key__in=example_type_keys))
                + same(Q(county=story.county) & ~Q(county="")),
            )
            .filter(Q(chosen=1) | Q(shared_facets__gt=0))
            .order_by("-chosen", "chosen_order", "-shared_facets", "-year", "-first_published_at")
        )

    def counted_by(self, name, lookup):
        """The number of these stories per value of `lookup`, as rows
        (name, value as text, number) that counts_by_name() reads: one
        grouped query, to be put together with others'."""
        return (
            self.order_by()
            .annotate(count_name=Value(name), value=Cast(lookup, CharField()))
            .values("count_name", "value")
            .annotate(stories=Count("pk", distinct=True))
        )

    @staticmethod
    def counts_by_name(counted):
        """{name: {value as text: number of stories}} for the counted_by()
        queries in `counted`, in one query (UNION ALL). A translation key's
        text is as the database writes it: compare with uuid.UUID()."""
        first, *others = counted
        counts = {}
        for row in first.union(*others, all=True):
            counts.setdefault(row["count_name"], {})[row["value"]] = row["stories"]
        return counts


StoryPageManager = PageManager.from_queryset(StoryPageQuerySet)


class StoryPageForm(OwnLanguageChoicesPageForm):
    """Offers the facets, organisations and stories of the page's own language
    (and what the page already links); never the story itself."""

    own_language_fields = (
        "activity",
        "example_type",
        "target_groups",
        "organisations",
        "related_stories",
    )

    def offered(self, name):
        if name != "related_stories":
            return super().offered(name)
        stories = StoryPage.objects.written_here().order_by("title")
        return stories.exclude(pk=self.instance.pk) if self.instance.pk else stories


class StoryIndexPage(FeedRoutesMixin, IndexPage):
    """The library of good-practice stories in one language, with filters and feeds."""

    template = "stories/library/story_index_page.html"

    api_fields = [APIField("intro")]

    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1
    show_feedback = False

    shows_shared_stories = models.BooleanField(
        _("also show the stories other municipalities share"),
        default=False,
        help_text=_(
            "The library then lists every municipality's shared stories in its language, "
            "each credited to its municipality, with a filter by municipality."
        ),
    )

    content_panels = [*IndexPage.content_panels, FieldPanel("shows_shared_stories")]

    class Meta:
        verbose_name = _("story library")

    @classmethod
    def showing_shared_stories(cls, locale_id):
        return cls.objects.live().public().filter(shows_shared_stories=True, locale_id=locale_id)


class StoryPage(ReviewDatesMixin, BasePage):
    """A good-practice example: who did what, for whom, with whom, what made it work."""

    template = "stories/library/story_page.html"

    subscription_topic = SubscriptionTopic.STORIES

    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences: what was done, for whom, and what came of it."),
    )
    body = StreamField(StoryStreamBlock(), verbose_name=_("body"), blank=True)
    organisations = ParentalManyToManyField(
        Organisation, verbose_name=_("organisations"), blank=True, related_name="stories"
    )
    activity = models.ForeignKey(
        Activity,
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="stories"
    )
    example_type = models.ForeignKey(
        ExampleType,
        verbose_name=_("example type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )
    county = models.CharField(_("county"), max_length=2, choices=County.choices, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=STORY_YEAR_VALIDATORS, help_text=_("When the work was done.")
    )
    contact_persons = ParentalManyToManyField(
        "home.Person", verbose_name=_("contact persons"), blank=True, related_name="+"
    )
    related_stories = ParentalManyToManyField(
        "self",
        verbose_name=_("related stories"),
        blank=True,
        symmetrical=False,
        related_name="+",
        help_text=_("Shown first under “Read more”; stories with shared facets follow."),
    )
    # A plain page link, so that stories need nothing from campaigns (which
    # lists the stories pointing at it); the chooser offers the page types of
    # settings.SAMLA_CAMPAIGN_PAGE_TYPES.
    campaign = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The information campaign this work was part of."),
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Featured stories come first on the home page.")
    )
    shared = models.BooleanField(
        _("share with other municipalities"),
        default=False,
        help_text=_(
            "Other municipalities' libraries may then show this story, credited to your "
            "municipality. It stays yours: only your editors change it, and unpublishing "
            "it removes it everywhere."
        ),
    )

    objects = StoryPageManager()
    base_form_class = StoryPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organisations", widget=forms.CheckboxSelectMultiple),
                FieldPanel("activity"),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("example_type"),
                FieldPanel("county"),
                FieldPanel("year"),
            ],
            heading=_("Facets"),
        ),
        FieldPanel("contact_persons", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related_stories", widget=forms.CheckboxSelectMultiple),
        PageChooserPanel("campaign", settings.SAMLA_CAMPAIGN_PAGE_TYPES),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("featured"), FieldPanel("shared")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("year"),
        index.FilterField("county"),
        index.FilterField("featured"),
    ]

    # Facets, organisations, people and related stories describe the work, not
    # its wording: every translation keeps the source's choices (named in its
    # own language by translation key). Activity and example type are plain
    # foreign keys, which wagtail-localize points at their translations.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *ReviewDatesMixin.change_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("activity"),
        TranslatableField("example_type"),
        SynchronizedField("organisations"),
        SynchronizedField("target_groups"),
        SynchronizedField("contact_persons"),
        SynchronizedField("related_stories"),
        SynchronizedField("campaign"),
        SynchronizedField("county"),
        SynchronizedField("year"),
        SynchronizedField("featured"),
        SynchronizedField("shared"),
    ]

    # What a Samla installation following this one reads to keep its copies
    # (stories/following/sync.py): when the story last changed, and which
    # pages are one story in several languages.
    api_meta_fields = ["last_published_at", "translation_key"]
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("year"),
        APIField("county"),
        APIField("municipality", serializer=MunicipalitySerializer()),
        APIField("shared"),
        APIField("activity", serializer=FacetSerializer("localized_activity")),
        APIField("target_groups", serializer=FacetSerializer("localized_target_groups")),
        APIField("example_type", serializer=FacetSerializer("localized_example_type")),
        APIField("organisations", serializer=OrganisationSerializer()),
        APIField("contact_persons", serializer=ContactSerializer()),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    # Names in the page's own language. A translation links the same facets
    # and organisations as its source, so each is looked up by translation key
    # among this language's own (one query per kind, cached on the instance).

    def localized_organisations(self):
        return linked_in_locale(self.organisations.all(), self.locale_id)

    def localized_contact_persons(self):
        return linked_in_locale(self.contact_persons.all(), self.locale_id)

    FACETS = ("activity", "target_groups", "example_type")

    @cached_property
    def localized_facets(self):
        """{facet name: the facets this story links, in its language}, in one query."""
        return linked_facets_in_locale(
            {
                "activity": Activity.objects.filter(pk=self.activity_id),
                "target_groups": self.target_groups.all(),
                "example_type": ExampleType.objects.filter(pk=self.example_type_id),
            },
            self.locale_id,
        )

    @classmethod
    def read_localized_facets(cls, stories):
        """Give each of the saved `stories` (an API listing's) its
        localized_facets, read for all of them in one query."""
        read = linked_in_locale_for_each(stories, cls.FACETS)
        for story in stories:
            story.localized_facets = {name: read[name][story.pk] for name in cls.FACETS}

    def localized_target_groups(self):
        return self.localized_facets["target_groups"]

    def localized_activity(self):
        return next(iter(self.localized_facets["activity"]), None)

    def localized_example_type(self):
        return next(iter(self.localized_facets["example_type"]), None)

    def localized_campaign(self):
        """The campaign in this story's language where it is live, else none."""
        if self.campaign_id is None:
            return None
        return (
            Page.objects.live()
            .public()
            .filter(
                translation_key__in=Page.objects.filter(pk=self.campaign_id).values(
                    "translation_key"
                ),
                locale_id=self.locale_id,
            )
            .first()
        )

    def pages_also_showing(self):
        """The libraries that show shared stories in this story's language:
        they list it while it is shared, and stop when it no longer is
        (home/caching/purge.py)."""
        return StoryIndexPage.showing_shared_stories(self.locale_id).specific(defer=True)

    def reading_suggestions(self, limit=4):
        """Live stories in this language to read next: the editors' choices
        first, then the stories sharing the most facets with this one."""
        stories = in_tree_of(StoryPage.objects.live().public().written_here(), self).filter(
            locale_id=self.locale_id
        )
        chosen_keys = self.related_stories.values("translation_key")
        if not isinstance(chosen_keys, QuerySet):  # a preview's unsaved choices
            chosen_keys = [story.translation_key for story in self.related_stories.all()]
        return list(stories.reading_after(self, chosen_keys)[:limit])
