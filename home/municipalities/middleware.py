"""An address that belongs to no municipality is a 404, not the default
municipality's site: once an installation hosts several municipalities, a
reader who mistypes one's address must not get another's information."""

from urllib.parse import urlsplit

from django.http import Http404
from django.http.request import split_domain_port

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
