"""Error answers: 404 with the page's other languages, 500, the 503 (or
the page's last good copy) while the database is unreachable, and CSRF failures."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

from wagtail.models import Page

from home.caching.stale_copies import stale_copy_response


def _translations_of_missing_path(request):
    """Live pages at the same place in other languages' trees, for a 404 in one."""
    parts = request.path.strip("/").split("/", 1)
    rest = parts[1] + "/" if len(parts) == 2 else ""
    if not rest:
        return []
    homes = Page.objects.filter(depth=2).only("url_path", "locale_id")
    candidates = [home.url_path + rest for home in homes]
    return list(
        Page.objects.live().public().filter(url_path__in=candidates).select_related("locale")
    )


def page_not_found(request, exception=None):
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
