"""The answer to the front-end cache's health probe (site/deploy/varnish/samla.vcl).

It says only that this app server's process answers: it is given before the
host check, the https redirect and the database, so a probe over plain http
from the cache works with any DJANGO_ALLOWED_HOSTS, and a database outage
does not mark every backend sick (readers then still reach Samla's own
last-good-copy fallback, home/caching/stale_copies.py)."""

from django.http import HttpResponse

HEALTH_PATH = "/healthz"


class HealthProbeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH:
            response = HttpResponse("ok", content_type="text/plain")
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)
