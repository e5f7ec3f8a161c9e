"""Error answers: 404 with the page's other languages, 500, the 503 (or
the page's last good copy) while the database is unreachable, and CSRF failures."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

from wagtail.models import Page, Site

from home.caching.stale_copies import stale_copy_response
from home.municipalities.middleware import UnknownHost
from home.municipalities.trees import site_root_paths


def _translations_of_missing_path(request):
    """Live pages at the same place in the site's other languages' trees, for a 404 in one."""
    parts = request.path.strip("/").split("/", 1)
    rest = parts[1] + "/" if len(parts) == 2 else ""
    site = Site.find_for_request(request)
    if not rest or site is None:
        return []
    candidates = [
        root.root_path + rest for root in site_root_paths(request) if root.site_id == site.pk
    ]
    return list(
        Page.objects.live().public().filter(url_path__in=candidates).select_related("locale")
    )


def page_not_found(request, exception=None):
    if isinstance(exception, UnknownHost):
        # Nothing of any municipality's site: this address is none of theirs.
        return render(request, "404_unknown_host.html", status=404)
    return render(
        request,
        "404.html",
        {"other_languages": _translations_of_missing_path(request)},
        status=404,
    )


def server_error(request):
    # Rendered without context processors or page tags: the database may be what failed.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return stale_copy_response(request) or service_unavailable(request)
    return HttpResponseServerError(loader.get_template("500.html").render())


def service_unavailable(request):
    """The database cannot be reached: say so, and when to come back."""
    content = loader.render_to_string("503.html", {"was_sending": request.method == "POST"})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def csrf_failure(request, reason=""):
    """A form sent with a missing or expired security token (CSRF_FAILURE_VIEW)."""
    return HttpResponseForbidden(loader.render_to_string("403_csrf.html", request=request))
