"""Information campaigns: the public face of a project while it runs and its
record once it is finished.

Campaigns link story target groups (stories.TargetGroup) and list the stories
that point to them, so campaigns depends on stories (one way: stories only
holds a plain page link back, see docs/campaigns.md)."""

import datetime
from typing import NamedTuple

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from campaigns.campaigns.choices import CampaignStatus
from campaigns.example_content import ExampleContentMixin
from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.models import BasePage, IndexPage, Organisation, Person
from home.models.page_queries import PageManager, PageQuerySet, all_pages
from home.models.pages import PAGE_TRANSLATABLE_FIELDS
from home.page_form import OwnLanguageChoicesPageForm
from home.review_dates.models import ReviewDatesMixin
from home.translation.lookup import (
    in_locale,
    linked_in_locale,
    linked_translated,
    linked_with_translations,
)
from stories.models import StoryPage, TargetGroup

# Page types a campaign may link as related reading (docs/campaigns.md).
RELATED_PAGE_TYPES = ["stories.StoryPage", "campaigns.MythPage", "campaigns.ForecastPage"]

STATUS_ORDER = Case(
    When(status=CampaignStatus.ACTIVE, then=Value(0)),
    When(status=CampaignStatus.PLANNED, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


class NamedPeople(NamedTuple):
    """The people a campaign page names, in its language."""

    by_pk: dict  # {the linked person's pk: the person in this language}
    contacts: list  # the contact persons, by name


class CampaignPageQuerySet(PageQuerySet):
    def active_first(self):
        """Active campaigns, then planned, then finished; newest start first."""
        return self.annotate(status_order=STATUS_ORDER).order_by(
            "status_order", "-start_date", "-pk"
        )

    def with_target_group(self, translation_key):
        """Campaigns for one target group, matched by translation key so a
        translation that still links the Swedish group is found too."""
        through = CampaignPage.target_groups.through.objects
        return self.filter(
            pk__in=through.filter(targetgroup__translation_key=translation_key).values(
                "campaignpage_id"
            )
        )


CampaignPageManager = PageManager.from_queryset(CampaignPageQuerySet)


class CampaignPageForm(OwnLanguageChoicesPageForm):
    """Offers the target groups and organisations of the page's own language
    (and what the page already links)."""

    own_language_fields = ("target_groups", "partners")


class CampaignIndexPage(IndexPage):
    """One language's campaigns, filtered by status and target group."""

    template = "campaigns/campaigns/campaign_index_page.html"

    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1
    show_feedback = False

    class Meta:
        verbose_name = _("campaign index page")

    def published_campaigns(self):
        """This index's live, public campaigns, active first."""
        return CampaignPage.objects.child_of(self).live().public().active_first()

    def target_groups_in_use(self):
        """This language's target groups that a live campaign here links."""
        keys = CampaignPage.target_groups.through.objects.filter(
            campaignpage__in=CampaignPage.objects.child_of(self).live().public()
        ).values("targetgroup__translation_key")
        return TargetGroup.objects.filter(locale_id=self.locale_id, translation_key__in=keys)


class CampaignPage(ReviewDatesMixin, RoutablePageMixin, ExampleContentMixin, BasePage):
    template = "campaigns/campaigns/campaign_page.html"
    summary_fields = ("purpose",)
    # Dates, places and status change while a campaign runs.
    review_interval_months = 6

    purpose = models.TextField(
        _("purpose"), max_length=800, help_text=_("Why the campaign is run, in a few sentences.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CampaignStatus.choices,
        default=CampaignStatus.PLANNED,
        help_text=_(
            "Set to finished when the campaign has ended; the page then reads as a record."
        ),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    results = RichTextField(
        _("results"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the campaign achieved; fill in when it is finished."),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="campaigns"
    )
    partners = ParentalManyToManyField(
        Organisation, verbose_name=_("partner organisations"), blank=True, related_name="campaigns"
    )
    project_lead = models.ForeignKey(
        Person,
        verbose_name=_("project lead"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contacts = ParentalManyToManyField(
        Person, verbose_name=_("contact persons"), blank=True, related_name="+"
    )

    objects = CampaignPageManager()
    base_form_class = CampaignPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Status and period"),
        ),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel("activities", heading=_("Activities"), label=_("Activity")),
        InlinePanel("materials", heading=_("Material"), label=_("Document")),
        InlinePanel("ambassadors", heading=_("Ambassadors"), label=_("Ambassador")),
        MultiFieldPanel(
            [
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
                FieldPanel("project_lead"),
                FieldPanel("contacts", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Organisation"),
        ),
        InlinePanel("steering_group", heading=_("Steering group"), label=_("Member")),
        FieldPanel("results"),
        InlinePanel("related_pages", heading=_("Related pages"), label=_("Page")),
    ]
    settings_panels = [*Page.settings_panels, *ExampleContentMixin.settings_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("purpose", boost=2),
        index.SearchField("body"),
        index.SearchField("results"),
        index.FilterField("status"),
    ]

    # Target groups, partners and people describe the campaign, not its
    # wording: translations keep the source's choices and name them in their
    # own language by translation key. Activities, ambassadors and the steering
    # group are translatable children; material and related pages are shared.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *ReviewDatesMixin.change_translatable_fields,
        TranslatableField("purpose"),
        SynchronizedField("status"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        TranslatableField("body"),
        TranslatableField("results"),
        SynchronizedField("target_groups"),
        SynchronizedField("partners"),
        SynchronizedField("project_lead"),
        SynchronizedField("contacts"),
        SynchronizedField("is_example_content"),
        TranslatableField("activities"),
        TranslatableField("ambassadors"),
        TranslatableField("steering_group"),
        SynchronizedField("materials"),
        SynchronizedField("related_pages"),
    ]

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("campaign page")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The campaign cannot end before it starts.")})

    @property
    def is_finished(self):
        return self.status == CampaignStatus.FINISHED

    @property
    def status_label(self):
        return CampaignStatus(self.status).label

    # Everything below is fetched in a fixed number of queries, however many
    # activities, documents, partners or people a campaign has
    # (tests/campaigns/test_campaign_query_counts.py).

    def localized_target_groups(self):
        return linked_in_locale(self.target_groups.all(), self.locale_id)

    def localized_partners(self):
        return linked_in_locale(self.partners.all(), self.locale_id)

    # People are named with their role in this page's language: a translation
    # links its source's people, so each is looked up by translation key.

    @cached_property
    def _ambassadors(self):
        return list(self.ambassadors.select_related("photo").prefetch_related("photo__renditions"))

    @cached_property
    def _steering_members(self):
        return list(self.steering_group.select_related("organisation"))

    @cached_property
    def _people_in_locale(self):
        """Everyone the page names (project lead, contacts, ambassadors and
        steering group members) in this page's language, read with their
        translations in one query: NamedPeople. Read once per instance, as Wagtail
        makes one for each request, preview and revision."""
        contacts = self.contacts.all()
        contact_ids = (
            contacts.values("pk")
            if isinstance(contacts, QuerySet)
            else [person.pk for person in contacts]  # a preview's unsaved choice
        )
        others = {self.project_lead_id}
        others.update(ambassador.person_id for ambassador in self._ambassadors)
        others.update(member.person_id for member in self._steering_members)
        named = Person.objects.filter(Q(pk__in=contact_ids) | Q(pk__in=others - {None}))
        rows = list(
            linked_with_translations(named, self.locale_id).annotate(
                is_contact=ExpressionWrapper(Q(pk__in=contact_ids), output_field=BooleanField())
            )
        )
        people = dict(
            zip(
                (row.pk for row in rows if row.is_linked),
                linked_translated(rows, self.locale_id),
                strict=True,
            )
        )
        contacts = [people[row.pk] for row in rows if row.is_linked and row.is_contact]
        return NamedPeople(by_pk=people, contacts=contacts)

    def contact_people(self):
        return self._people_in_locale.contacts

    def localized_project_lead(self):
        return self._people_in_locale.by_pk.get(self.project_lead_id)

    def activities_by_date(self):
        return list(self.activities.order_by("start_date", "sort_order", "pk"))

    def activity_schedule(self, today=None):
        """(upcoming, past): upcoming soonest first, then past ones newest first.
        An activity that has started but not ended is still upcoming."""
        today = today or timezone.localdate()
        activities = self.activities_by_date()
        upcoming = [a for a in activities if a.last_day >= today]
        past = [a for a in reversed(activities) if a.last_day < today]
        return upcoming, past

    def materials_for(self, language_code):
        """Material in `language_code` first, then Swedish, then the other
        languages in the site's order."""
        order = [code for code, _name in settings.LANGUAGES]
        materials = list(self.materials.select_related("document"))

        def rank(material):
            if material.language == language_code:
                return (0, 0, material.sort_order or 0)
            if material.language == settings.LANGUAGE_CODE:
                return (1, 0, material.sort_order or 0)
            position = order.index(material.language) if material.language in order else len(order)
            return (2, position, material.sort_order or 0)

        return sorted(materials, key=rank)

    def ambassador_list(self):
        """[(ambassador, person in this page's language)]."""
        people = self._people_in_locale.by_pk
        return [(ambassador, people[ambassador.person_id]) for ambassador in self._ambassadors]

    def steering_group_named(self):
        """[(member, person, organisation)], the person and organisation in
        this page's language or None."""
        people = self._people_in_locale.by_pk
        members = self._steering_members
        organisations = iter(in_locale([member.organisation for member in members], self.locale_id))
        return [
            (
                member,
                people.get(member.person_id),
                next(organisations) if member.organisation else None,
            )
            for member in members
        ]

    def related_reading(self):
        """Live pages in this language that editors linked, in their order,
        then the stories that name this campaign as theirs, newest first: one
        query. Page links are shared by every translation, so they are looked
        up in this language by translation key."""
        links = self.related_pages.all()
        if isinstance(links, QuerySet):
            keys = links.values("linked_page__translation_key")
            link_order = Subquery(
                links.filter(linked_page__translation_key=OuterRef("translation_key")).values(
                    "sort_order"
                )[:1]
            )
        else:  # a preview's unsaved links
            keys = [link.linked_page.translation_key for link in links]
            link_order = Case(
                *(When(translation_key=key, then=Value(order)) for order, key in enumerate(keys)),
                output_field=IntegerField(),
            )
        own_stories = StoryPage.objects.filter(campaign__translation_key=self.translation_key)
        return list(
            all_pages()
            .live()
            .public()
            .specific(defer=True)
            .filter(locale_id=self.locale_id)
            .filter(Q(translation_key__in=keys) | Q(pk__in=own_stories.values("pk")))
            .annotate(
                is_linked=ExpressionWrapper(
                    Q(translation_key__in=keys), output_field=BooleanField()
                ),
                link_order=link_order,
            )
            .order_by(
                F("is_linked").desc(),
                "link_order",
                F("storypage__year").desc(nulls_last=True),
                "-first_published_at",
                "pk",
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only where the template's cached part is rendered
        # ({% cached_part %}): a page served from it reads none of them. An
        # activity that ended yesterday may show as coming up for as long as
        # the part is kept after midnight (CHROME_CACHE_SECONDS).
        schedule = SimpleLazyObject(self.activity_schedule)
        context.update(
            calendar_url=self.get_url(request) + self.reverse_subpage("calendar"),
            upcoming_activities=SimpleLazyObject(lambda: schedule[0]),
            past_activities=SimpleLazyObject(lambda: schedule[1]),
            materials=SimpleLazyObject(lambda: self.materials_for(self.locale.language_code)),
            ambassadors=SimpleLazyObject(self.ambassador_list),
            project_lead=SimpleLazyObject(self.localized_project_lead),
            steering_group=SimpleLazyObject(self.steering_group_named),
            contacts=SimpleLazyObject(self.contact_people),
            related_reading=SimpleLazyObject(self.related_reading),
        )
        return context

    # Wagtail page routes take no dots; the download is still named <slug>.ics.
    @path("calendar/", name="calendar")
    def calendar(self, request):
        return self.route_response("calendar", request)


class CampaignActivity(TranslatableMixin, Orderable):
    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(_("title"), max_length=200)
    start_date = models.DateField(_("date"), help_text=_("The first day, for several days."))
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Only for activities over several days.")
    )
    place = models.CharField(_("place"), max_length=200)
    description = models.TextField(_("description"), max_length=1000, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("place"),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def is_several_days(self):
        return self.end_date is not None and self.end_date != self.start_date

    @property
    def exclusive_end(self):
        """The day after the last day: iCalendar's DTEND for all-day events."""
        return self.last_day + datetime.timedelta(days=1)


class CampaignMaterial(Orderable):
    """A leaflet, poster or other document in one language."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language the document is written in."),
    )

    panels = [FieldPanel("document"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("material")

    def __str__(self):
        return f"{self.document} ({self.language})"

    @property
    def language_name(self):
        """The language named in itself, as a reader of it looks for it."""
        return dict(settings.LANGUAGES).get(self.language, self.language)

    @property
    def language_is_rtl(self):
        return get_language_info(self.language)["bidi"]


class CampaignAmbassador(TranslatableMixin, Orderable):
    """Someone who tells their own story for the campaign."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="ambassadors")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="+"
    )
    quote = models.TextField(_("short quote"), max_length=400)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the photo for people who cannot see it. Required with a photo."),
    )

    panels = [
        FieldPanel("person"),
        FieldPanel("quote"),
        FieldPanel("photo"),
        FieldPanel("photo_alt"),
    ]
    # The person is linked as is and named in the page's language when shown
    # (ambassador_list), so a translation never waits for a person's own.
    translatable_fields = [
        SynchronizedField("person"),
        TranslatableField("quote"),
        SynchronizedField("photo"),
        TranslatableField("photo_alt"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("ambassador")
        verbose_name_plural = _("ambassadors")

    def __str__(self):
        return str(self.person)

    def clean(self):
        super().clean()
        if self.photo_id and not self.photo_alt.strip():
            raise ValidationError({"photo_alt": _("Alternative text is required with a photo.")})


class CampaignSteeringMember(TranslatableMixin, Orderable):
    """A seat on the steering group: the role always, the person where known."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="steering_group")
    role = models.CharField(_("role"), max_length=200)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("role"), FieldPanel("organisation"), FieldPanel("person")]
    translatable_fields = [
        TranslatableField("role"),
        SynchronizedField("organisation"),
        SynchronizedField("person"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("steering group member")
        verbose_name_plural = _("steering group")

    def __str__(self):
        return self.role


class CampaignRelatedPage(Orderable):
    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="related_pages")
    linked_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("linked_page", RELATED_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")
