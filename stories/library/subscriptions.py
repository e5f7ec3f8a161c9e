"""Subscribing to a filtered view of the story library ("asylum seekers in
Västmanland"): the filters a subscription keeps, named in plain words, and
whether a new story belongs to the view (settings.SAMLA_SUBSCRIPTION_FILTERS,
home/subscriptions/topic_filters.py)."""

from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.http import urlencode

from stories.library.filtering import (
    SUBSCRIBABLE_FILTERS,
    facets_in,
    matching_terms,
    subscribable_choices,
)
from stories.library.forms import StoryFilterForm
from stories.models import StoryPage


class StoryViewFilters:
    """The facets of a story library view, read like the library reads them:
    a value that is not a choice in `locale` is left out."""

    def __init__(self, query, locale):
        self.facets = facets_in(locale.pk)
        data = QueryDict(query) if isinstance(query, str) else query
        self.form = StoryFilterForm(data, facets=self.facets)

    @cached_property
    def choices(self):
        return subscribable_choices(self.form)

    @property
    def query_string(self):
        return urlencode(self.choices)

    @property
    def description(self):
        described = []
        for name, value in self.choices:
            field = self.form.fields[name]
            label = dict(getattr(field, "choices", [])).get(value, value)
            described.append((str(field.label), str(label)))
        return described

    @property
    def left_out(self):
        return [
            str(self.form.fields[name].label)
            for name in SUBSCRIBABLE_FILTERS
            if name in self.form.errors
        ]

    def matches(self, page):
        terms = matching_terms(self.form, self.facets)
        return StoryPage.objects.filter(pk=page.pk).matching(terms).exists()
