"""Reading another Samla installation's API v2: conditional GETs with a
timeout and a size limit. Whatever goes wrong (down, slow, an error status,
too much, not JSON) is one exception, SourceUnavailable, so that the sync can
change nothing and try again next time."""

import http.client
import json
import urllib.error
import urllib.request

from django.conf import settings

# A page of the listing or one story is a few kilobytes; far more is not Samla.
MAX_RESPONSE_BYTES = 5 * 1024 * 1024


class SourceUnavailable(Exception):
    pass


class StoryUnavailable(Exception):
    """The source answered one story's request with an error status: that
    story's problem, not the source's."""


class NotModified:
    """The answer to a conditional request whose ETag still holds."""


NOT_MODIFIED = NotModified()


def fetch_json(url, etag="", one_story=False):
    """(JSON document, ETag) of `url`, or (NOT_MODIFIED, etag) when the
    source answers 304 to `etag`. An error status is StoryUnavailable for
    `one_story`, else SourceUnavailable; redirects are not followed (a
    source sends the sync nowhere else)."""
    request = urllib.request.Request(  # noqa: S310 (an administrator's http(s) address)
        url,
        headers={
            "Accept": "application/json",
            "User-Agent": "Samla (following shared stories)",
            **({"If-None-Match": etag} if etag else {}),
        },
    )
    try:
        with OPENER.open(request, timeout=settings.SAMLA_FOLLOWED_SOURCE_TIMEOUT) as response:
            body = response.read(MAX_RESPONSE_BYTES + 1)
            new_etag = response.headers.get("ETag", "")
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return NOT_MODIFIED, etag
        problem = f"{url} answered {error.code}"
        raise (StoryUnavailable if one_story else SourceUnavailable)(problem) from None
    except (OSError, ValueError, http.client.HTTPException) as error:
        # Refused, timed out, reset, cut short, not HTTP, a bad address.
        raise SourceUnavailable(f"{url}: {error or type(error).__name__}") from None
    if len(body) > MAX_RESPONSE_BYTES:
        raise SourceUnavailable(f"{url} answered more than {MAX_RESPONSE_BYTES} bytes")
    try:
        return json.loads(body), new_etag
    except (ValueError, RecursionError):
        raise SourceUnavailable(f"{url} did not answer JSON") from None


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # urllib then raises the 3xx as an HTTPError


OPENER = urllib.request.build_opener(NoRedirects)
