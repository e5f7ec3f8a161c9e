"""Fragments of the page chrome (language links, hreflang, navigation, the
urgent notice) are cached under a content version that changes whenever the
page tree or the notice changes, so a reader never sees a stale menu for
longer than one publish. The version lives in the cache every process
shares: Redis (REDIS_URL) across app servers, otherwise files shared by one
machine's processes (settings: CACHES). Fragments also expire after
CHROME_CACHE_SECONDS."""

import time

from django.core.cache import cache

CONTENT_VERSION_KEY = "samla:content-version"
CHROME_CACHE_SECONDS = 300


def content_version():
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(CONTENT_VERSION_KEY, version, timeout=None)
    return version


def bump_content_version(**kwargs):
    cache.set(CONTENT_VERSION_KEY, time.time_ns(), timeout=None)


def page_chrome_cache(request):
    return {"content_version": content_version(), "chrome_cache_seconds": CHROME_CACHE_SECONDS}
