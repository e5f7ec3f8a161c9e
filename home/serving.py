"""Wagtail's page view, with the page found in one query.

Wagtail's `serve` finds the page through `Page.route_for_request`: the site's
root page in the active language (`Locale.get_active()`, one query), read as
its specific type (one more) to walk down from it. The url_path of the site's
home page in each language is in the root paths Wagtail caches, so the home
page and the pages the path names are one query by url_path, and only the
page that answers is read as its specific type. Wagtail keeps a request's
route on it (`Page.route_for_request`), so its view, hooks and user bar use
the one found here."""

from django.http import Http404

from wagtail import views as wagtail_views
from wagtail.urls import serve_pattern

from home import navigation
from home.caching.content_version import content_version
from home.freshness import annotations as freshness_annotations
from home.models.page_queries import read_path, route_along, specific_with_locale, url_paths_on
from home.municipalities.trees import site_home_path

# Wagtail's pattern of page paths, without its own views under _util/.
SERVE_PATTERN = serve_pattern.replace("^", "^(?!_util/)", 1)


def serve(request, path):
    home_url_path = site_home_path(request)
    if home_url_path and not hasattr(request, "_wagtail_route_for_request"):
        path_components = [component for component in path.split("/") if component]
        # The chrome's pages and what it says of the page's freshness come
        # with it, read under the content version read first.
        version = content_version()
        url_paths = url_paths_on(home_url_path, path_components)
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
            if named_in_full and found_route and found_route.page.pk == pages[-1].pk:
                navigation.remember(request, found_route.page, found, version)
    return wagtail_views.serve(request, path)


def route(pages, request, path_components):
    try:
        return route_along(pages, request, path_components) or specific_with_locale(pages[0]).route(
            request, path_components
        )
    except Http404:
        return None
