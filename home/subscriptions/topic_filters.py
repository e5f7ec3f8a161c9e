"""Subscriptions to a filtered view of a topic's listing ("asylum seekers in
Västmanland"). A topic whose listing can be filtered names, in
`settings.SAMLA_SUBSCRIPTION_FILTERS`, the class that reads its filters (so
home never imports the apps built on it). Such a class is made with
`(query, locale)`, the query a `QueryDict` or a query string, and offers

- `query_string`: the filters it knows with a valid value, normalised (its
  own order, nothing else), which a `Subscription` stores in `filters`;
- `description`: [(label, value)] naming those filters in the active language;
- `left_out`: labels of filters whose value was not a choice;
- `matches(page)`: whether a page of the topic belongs to the view."""

from django.conf import settings
from django.utils.module_loading import import_string


def view_filters(topic, query, locale):
    """The filters of `query` that a subscription to `topic` can keep, or
    None when the topic's listing has none."""
    path = settings.SAMLA_SUBSCRIPTION_FILTERS.get(topic)
    return import_string(path)(query, locale) if path else None


def describe(topic, filters, locale):
    """[(label, value)] naming a subscription's `filters` in the active language."""
    view = view_filters(topic, filters, locale) if filters else None
    return view.description if view else []


def matching_filters(page, filter_strings):
    """Those of `filter_strings` (a topic's subscriptions' `filters`) whose
    view the newly published `page` belongs to; "" (everything new) always."""
    return [
        filters
        for filters in filter_strings
        if not filters
        or (view := view_filters(page.subscription_topic, filters, page.locale)) is not None
        and view.matches(page)
    ]
