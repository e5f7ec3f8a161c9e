"""What the front-end cache (Varnish, site/deploy/varnish/samla.vcl) and
browsers may keep.

An anonymous GET of a public page is the same for every reader: it is
marked `public` with `s-maxage` for the shared cache, which keeps it until a
publication purges it (home/caching/purge.py) or the time runs out, and
`max-age=0` for browsers (SAMLA_BROWSER_CACHE_SECONDS), which nobody can
purge: a reader who comes back to a corrected page gets the correction from
the shared cache, not their own earlier copy. Everything that may be
one person's is `private, no-store`: anything asked with a session (signed
in, or a reader whose feedback the session remembers), previews, posts and
their answers, answers that set a cookie, personal links (a view marks its
own answer with `never_cache`), errors, and the language redirects, which
depend on the reader's browser. A view that set its own Cache-Control keeps
it unless the request is one of those."""

from django.conf import settings
from django.utils.cache import patch_cache_control

SHAREABLE_STATUSES = {200, 203, 204, 300, 301, 308, 404, 410}
PERSONAL = "private, no-store"


def is_personal(request, response):
    user = getattr(request, "user", None)
    return (
        request.method not in ("GET", "HEAD")
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or (user is not None and user.is_authenticated)
        or getattr(request, "is_preview", False)
        or request.path.startswith("/admin/")
        or bool(response.cookies)
        or response.status_code not in SHAREABLE_STATUSES
        # Django's language redirect and unprefixed answers depend on the browser.
        or "accept-language" in response.get("Vary", "").lower()
    )


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personal(request, response):
            if "Cache-Control" in response:
                del response["Cache-Control"]
            response["Cache-Control"] = PERSONAL
        elif "Cache-Control" not in response:
            patch_cache_control(
                response,
                public=True,
                max_age=settings.SAMLA_BROWSER_CACHE_SECONDS,
                s_maxage=settings.SAMLA_SHARED_CACHE_SECONDS,
            )
        return response
