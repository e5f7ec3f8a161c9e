"""The partner's read-only view of one revision: the page's own template,
rendered as Wagtail's preview renders it, cut down to the page's content.
The site's header, navigation, footer and forms are left out and every link
is turned into its text, so the sign-off page leads nowhere else: not to
other pages, drafts or the admin."""

from copy import copy

from django.http import QueryDict
from django.utils import translation
from django.utils.safestring import mark_safe

from bs4 import BeautifulSoup

# base.html wraps each page's own content in this element.
CONTENT_SELECTOR = "[data-listen-content]"
LEFT_OUT = ["script", "form", "iframe", "object", "embed", "noscript", "template", "button"]


def revision_content(page, request):
    """The content of `page` (a revision's copy of it) as readers would see
    it once published, as safe HTML without links, scripts or forms."""
    # The page is rendered as a GET of its own, in its own language; the
    # partner's request (perhaps their POST) stays as it is.
    preview_request = copy(request)
    preview_request.method = "GET"
    preview_request.GET = QueryDict()
    preview_request.POST = QueryDict()
    # As Wagtail's own previews: the parts cached for readers
    # ({% cached_part %}) neither answer for nor store a revision's content.
    preview_request.is_preview = True
    with translation.override(page.locale.language_code):
        response = page.serve_preview(preview_request, page.default_preview_mode)
        if hasattr(response, "render"):
            response.render()
    content = BeautifulSoup(response.content, "html.parser").select_one(CONTENT_SELECTOR)
    if content is None:
        return ""
    for element in content.find_all(LEFT_OUT):
        element.decompose()
    for link in content.find_all("a"):
        link.unwrap()
    return mark_safe(content.decode_contents())  # noqa: S308 - rendered by our own templates
