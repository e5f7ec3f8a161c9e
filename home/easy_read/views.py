"""What easy-to-read pages show besides their own fields (home.models.pages.context_view)."""

from home.easy_read.models import EasyReadIndexPage, EasyReadPage
from home.models.pages import context_view


@context_view(EasyReadPage)
def easy_read_page_context(page, request):
    original = page.original()
    return {
        "original": original if original.live else None,
        "structured_data": page.structured_data(request, original),
    }


@context_view(EasyReadIndexPage)
def easy_read_index_context(page, request):
    easy_read_pages = page.easy_read_pages().select_related("locale")
    return {"easy_read_pages": page.listing(request, easy_read_pages)}
