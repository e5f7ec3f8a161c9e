"""Purging the front-end cache (Varnish, site/deploy/varnish/samla.vcl).

Wagtail's frontend cache (`wagtail.contrib.frontend_cache`) purges a page
when it is published or unpublished. A page also shows in other addresses:
its translations (language links, hreflang), its index and home pages and
their feeds, the sitemap and the API. `urls_showing()` lists all of them,
and the receivers in home/caching/signals.py hand them to Wagtail's
`purge_urls_from_cache` once the change is committed (a purge before the
commit could let the next reader cache the old page again).

`VarnishBackend` is the backend in WAGTAILFRONTENDCACHE (settings, from
SAMLA_FRONTEND_CACHE_URL). A purge that fails (Varnish down, slow or
refusing) is logged and retried by a task, later each time; it never fails
the editor's publication. An address ending in PREFIX (`*`) purges every
address under it: the navigation and the urgent notice are on every page of
a language.
"""

import logging
from datetime import timedelta
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.core.exceptions import ImproperlyConfigured
from django.urls import NoReverseMatch
from django.utils import timezone

from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from django_tasks import task

logger = logging.getLogger("samla.caching")

PREFIX = "*"
PURGE_TIMEOUT_SECONDS = 2
# With deferred tasks (DJANGO_TASKS_BACKEND=database): after 10 s, 20 s, 40 s
# … then every 10 minutes, for about an hour. Tasks that run in the request
# (the development default) try once more at once.
DEFERRED_ATTEMPTS = 10
IMMEDIATE_ATTEMPTS = 2
LONGEST_RETRY_DELAY = timedelta(minutes=10)


def retry_delay(attempt):
    return min(timedelta(seconds=10 * 2 ** (attempt - 1)), LONGEST_RETRY_DELAY)


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purge with a timeout, purges of everything under an
    address, and retries. Samla's VCL drops every stored answer of a purged
    path, whatever its query string (filters, pages of a listing)."""

    def __init__(self, params):
        self.location = params["LOCATION"]
        if urlsplit(self.location).scheme not in ("http", "https"):
            raise ImproperlyConfigured("SAMLA_FRONTEND_CACHE_URL must be an http(s) address.")
        super().__init__(params)

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls, attempt=1):
        failed = self.send(list(urls))
        if failed:
            schedule_retry(self.location, failed, attempt)

    def send(self, urls):
        """Sends one PURGE per address; returns the addresses that failed."""
        failed = []
        for index, url in enumerate(urls):
            try:
                # LOCATION is checked to be http(s) (__init__).
                request = self.purge_request(url)
                urlopen(request, timeout=PURGE_TIMEOUT_SECONDS).close()  # noqa: S310
            except HTTPError as error:
                logger.error("Varnish refused to purge %s: %s %s", url, error.code, error.reason)
                failed.append(url)
            except (URLError, OSError) as error:
                # Unreachable or too slow: the other purges would wait as long.
                logger.error("Could not reach Varnish at %s to purge: %s", self.location, error)
                return failed + urls[index:]
        return failed

    def purge_request(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        headers = {"Host": host, "User-Agent": "Samla-frontendcache"}
        path = parts.path
        if path.endswith(PREFIX):
            path = path.removesuffix(PREFIX)
            headers["X-Samla-Purge"] = "prefix"
        location = urlunsplit([self.cache_scheme, self.cache_netloc, path, "", ""])
        return PurgeRequest(url=location, headers=headers)


def schedule_retry(location, urls, attempt):
    deferred = retry_purge.get_backend().supports_defer
    if attempt >= (DEFERRED_ATTEMPTS if deferred else IMMEDIATE_ATTEMPTS):
        logger.error("Gave up purging %d addresses after %d attempts: %s", len(urls), attempt, urls)
        return
    logger.warning("Purging %d addresses again (attempt %d failed)", len(urls), attempt)
    retry = retry_purge
    if deferred:
        retry = retry.using(run_after=timezone.now() + retry_delay(attempt))
    try:
        retry.enqueue(location, urls, attempt + 1)
    except Exception:
        logger.exception("Could not queue the purge of %d addresses", len(urls))


@task()
def retry_purge(location, urls, attempt):
    VarnishBackend({"LOCATION": location}).purge_batch(urls, attempt)


def _on_host(url, path):
    parts = urlsplit(url)
    return urlunsplit([parts.scheme, parts.netloc, path, "", ""])


def cached_paths(page):
    """The page's own addresses below its URL: Wagtail's cached paths and
    every route without parameters (feeds, the calendar, the CSV download)."""
    specific = page.specific_deferred
    paths = set(specific.get_cached_paths())
    if isinstance(specific, RoutablePageMixin):
        for pattern in specific.get_subpage_urls():
            try:
                paths.add(specific.reverse_subpage(pattern.name))
            except NoReverseMatch:  # a route with parameters
                continue
    return paths


def page_addresses(page):
    """The page's own addresses, and those its type names elsewhere on the
    site with `get_other_cached_paths()` (a myth's share image)."""
    url = page.get_full_url()
    if url is None:
        return set()
    addresses = {url + path.lstrip("/") for path in cached_paths(page)}
    other_paths = getattr(page.specific_deferred, "get_other_cached_paths", list)()
    return addresses | {_on_host(url, path) for path in other_paths}


def urls_showing(page, *, whole_subtree=False):
    """Every address whose answer shows `page`: the page in every language
    with its routes, each translation's index and home pages with theirs,
    the sitemap and the API's listings and detail answers, and the pages
    its type says also show it (`pages_also_showing()`). With
    `whole_subtree` (a move or a deletion) every address under the page's
    too; a page in the menu changes every page of its language."""
    urls = set()
    # Specific pages: their full URLs are on the site's address (BasePage.get_url_parts).
    translations = (
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(depth=1)
        .specific(defer=True)
    )
    for translation in translations:
        own = page_addresses(translation)
        if not own:
            continue
        page_url = translation.get_full_url()
        urls |= own
        if whole_subtree:
            urls.add(page_url + PREFIX)
        for ancestor in translation.get_ancestors().filter(depth__gt=1).specific(defer=True):
            urls |= page_addresses(ancestor)
            if translation.show_in_menus and ancestor.depth == 2:
                urls.add(ancestor.get_full_url() + PREFIX)
        # Pages elsewhere that list it, e.g. other municipalities' libraries.
        for listing in getattr(translation, "pages_also_showing", list)():
            urls |= page_addresses(listing)
        urls.add(_on_host(page_url, f"/api/v2/pages/{translation.pk}/"))
        urls.add(_on_host(page_url, "/api/v2/pages/"))
        urls.add(_on_host(page_url, "/sitemap.xml"))
    return urls


def urls_of_every_page():
    """Every public address, for a change of what every page shows (the
    urgent notice, site settings)."""
    homes = Page.objects.filter(depth=2).specific(defer=True)
    return {url + PREFIX for home in homes if (url := home.get_full_url())}


def purge(urls):
    """Hands `urls` to Wagtail's frontend cache; never raises (the caller is
    an editor's publication)."""
    try:
        # In this process, at once: Wagtail's purge_urls_from_cache queues a
        # task, which with a task worker waits behind every e-mail and index
        # update queued before it while readers get the old page. A purge
        # that fails is still retried by a task (VarnishBackend).
        purge_urls_from_cache_task.call(sorted(urls))
    except Exception:
        logger.exception("Could not purge %d addresses", len(urls))
