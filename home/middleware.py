import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

LAST_ACTIVITY_KEY = "last_activity"
# Writing the session on every request would cost a database write each time;
# the timestamp is refreshed at most once a minute.
REFRESH_EVERY_SECONDS = 60


class AdminIdleTimeoutMiddleware:
    """Signs out a user whose session has been idle for ADMIN_IDLE_TIMEOUT_SECONDS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = time.time()
            last_activity = request.session.get(LAST_ACTIVITY_KEY, now)
            if now - last_activity > settings.ADMIN_IDLE_TIMEOUT_SECONDS:
                logout(request)
                return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
            if (
                now - last_activity >= REFRESH_EVERY_SECONDS
                or LAST_ACTIVITY_KEY not in request.session
            ):
                request.session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware answers a 404 by redirecting to the same path
    under /<language>/ when that resolves, and Wagtail's catch-all makes every
    path resolve there. The API, documents, admin and sitemap are not
    localised: their 404 stays a 404."""

    NON_LOCALISED_PREFIXES = (
        "/api/",
        "/admin/",
        "/documents/",
        "/sitemap.xml",
        "/static/",
        "/media/",
    )

    def process_response(self, request, response):
        if request.path.startswith(self.NON_LOCALISED_PREFIXES):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class XSSAuditorMiddleware:
    """Sends `X-XSS-Protection: 1; mode=block` (a wapiti scan finding, docs/operations.md).

    Current browsers have no XSS auditor and ignore the header; the Content
    Security Policy is what protects them. Older ones (Android WebViews
    before Chrome 78, old Safari) run their auditor in filtering mode when the
    header is absent, and attackers can abuse that mode to remove chosen
    scripts from a page; blocking mode shows nothing instead. Blocking mode's
    own weakness, telling a framing page whether something was blocked, is
    closed here because no page may be framed by another site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("X-XSS-Protection", "1; mode=block")
        return response
