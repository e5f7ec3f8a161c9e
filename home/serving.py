"""Wagtail's page view, with the page found in one query, or none once it
has been served under the content version.

Wagtail's `serve` finds the page through `Page.route_for_request`: the site's
root page in the active language (`Locale.get_active()`, one query), read as
its specific type (one more) to walk down from it. The url_path of the site's
home page in each language is in the root paths Wagtail caches, so the home
page and the pages the path names are one query by url_path, and only the
page that answers is read as its specific type. Once a path has been
answered, the page that answered it is kept as read, under the content
version (`_served_key()`): until the next change, the path is routed with no
query. Wagtail keeps a request's route on it (`Page.route_for_request`), so
its view, hooks (the view restrictions among them) and user bar use the one
found here."""

import hashlib
import logging
import pickle

from django.core.cache import cache
from django.http import Http404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.urls import serve_pattern

from home import navigation
from home.caching.content_version import content_version
from home.freshness import annotations as freshness_annotations
from home.models.page_queries import (
    RESTRICTED_PATHS_SECONDS,
    read_path,
    route_along,
    specific_with_locale,
    url_paths_on,
)
from home.municipalities.trees import site_home_path

# Wagtail's pattern of page paths, without its own views under _util/.
SERVE_PATTERN = serve_pattern.replace("^", "^(?!_util/)", 1)
# As long as the restricted paths: the longest a cache that lost the
# renewal of the content version (a failed write) keeps an unpublished page.
SERVED_SECONDS = RESTRICTED_PATHS_SECONDS

logger = logging.getLogger(__name__)


def serve(request, path):
    home_url_path = site_home_path(request)
    if home_url_path and not hasattr(request, "_wagtail_route_for_request"):
        path_components = [component for component in path.split("/") if component]
        version = content_version()
        url_paths = url_paths_on(home_url_path, path_components)
        served_key = _served_key(request, url_paths[-1], version)
        served_as = _served_as(served_key)
        if served_as is not None:
            page, rest = served_as
            request._wagtail_route_for_request = route_from(page, request, rest)
            return wagtail_views.serve(request, path)
        # The chrome's pages and what it says of the page's freshness come
        # with the path, read under the content version read first.
        pages, found = read_path(
            url_paths,
            others=navigation.pages_on_path_q(request, url_paths),
            annotations=freshness_annotations(version),
        )
        # Wagtail serves the site's root page in its own language where the
        # active language's home page is not live: left to Wagtail.
        if pages and pages[0].live:
            request._wagtail_route_for_request = found_route = route(
                pages, request, path_components
            )
            page = found_route.page if found_route else None
            # Where on the path the page that answers is (None: below it, or none).
            answered_at = next(
                (at for at, each in enumerate(pages) if page and each.pk == page.pk), None
            )
            if answered_at == len(url_paths) - 1:
                # The chrome's pages were read for the page at the end of the path.
                navigation.remember(request, page, found, version)
            # As read, before the view and templates leave their own state on it.
            kept = (
                _pickled(page, path_components[answered_at:]) if answered_at is not None else None
            )
            response = wagtail_views.serve(request, path)
            if kept is not None and response.status_code == 200:

                def keep(rendered=None):
                    # Returns nothing: a post-render callback's value would
                    # replace the response (and django-redis's set() says True).
                    cache.set(served_key, kept, SERVED_SECONDS)

                if hasattr(response, "add_post_render_callback"):
                    response.add_post_render_callback(keep)
                else:
                    keep()
            return response
    return wagtail_views.serve(request, path)


def _served_key(request, url_path, version):
    """Where the page that answered the path to `url_path`, in this host and
    language, is kept (pickled, with the rest of the path it routes: a feed's
    `rss/`) once it was served under the content version `version`, with the
    chrome's cached parts ({% cache %} in base.html) rendered where it has
    them. A part gone from the cache since is built again, reading its pages
    itself."""
    named = f"{request.get_host()}:{get_language()}:{url_path}"
    return f"samla:served:{hashlib.sha256(named.encode()).hexdigest()}:{version}"


def _pickled(page, rest):
    try:
        return pickle.dumps((page, rest))
    except (pickle.PicklingError, TypeError, AttributeError):
        logger.warning("Page %s cannot be kept as served", page.pk, exc_info=True)
        return None


def _served_as(served_key):
    """(the page, the rest of the path) kept at `served_key`, or None. (Pickled
    here, as every value of this cache is by Django.) A page another release
    kept that this code cannot read is read again."""
    kept = cache.get(served_key)
    if kept is None:
        return None
    try:
        return pickle.loads(kept)  # noqa: S301
    # A model or module renamed since: unpickling may raise almost anything.
    except Exception:  # noqa: BLE001
        logger.info("A page kept as served could not be read; it is read again", exc_info=True)
        return None


def route_from(page, request, path_components):
    """Wagtail's route of `path_components` from `page` (specific, read with
    its locale and, where it ends the path, its parent)."""
    try:
        return page.route(request, path_components)
    except Http404:
        return None


def route(pages, request, path_components):
    try:
        return route_along(pages, request, path_components) or specific_with_locale(pages[0]).route(
            request, path_components
        )
    except Http404:
        return None
