"""An address that belongs to no municipality is a 404, not the default
municipality's site: once an installation hosts several municipalities, a
reader who mistypes one's address must not get another's information."""

from urllib.parse import urlsplit

from django.core.exceptions import DisallowedHost
from django.http import Http404
from django.http.request import split_domain_port

from home.municipalities.sites import attach_site, site_for_host
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
    """Finds the request's site and its settings among the sites every
    process shares from the cache (home/municipalities/sites.py), and keeps
    them on the request where Wagtail looks for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            hostname = split_domain_port(request.get_host())[0]
        except DisallowedHost:
            # Django refuses it (a 400): made-up host names must not fill the cache.
            return self.get_response(request)
        attach_site(request, site_for_host(hostname, request.get_port()))
        return self.get_response(request)
