"""Which municipality's pages a listing shows. Each municipality has a home
page per language directly under the root, so the first segment of a page's
`url_path` names its municipality and language: keeping a listing to one
tree is one `url_path__startswith` filter, and costs no query."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import get_language

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.models.page_queries import remember_restricted_paths, restricted_paths_key
from home.municipalities.models import Municipality
from home.municipalities.sites import cached_sites
from home.site_address import site_url

# As long as Wagtail keeps them.
SITE_ROOT_PATHS_CACHE_SECONDS = 3600

# Home pages are children of Wagtail's root page.
HOME_DEPTH = 2


def home_path(page):
    """The url_path of the home page whose tree holds `page`."""
    return "/{}/".format(page.url_path.strip("/").split("/")[0])


def in_tree_of(pages, page):
    """`pages` kept to the municipality and language tree that holds `page`."""
    return pages.filter(url_path__startswith=home_path(page))


def site_root_paths(request):
    """Wagtail's site root paths (from the cache every process shares), read
    once per request however many listings and links ask."""
    if not hasattr(request, "_samla_site_root_paths"):
        request._samla_site_root_paths = cached_site_root_paths()
    return request._samla_site_root_paths


def cached_site_root_paths():
    """Wagtail's `Site.get_site_root_paths()`. Where its cache is empty,
    Wagtail reads the sites, then each site's home pages with a query of its
    own, one query per municipality; built here from the cached sites and one
    query, and stored where Wagtail reads it."""
    paths = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if paths is not None:
        return [SiteRootPath(*path) for path in paths]
    if not settings.WAGTAIL_I18N_ENABLED:
        return Site.get_site_root_paths()
    sites = cached_sites()  # in Wagtail's order
    root_keys = {site.root_page.translation_key for site in sites}
    # The restricted pages come in the same query: every public page asks
    # for their paths next, and a cold cache (after a deployment, or a
    # flushed cache) costs one query less.
    restricted_key = restricted_paths_key()
    is_restricted = Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
    pages = list(
        Page.objects.filter(Q(translation_key__in=root_keys) | Q(is_restricted))
        .annotate(is_restricted=is_restricted)
        .select_related("locale")
    )
    remember_restricted_paths(restricted_key, [page.path for page in pages if page.is_restricted])
    homes_by_key = {}
    for home in pages:
        if home.translation_key in root_keys:
            homes_by_key.setdefault(home.translation_key, []).append(home)
    paths = [
        SiteRootPath(site.id, home.url_path, site.root_url, home.locale.language_code)
        for site in sites
        for home in homes_by_key.get(site.root_page.translation_key, [])
    ]
    cache.set(
        SITE_ROOT_PATHS_CACHE_KEY,
        paths,
        SITE_ROOT_PATHS_CACHE_SECONDS,
        version=SITE_ROOT_PATHS_CACHE_VERSION,
    )
    return paths


def site_home_path(request, language_code=None):
    """The url_path of the request's site's home page in `language_code`
    (the active language); None where the site has no such home page. The
    site is cached on the request by Wagtail."""
    site = Site.find_for_request(request)
    language_code = language_code or get_language()
    for root in site_root_paths(request):
        if site is not None and root.site_id == site.pk and root.language_code == language_code:
            return root.root_path
    return None


def in_site(pages, request, language_code=None):
    """`pages` kept to the request's site, in its tree for `language_code`
    (the active language). A language's tree holds that language's pages
    only, so this is also the language filter, without reading the locale."""
    path = site_home_path(request, language_code)
    return pages.none() if path is None else pages.filter(url_path__startswith=path)


def searchable_in_site(pages, request):
    """`pages` kept to the request's site in the active language, for the
    search backends, which filter on a page's id but not on its `url_path`:
    the tree is a subquery, not a query of its own."""
    path = site_home_path(request)
    if path is None:
        return pages.none()
    return pages.filter(pk__in=Page.objects.filter(url_path__startswith=path).values("pk"))


def public_root_url(site_id, root_url):
    """The address a site's pages are linked at: the configured SAMLA_SITE_URL
    for the default municipality's site (every page of a single-municipality
    installation), each other municipality's own site address (Wagtail's
    `root_url`: https on port 443) for its pages. Asked for every link, so it
    reads no cache and, but once per process, no database."""
    return site_url() if site_id == default_site_id() else root_url


_default_site_id = None


def default_site_id():
    """The default municipality's site, read once per process: which site is
    the default changes only when an administrator changes the sites; that
    process forgets it then (`forget_default_site`, on Site's and
    Municipality's post_save and post_delete), the others when they restart
    (docs/operations.md, "Hosting several municipalities")."""
    global _default_site_id
    if _default_site_id is None:
        default = Municipality.default()
        if default is None:  # migrating: not kept, the next call reads it again
            return None
        _default_site_id = default.site_id
    return _default_site_id


def forget_default_site(**kwargs):
    global _default_site_id
    _default_site_id = None


@dataclass(frozen=True)
class MunicipalityTree:
    """One municipality's tree in one language."""

    slug: str  # its Swedish home page's slug: how addresses name the municipality
    name: str
    home_path: str  # the url_path of its home page in that language


def municipality_trees(language_code=None):
    """Every municipality's tree in `language_code` (None: in every
    language), by name. The names are one query, cached under the content
    version (a rename bumps it)."""
    cache_key = f"samla:municipality-names:{content_version()}"
    names = cache.get(cache_key)
    if names is None:
        names = dict(Municipality.objects.values_list("site_id", "name"))
        cache.set(cache_key, names, CHROME_CACHE_SECONDS)
    roots = Site.get_site_root_paths()
    swedish_slugs = {
        root.site_id: root.root_path.strip("/")
        for root in roots
        if root.language_code == settings.LANGUAGE_CODE
    }
    trees = [
        MunicipalityTree(swedish_slugs.get(root.site_id, ""), names[root.site_id], root.root_path)
        for root in roots
        if language_code in (None, root.language_code) and root.site_id in names
    ]
    return sorted(trees, key=lambda tree: tree.name)


def tree_of(page, trees):
    """The MunicipalityTree in `trees` that holds `page`, or None."""
    path = home_path(page)
    return next((tree for tree in trees if tree.home_path == path), None)


def in_trees_worked_for_by(pages_lookup, queryset, user):
    """`queryset` kept to the rows whose page (`pages_lookup`, e.g. "page")
    is in a tree of a municipality the user works for (every tree for a
    superuser)."""
    if user.is_superuser:
        return queryset
    site_ids = set(Municipality.objects.worked_for_by(user).values_list("site_id", flat=True))
    paths = [root.root_path for root in Site.get_site_root_paths() if root.site_id in site_ids]
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(**{f"{pages_lookup}__url_path__startswith": path})
    return queryset.filter(condition)
