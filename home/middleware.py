"""Which paths are localised: Django's LocaleMiddleware without its
redirect for the API, documents, admin, sitemap and the root files
(site/site_files.py)."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware answers a 404 by redirecting to the same path
    under /<language>/ when that resolves, and Wagtail's catch-all makes every
    path resolve there. The API, documents, admin, sitemap and root files
    are not localised: their 404 stays a 404, and their answers do not vary
    with the reader's language."""

    NON_LOCALISED_PREFIXES = (
        "/api/",
        "/admin/",
        "/documents/",
        "/sitemap.xml",
        "/robots.txt",
        "/favicon.ico",
        "/apple-touch-icon.png",
        "/manifest.webmanifest",
        "/static/",
        "/media/",
    )

    def process_response(self, request, response):
        if request.path.startswith(self.NON_LOCALISED_PREFIXES):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
