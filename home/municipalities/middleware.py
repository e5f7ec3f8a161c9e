"""An address that belongs to no municipality is a 404, not the default
municipality's site: once an installation hosts several municipalities, a
reader who mistypes one's address must not get another's information."""

from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import Http404
from django.http.request import split_domain_port

from wagtail.models import Site

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.municipalities.trees import site_root_paths
from home.site_address import site_hostname

# The admin serves every municipality.
ANY_HOST_PATHS = ("/admin/",)


class UnknownHost(Http404):
    pass


class UnknownHostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(ANY_HOST_PATHS):
            # Wagtail's cached root paths: no query.
            roots = site_root_paths(request)
            # With one site, Wagtail's default site answers every host name.
            if len({root.site_id for root in roots}) > 1:
                known = {urlsplit(root.root_url).hostname for root in roots}
                # The configured address is the default municipality's public one.
                known.add(site_hostname())
                if split_domain_port(request.get_host())[0] not in known:
                    raise UnknownHost
        return self.get_response(request)


class CachedSiteMiddleware:
    """Finds the request's site in the cache every process shares. Wagtail
    asks the database on every request (`Site.find_for_request`, a query
    whose CASE ordering costs a fifth of a warm story page's time), and the
    answer changes only when a site does, which renews the content version
    (home/caching/signals.py). Wagtail keeps the site it found on the
    request, as `_wagtail_site`, which is where this puts it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            hostname = split_domain_port(request.get_host())[0]
        except DisallowedHost:
            # Django refuses it; made-up host names must not fill the cache.
            return self.get_response(request)
        key = f"samla:site:{hostname}:{request.get_port()}:{content_version()}"
        found = cache.get(key)
        if found is None:
            found = (Site.find_for_request(request),)
            cache.set(key, found, CHROME_CACHE_SECONDS)
        request._wagtail_site = found[0]
        return self.get_response(request)
