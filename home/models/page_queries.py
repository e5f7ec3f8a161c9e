"""The page queries every public page type shares, each in one SQL query.

Wagtail's `PageQuerySet.public()` reads every view restriction before it
filters, one query more for each listing on a page. Here the tree paths of
the restricted pages are read once per content version
(home/caching/content_version.py, which a change of a view restriction
renews at once and again when it is committed) from the cache every process
shares, and serving a page reads them too (`BasePage.get_view_restrictions`):
a page under none of them costs no query for its restrictions. They are kept
for at most RESTRICTED_PATHS_SECONDS, the longest a cache that lost a renewal
(Redis failing one write while answering reads) could keep them. Page types
get this through `BasePage.objects`; a page type with its own query methods
subclasses `PageQuerySet`."""

from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction
from wagtail.models import PageManager as WagtailPageManager
from wagtail.query import PageQuerySet as WagtailPageQuerySet

from home.caching.content_version import content_version

RESTRICTED_PATHS_SECONDS = 60


def restricted_paths():
    """The tree paths of the pages with a view restriction."""
    key = restricted_paths_key()
    paths = cache.get(key)
    if paths is None:
        paths = remember_restricted_paths(
            key, PageViewRestriction.objects.values_list("page__path", flat=True)
        )
    return paths


def restricted_paths_key():
    """The cache key of the restricted paths, read before they are: a change
    while they are read renews the version, so they are not kept under it."""
    return f"samla:restricted-paths:{content_version()}"


def remember_restricted_paths(key, paths):
    """Cache `paths`, those of every page with a view restriction, under
    `key`; returns them as restricted_paths() does. The site root paths read
    them with the home pages (home/municipalities/trees.py)."""
    paths = sorted(set(paths))
    cache.set(key, paths, RESTRICTED_PATHS_SECONDS)
    return paths


def under_restriction(page, paths=None):
    """Whether a view restriction of `page` or of one of its ancestors may
    apply, from the cached paths (or `paths`, read from them for many pages)."""
    if paths is None:
        paths = restricted_paths()
    return any(page.path.startswith(path) for path in paths)


class PageQuerySet(WagtailPageQuerySet):
    def private_q(self):
        """Wagtail's condition (the restricted pages and their descendants),
        from the cached paths, so that the search backends can filter on it."""
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


PageManager = WagtailPageManager.from_queryset(PageQuerySet)


def all_pages():
    """Pages of every type (Wagtail's Page.objects), with this module's public()."""
    return PageQuerySet(model=Page)


def view_restrictions_of(page):
    """The view restrictions that apply to `page`: its own and its ancestors',
    an alias's from the page it copies (as Wagtail's
    Page.get_view_restrictions), in one query."""
    paths = [page.path[:length] for length in range(page.steplen, len(page.path) + 1, page.steplen)]
    on_path = Page.objects.filter(path__in=paths)
    return PageViewRestriction.objects.filter(
        Q(page__in=on_path.filter(alias_of__isnull=True))
        | Q(page__in=on_path.filter(alias_of__isnull=False).values("alias_of"))
    )


def pages_on_path(home_url_path, path_components):
    """The home page at `home_url_path` and the pages below it that
    `path_components` (slugs) name, from the top down, in one query; shorter
    than the components where a slug names no page (the rest may be a route
    of the last page found), empty where there is no such home page."""
    return read_path(url_paths_on(home_url_path, path_components))[0]


def read_path(url_paths, others=None, annotations=None):
    """(the pages at `url_paths` (url_paths_on()) from the top down, as
    pages_on_path(), every page read: those and the pages the condition
    `others` finds), in one query, each page with `annotations`."""
    wanted = Q(url_path__in=url_paths)
    if others is not None:
        wanted |= others
    found = list(
        Page.objects.filter(wanted).select_related("locale").annotate(**(annotations or {}))
    )
    by_url_path = {page.url_path: page for page in found}
    pages = []
    for url_path in url_paths:
        if url_path not in by_url_path:
            break
        pages.append(by_url_path[url_path])
    return pages, found


def url_paths_on(home_url_path, path_components):
    """The url_paths of the home page at `home_url_path` and of the pages
    below it that `path_components` would name, from the top down."""
    return [
        home_url_path + "".join(f"{slug}/" for slug in path_components[:end])
        for end in range(len(path_components) + 1)
    ]


def route_along(pages, request, path_components):
    """Wagtail's route of `path_components` below `pages[0]`, a home page,
    given `pages_on_path()`; None where no page below the home is named. As
    in Wagtail's walk, a page's own routes (feeds, downloads) come before its
    children of the same name. Only the page that answers is read as its
    specific type, with the locale read with the path."""
    if len(pages) < 2:
        return None
    for depth, page in enumerate(pages[1:], start=1):
        rest = path_components[depth:]
        if rest and page.live and has_route(page.specific_class, rest):
            return specific_with_locale(page).route(request, rest)
    page = specific_with_locale(pages[-1])
    page._cached_parent_obj = pages[-2]
    return page.route(request, path_components[len(pages) - 1 :])


def specific_with_locale(page, deferred=False):
    """`page` (read with its locale) as its specific type, with that locale;
    `deferred`: without reading the specific type's own fields."""
    specific = page.get_specific(deferred=deferred)
    specific.locale = page.locale
    return specific


def has_route(page_class, path_components):
    """Whether `page_class` has a route (RoutablePageMixin) for the path; a
    page whose type's model is gone (None) has none."""
    if page_class is None or not issubclass(page_class, RoutablePageMixin):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(path_components) + "/")
    except (Http404, Resolver404):
        return False
    return True
