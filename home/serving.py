"""Wagtail's page view, with the page found in one query.

Wagtail's `serve` finds the page through `Page.route_for_request`: the site's
root page in the active language (`Locale.get_active()`, one query), read as
its specific type (one more) to walk down from it. The url_path of the site's
home page in each language is in the root paths Wagtail caches, so the home
page and the pages the path names are one query by url_path, and only the
page that answers is read as its specific type. Wagtail keeps a request's
route on it (`Page.route_for_request`), so its view, hooks and user bar use
the one found here."""

import hashlib

from django.core.cache import cache
from django.http import Http404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.urls import serve_pattern

from home import navigation
from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.freshness import annotations as freshness_annotations
from home.models.page_queries import read_path, route_along, specific_with_locale, url_paths_on
from home.municipalities.trees import site_home_path

# Wagtail's pattern of page paths, without its own views under _util/.
SERVE_PATTERN = serve_pattern.replace("^", "^(?!_util/)", 1)


def serve(request, path):
    home_url_path = site_home_path(request)
    chrome_key, chrome_is_cached = None, False
    if home_url_path and not hasattr(request, "_wagtail_route_for_request"):
        path_components = [component for component in path.split("/") if component]
        version = content_version()
        url_paths = url_paths_on(home_url_path, path_components)
        chrome_key = _chrome_key(request, url_paths[-1], version)
        chrome_is_cached = bool(cache.get(chrome_key))
        if chrome_is_cached:
            # The chrome's parts are in the cache: only the path is read.
            pages, found = read_path(url_paths)
        else:
            # The chrome's pages and what it says of the page's freshness
            # come with the path, read under the content version read first.
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
            # The chrome's pages were read for the page at the end of the path.
            named_in_full = len(pages) == len(url_paths)
            if (
                not chrome_is_cached
                and named_in_full
                and found_route
                and found_route.page.pk == pages[-1].pk
            ):
                navigation.remember(request, found_route.page, found, version)
    response = wagtail_views.serve(request, path)
    if (
        chrome_key
        and not chrome_is_cached
        and response.status_code == 200
        and hasattr(response, "add_post_render_callback")
    ):
        response.add_post_render_callback(lambda rendered: _chrome_cached(chrome_key))
    return response


def _chrome_key(request, url_path, version):
    """The mark that the chrome's cached parts ({% cache %} in base.html) of
    the page at `url_path`, in this host and language, were rendered under the
    content version `version`. Only a query's size rests on it: a part gone
    from the cache is built again, reading its pages itself."""
    named = f"{request.get_host()}:{get_language()}:{url_path}"
    return f"samla:chrome-cached:{hashlib.sha256(named.encode()).hexdigest()}:{version}"


def _chrome_cached(chrome_key):
    cache.set(chrome_key, True, CHROME_CACHE_SECONDS)


def route(pages, request, path_components):
    try:
        return route_along(pages, request, path_components) or specific_with_locale(pages[0]).route(
            request, path_components
        )
    except Http404:
        return None
