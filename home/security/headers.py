"""Security headers Django and django-csp do not send."""


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
