"""Cross-site posting protection for the readers' forms without a token.

The front-end cache (docs/operations.md) hands one copy of a public page to
every reader, so the page cannot carry a per-reader CSRF token, and a form
posted from a cached page would fail Django's token check. Readers' forms
(feedback, subscribe, suggest an example, report a rumour) are checked by
where the post comes from instead: every browser sends Origin with a form
post, and a post whose Origin (or, without one, Referer) is not Samla's own
origin or one of CSRF_TRUSTED_ORIGINS is refused with the CSRF failure page.
These forms act for nobody signed in, so a token adds nothing an attacker
could not fetch for himself; the admin and the partner sign-off keep
Django's token check."""

from functools import wraps
from urllib.parse import urlsplit

from django.middleware.csrf import (
    REASON_BAD_REFERER,
    REASON_NO_REFERER,
    CsrfViewMiddleware,
    RejectRequest,
)
from django.views.decorators.csrf import csrf_exempt


class OriginCheck(CsrfViewMiddleware):
    """Django's CSRF checks of Origin and (over https) Referer, unchanged,
    with the token check replaced by a Referer check over plain http, where
    Django skips it."""

    def _check_token(self, request):
        if "HTTP_ORIGIN" in request.META or request.is_secure():
            return  # process_view has checked the Origin, or over https the Referer
        referer = request.META.get("HTTP_REFERER")
        if not referer:
            raise RejectRequest(REASON_NO_REFERER)
        if urlsplit(referer).netloc != request.get_host():
            raise RejectRequest(REASON_BAD_REFERER % referer)


def origin_checked(view):
    """For a public form's view: posts from other sites are refused, posts
    from Samla's own pages need no token."""

    @csrf_exempt
    @wraps(view)
    def checked_view(request, *args, **kwargs):
        # One checker per request: it reads CSRF_TRUSTED_ORIGINS when created.
        refusal = OriginCheck(view).process_view(request, view, args, kwargs)
        return refusal or view(request, *args, **kwargs)

    return checked_view
