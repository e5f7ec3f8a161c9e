"""Last good copies of public pages, served while the database is unreachable.

During a database restart or fail-over readers still get the page they asked
for instead of an error: every anonymous GET of a public page that answers
200 refreshes its copy in the shared cache (at most once a minute per page),
and the error handler (home.errors.server_error) serves that copy when a
request failed because the database could not be reached."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

COPY_SECONDS = 7 * 24 * 3600
REFRESH_SECONDS = 60
STALE_HEADER = "X-Samla-Stale-Copy"
NOT_COPIED_PREFIXES = ("/admin/", "/static/", "/media/", "/documents/")
# A copy is shared by every reader, so it must not carry one reader's CSRF
# token; a form sent from a copy gets the friendly "form expired" answer.
CSRF_TOKEN_VALUE = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')


def _key(path):
    return "stale-copy:" + hashlib.sha256(path.encode()).hexdigest()


def _is_copyable(request, response):
    return (
        request.method == "GET"
        and not request.GET
        and not request.path.startswith(NOT_COPIED_PREFIXES)
        # A signed-in or feedback-giving reader's page may be personal.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and response.status_code == 200
        and not response.streaming
        and STALE_HEADER not in response
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class StaleCopyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not _is_copyable(request, response):
            return response
        key = _key(request.path)
        if cache.add(key + ":fresh", 1, REFRESH_SECONDS):
            content = CSRF_TOKEN_VALUE.sub(rb"\1\2", response.content)
            copy = (response["Content-Type"], response.get("Content-Language", ""), content)
            cache.set(key, copy, COPY_SECONDS)
        return response


def forget_copy(path):
    """Drops the copy of `path` and its refresh pause, for a change that must
    reach the copy with the next reader's visit rather than within a minute."""
    key = _key(path)
    cache.delete_many([key, key + ":fresh"])


def stale_copy_response(request):
    """The last good copy of the requested page, or None."""
    if request.method not in ("GET", "HEAD"):
        return None
    copy = cache.get(_key(request.path))
    if copy is None:
        return None
    content_type, language, content = copy
    response = HttpResponse(content, content_type=content_type)
    if language:
        response["Content-Language"] = language
    response["Cache-Control"] = "no-store"
    response[STALE_HEADER] = "1"
    return response
