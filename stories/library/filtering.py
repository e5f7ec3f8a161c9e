"""The story library as a reader filters it: filter form, facet options with
their counts, the page of results and the links that keep a filtered view
shareable. Every query here runs once per request, whatever the number of
stories, organisations or facets (tests/site/test_demo_site.py)."""

import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Q, Value
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.choices import County, OrganisationKind
from home.models import Organisation
from home.municipalities.trees import MunicipalityTree, municipality_trees, tree_of
from home.subscriptions.choices import SubscriptionTopic
from home.translation.lookup import by_translation_key, translated
from stories.facets.models import facets_of_language
from stories.following.models import FollowedSource
from stories.library.forms import StoryFilterForm
from stories.models import Activity, ExampleType, StoryPage, TargetGroup

SNIPPET_FACETS = {"activity": Activity, "target_group": TargetGroup, "example_type": ExampleType}
# Where facet_counts keeps the number of stories the filters show.
TOTAL = "total"
FEED_ITEMS = 50


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetGroup:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected(self):
        return next((option for option in self.options if option.selected), None)


@dataclass
class ActiveFilter:
    label: str
    value: str
    remove_url: str


@dataclass
class StoryCard:
    story: StoryPage
    organisations: list
    target_groups: list
    activity: object
    example_type: object
    municipality: object = None  # its MunicipalityTree, in a library showing shared stories
    followed_from: object = None  # the FollowedStoryPage, for a copy of another installation's

    @property
    def municipality_name(self):
        if self.followed_from is not None:
            # Empty when the source named none; "Shared through" names the source.
            return self.followed_from.source_municipality or None
        return self.municipality.name if self.municipality else None


@dataclass(frozen=True)
class FollowedOrigin:
    """Another Samla installation whose stories a library showing shared
    ones lists: a choice of its municipality filter."""

    slug: str
    name: str
    source_id: int


def followed_origins():
    """The followed installations with stories here, by name: one query,
    cached under the content version (a sync that changes a copy, and a
    renamed source, bump it)."""
    cache_key = f"samla:followed-origins:{content_version()}"
    origins = cache.get(cache_key)
    if origins is None:
        origins = [
            FollowedOrigin(f"samla-{pk}", name, pk)
            for pk, name in FollowedSource.objects.filter(copies__isnull=False)
            .distinct()
            .values_list("pk", "name")
        ]
        cache.set(cache_key, origins, CHROME_CACHE_SECONDS)
    return origins


def matching_terms(form, facets, municipalities=()):
    """The filter form's valid choices in the terms StoryPageQuerySet.matching
    takes: snippet facets (`facets`, {name: this language's facets}) by
    translation key, a municipality (of `municipalities`) by its home page's
    path, the others as chosen."""
    terms = {name: form.valid_value(name) for name in ("organisation_kind", "county", "year")}
    for name, objects in facets.items():
        slug = form.valid_value(name)
        chosen = next((facet for facet in objects if facet.slug == slug), None)
        terms[name] = chosen.translation_key if chosen else None
    if "municipality" in form.fields:
        slug = form.valid_value("municipality")
        chosen = next((option for option in municipalities if option.slug == slug), None)
        if isinstance(chosen, MunicipalityTree):
            terms["municipality"] = chosen.home_path
        elif isinstance(chosen, FollowedOrigin):
            terms["followed_source"] = chosen.source_id
    return terms


#: the filters a subscription to a filtered view keeps, in its order: the
#: facets, not the search words (a new story is e-mailed before the search
#: index is asked about it)
SUBSCRIBABLE_FILTERS = (
    "organisation_kind",
    "county",
    "activity",
    "target_group",
    "example_type",
    "year",
)


def subscribable_choices(form):
    """[(filter name, value)] of the form's valid facet choices, in a fixed order."""
    return [
        (name, form.valid_value(name))
        for name in SUBSCRIBABLE_FILTERS
        if form.valid_value(name) is not None
    ]


def facets_in(locale_id):
    """{filter name: the language's facets} for the snippet facets, by name."""
    return facets_of_language(SNIPPET_FACETS, locale_id)


class StoryLibrary:
    def __init__(self, index_page, request):
        self.index_page = index_page
        self.request = request
        self.facets = facets_in(index_page.locale_id)
        self.trees = (
            municipality_trees(index_page.locale.language_code)
            if index_page.shows_shared_stories
            else None
        )
        # The municipality filter's choices: this installation's
        # municipalities, then the installations it follows.
        self.municipalities = [*self.trees, *followed_origins()] if self.trees is not None else None
        self.form = StoryFilterForm(
            request.GET, facets=self.facets, municipalities=self.municipalities
        )
        self.base_url = index_page.get_url(request)

    @cached_property
    def stories(self):
        return StoryPage.objects.in_library(self.index_page)

    @cached_property
    def query(self):
        return self.form.valid_value("q") or ""

    @cached_property
    def filters(self):
        """What the stories are filtered by, in the terms StoryPageQuerySet.matching takes."""
        filters = matching_terms(self.form, self.facets, self.municipalities or ())
        if self.query:
            # The database search backend cannot combine every facet filter
            # with full-text search, so search first and filter on the ids.
            matches = self.stories.defer_streamfields().search(self.query, order_by_relevance=False)
            filters["search_ids"] = [story.pk for story in matches]
        return filters

    @property
    def is_filtered(self):
        return any(
            value not in (None, "") for key, value in self.filters.items() if key != "search_ids"
        ) or bool(self.query)

    @cached_property
    def results(self):
        stories = (
            self.stories.matching(self.filters)
            .newest_first()
            .defer_streamfields()
            .select_related("activity", "example_type", *self.copies_related)
            .prefetch_related("organisations", "target_groups")
        )
        total = self.facet_counts[TOTAL].get("", 0)
        return self.index_page.listing(self.request, stories, count=total)

    @property
    def copies_related(self):
        """What a card of a followed installation's story shows, joined in a
        library that lists them."""
        return ["followedstorypage__source"] if self.trees else []

    @cached_property
    def cards(self):
        return self.as_cards(self.results.object_list)

    def as_cards(self, stories):
        """Stories with what they link named in the library's language."""
        stories = list(stories)
        names = {
            name: {f.translation_key: f for f in facets} for name, facets in self.facets.items()
        }
        locale_id = self.index_page.locale_id
        # Only organisations of another language are looked up (no query for none).
        organisations = by_translation_key(
            Organisation.objects.all(),
            [
                o.translation_key
                for s in stories
                for o in s.organisations.all()
                if o.locale_id != locale_id
            ],
            locale_id,
        )
        return [
            StoryCard(
                story=story,
                organisations=[translated(o, organisations) for o in story.organisations.all()],
                target_groups=[
                    translated(g, names["target_group"]) for g in story.target_groups.all()
                ],
                activity=translated(story.activity, names["activity"]),
                example_type=translated(story.example_type, names["example_type"]),
                municipality=tree_of(story, self.trees) if self.trees else None,
                followed_from=getattr(story, "followedstorypage", None) if self.trees else None,
            )
            for story in stories
        ]

    def feed_items(self):
        return self.as_cards(
            self.stories.matching(self.filters)
            .order_by("-first_published_at", "-pk")
            .defer_streamfields()
            .select_related("activity", "example_type", *self.copies_related)
            .prefetch_related("organisations", "target_groups")[:FEED_ITEMS]
        )

    @cached_property
    def facet_counts(self):
        """{filter name: {value as text: the number of stories choosing it
        would show, given the other filters}}, and under TOTAL the number the
        filters show, in one query."""
        lookups = {
            "organisation_kind": "organisations__kind",
            "county": "county",
            "activity": "activity__translation_key",
            "target_group": "target_groups__translation_key",
            "example_type": "example_type__translation_key",
            "year": "year",
        }
        counted = [
            self.stories.matching(self.filters, leave_out=name).counted_by(name, lookup)
            for name, lookup in lookups.items()
        ]
        counted.append(self.stories.matching(self.filters).counted_by(TOTAL, Value("")))
        counts = StoryPage.objects.counts_by_name(counted)
        for name in [*lookups, TOTAL]:
            counts.setdefault(name, {})
        for name in SNIPPET_FACETS:
            counts[name] = {
                uuid.UUID(key): number for key, number in counts[name].items() if key is not None
            }
        counts["year"] = {int(key): number for key, number in counts["year"].items() if key}
        return counts

    def choices(self):
        """Each filter but the municipality and the year, in the page's order,
        with its options as (value, label, key in facet_counts)."""
        yield (
            "organisation_kind",
            [(value, label, value) for value, label in OrganisationKind.choices],
        )
        yield "county", [(value, label, value) for value, label in County.choices]
        for name in SNIPPET_FACETS:
            yield (
                name,
                [(facet.slug, facet.name, facet.translation_key) for facet in self.facets[name]],
            )

    @cached_property
    def facet_groups(self):
        """Each filter's options with the number of stories choosing it would
        show, given the other filters; options that would show none are left
        out unless chosen (so the reader can still see and undo the choice)."""
        groups = []

        def group(name, choices):
            counts = self.facet_counts[name]
            chosen = self.form.valid_value(name)
            options = [
                Option(str(value), str(label), counts.get(key, 0), str(value) == str(chosen))
                for value, label, key in choices
            ]
            options = [option for option in options if option.count or option.selected]
            groups.append(FacetGroup(name, self.form.fields[name].label, options))

        for name, choices in self.choices():
            group(name, choices)
        if self.municipalities:
            groups.append(self.municipality_group())
        year_counts = self.facet_counts["year"]
        chosen_year = self.form.valid_value("year")
        years = sorted(
            {*year_counts, *([chosen_year] if chosen_year else [])} - {None}, reverse=True
        )
        groups.append(
            FacetGroup(
                "year",
                self.form.fields["year"].label,
                [Option(str(y), str(y), year_counts.get(y, 0), y == chosen_year) for y in years],
            )
        )
        return groups

    def municipality_group(self):
        """The municipalities whose stories the library shows, with counts
        (one query however many municipalities)."""
        stories = self.stories.matching(self.filters, leave_out="municipality")
        counts = stories.aggregate(
            **{
                f"option_{number}": Count("pk", filter=self.of_municipality(option))
                for number, option in enumerate(self.municipalities)
            }
        )
        chosen = self.form.valid_value("municipality")
        options = [
            Option(option.slug, option.name, counts[f"option_{number}"], option.slug == chosen)
            for number, option in enumerate(self.municipalities)
        ]
        return FacetGroup(
            "municipality",
            self.form.fields["municipality"].label,
            [option for option in options if option.count or option.selected],
        )

    @staticmethod
    def of_municipality(option):
        if isinstance(option, FollowedOrigin):
            return Q(followedstorypage__source_id=option.source_id)
        return Q(url_path__startswith=option.home_path, followedstorypage__isnull=True)

    @cached_property
    def active_filters(self):
        """The reader's choices, each with a link that removes it."""
        active = []
        if self.query:
            active.append(
                ActiveFilter(self.form.fields["q"].label, self.query, self.url_without("q"))
            )
        # As facet_groups lists them, without the counts (a feed's title has none).
        chosen_labels = [
            (name, self._label_of_choice(name, [(value, label) for value, label, _key in choices]))
            for name, choices in self.choices()
        ]
        if self.municipalities:
            options = [(each.slug, each.name) for each in self.municipalities]
            chosen_labels.append(("municipality", self._label_of_choice("municipality", options)))
        chosen_labels.append(("year", self.form.valid_value("year")))
        for name, label in chosen_labels:
            if label is not None:
                active.append(
                    ActiveFilter(self.form.fields[name].label, str(label), self.url_without(name))
                )
        return active

    def _label_of_choice(self, name, options):
        """The label of the reader's choice for the filter `name` among
        `options` (value, label), or None."""
        chosen = self.form.valid_value(name)
        if chosen is None:
            return None
        return next((label for value, label in options if str(value) == str(chosen)), None)

    def _query_string(self, without=()):
        params = self.request.GET.copy()
        for key in ("page", *without):
            params.pop(key, None)
        for key in list(params):
            if key not in self.form.fields or not params.get(key):
                params.pop(key)
        encoded = params.urlencode()
        return f"?{encoded}" if encoded else ""

    def url_without(self, name):
        return self.base_url + self._query_string(without=[name])

    @cached_property
    def filter_query_string(self):
        """The current filters (not the page number), for feeds and sharing."""
        return self._query_string()

    @cached_property
    def email_subscription_url(self):
        """The subscribe page for new stories in this view (its facets; the
        page says what it keeps)."""
        query = [("topic", SubscriptionTopic.STORIES), *subscribable_choices(self.form)]
        return reverse("subscribe") + "?" + urlencode(query)

    @cached_property
    def rss_url(self):
        return self.base_url + "rss/" + self.filter_query_string

    @cached_property
    def atom_url(self):
        return self.base_url + "atom/" + self.filter_query_string
