"""Fragments of the page chrome (language links, hreflang, navigation, the
urgent notice) are cached under a content version that changes whenever the
page tree or the notice changes, so a reader never sees a stale menu for
longer than one publish. The version lives in the cache every process
shares: Redis (REDIS_URL) across app servers, otherwise files shared by one
machine's processes (settings: CACHES). Fragments also expire after
CHROME_CACHE_SECONDS.

A request reads the version once (ContentVersionMiddleware): all it caches
is under the version it started with (unless it changes the content itself),
and its parts cost no read each."""

import time
from contextvars import ContextVar

from django.core.cache import cache

CONTENT_VERSION_KEY = "samla:content-version"
CHROME_CACHE_SECONDS = 300

# The version the current request read: {"version": …}, empty before its first read.
_read_by_request = ContextVar("samla_content_version", default=None)


def content_version():
    read = _read_by_request.get()
    if read:
        return read["version"]
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        if not cache.add(CONTENT_VERSION_KEY, version, timeout=None):
            # Another process set it first: the version is theirs.
            version = cache.get(CONTENT_VERSION_KEY, version)
    if read is not None:
        read["version"] = version
    return version


def bump_content_version(**kwargs):
    version = time.time_ns()
    cache.set(CONTENT_VERSION_KEY, version, timeout=None)
    read = _read_by_request.get()
    if read is not None:
        # The request that changed the content goes on under the new version.
        read["version"] = version


class ContentVersionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _read_by_request.set({})
        try:
            return self.get_response(request)
        finally:
            _read_by_request.reset(token)


def page_chrome_cache(request):
    return {"content_version": content_version(), "chrome_cache_seconds": CHROME_CACHE_SECONDS}
