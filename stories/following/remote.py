"""Reading another Samla installation's API v2: conditional GETs with a
timeout and a size limit. Whatever goes wrong (down, slow, an error status,
too much, not JSON) is one exception, SourceUnavailable, so that the sync can
change nothing and try again next time."""

import json
import urllib.error
import urllib.request

from django.conf import settings

# A page of the listing or one story is a few kilobytes; far more is not Samla.
MAX_RESPONSE_BYTES = 5 * 1024 * 1024


class SourceUnavailable(Exception):
    pass


class NotModified:
    """The answer to a conditional request whose ETag still holds."""


NOT_MODIFIED = NotModified()


def fetch_json(url, etag=""):
    """(JSON document, ETag) of `url`, or (NOT_MODIFIED, etag) when the
    source answers 304 to `etag`."""
    request = urllib.request.Request(  # noqa: S310 (an administrator's http(s) URLField)
        url,
        headers={
            "Accept": "application/json",
            "User-Agent": "Samla (following shared stories)",
            **({"If-None-Match": etag} if etag else {}),
        },
    )
    try:
        with urllib.request.urlopen(  # noqa: S310
            request, timeout=settings.SAMLA_FOLLOWED_SOURCE_TIMEOUT
        ) as response:
            body = response.read(MAX_RESPONSE_BYTES + 1)
            new_etag = response.headers.get("ETag", "")
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return NOT_MODIFIED, etag
        raise SourceUnavailable(f"{url} answered {error.code}") from None
    except (OSError, ValueError) as error:  # refused, timed out, reset, a bad address
        raise SourceUnavailable(f"{url}: {error}") from None
    if len(body) > MAX_RESPONSE_BYTES:
        raise SourceUnavailable(f"{url} answered more than {MAX_RESPONSE_BYTES} bytes")
    try:
        return json.loads(body), new_etag
    except ValueError:
        raise SourceUnavailable(f"{url} did not answer JSON") from None
