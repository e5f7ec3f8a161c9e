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

from home import freshness
from home.models.page_queries import pages_on_path, route_along, specific_with_locale
from home.municipalities.trees import site_home_path

# Wagtail's pattern of page paths, without its own views under _util/.
SERVE_PATTERN = serve_pattern.replace("^", "^(?!_util/)", 1)


def serve(request, path):
    home_url_path = site_home_path(request)
    if home_url_path and not hasattr(request, "_wagtail_route_for_request"):
        path_components = [component for component in path.split("/") if component]
        # What the chrome says of the page's freshness comes with it.
        pages = pages_on_path(home_url_path, path_components, freshness.annotations())
        # Wagtail serves the site's root page in its own language where the
        # active language's home page is not live: left to Wagtail.
        if pages and pages[0].live:
            request._wagtail_route_for_request = route(pages, request, path_components)
    return wagtail_views.serve(request, path)


def route(pages, request, path_components):
    try:
        return route_along(pages, request, path_components) or specific_with_locale(pages[0]).route(
            request, path_components
        )
    except Http404:
        return None
