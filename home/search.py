"""Site search: the search box's text field (shared by every filter form
and the API) and the search page."""

import logging
import unicodedata

from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from home.models.page_queries import all_pages
from home.municipalities.trees import searchable_in_site
from home.pagination import paginate

SEARCH_MAX_LENGTH = 200


def plain_search_text(text):
    """`text` with double quotes and control characters as spaces and runs of
    spaces as one. A plain-text search gives quotes no meaning on any backend,
    but Wagtail's SQLite backend puts each word in quotes without escaping
    the reader's own (wagtail/wagtail#13227), so one `"` made the database
    refuse the query."""
    spaced = (" " if char == '"' or unicodedata.category(char) == "Cc" else char for char in text)
    return " ".join("".join(spaced).split())


class SearchTextField(forms.CharField):
    """What a reader types into a search box, ready for `.search()`; the
    length limit applies to the cleaned text."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", SEARCH_MAX_LENGTH)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        return plain_search_text(super().to_python(value))


class SearchForm(forms.Form):
    q = SearchTextField(label=_("Search"))


logger = logging.getLogger(__name__)


SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    search_failed = False
    if query:
        # The site's tree in the active language holds that language's pages
        # only: a locale filter as well would say nothing more, but PostgreSQL
        # would take the two as independent and expect a quarter of the
        # pages there are, and then match the words page by page instead of
        # with the full-text index (docs/benchmarks.md).
        # A result shows Page's own fields only: each page's specific type,
        # without the query per type that reading its fields costs.
        pages = searchable_in_site(all_pages().live().public(), request).specific(defer=True)
        try:
            results = paginate(request, pages.search(query), SEARCH_RESULTS_PER_PAGE)
            results.object_list = list(results.object_list)
        except Exception:  # whatever the search backend raises, the page still answers
            logger.exception("Search failed for a query of %d characters", len(query))
            results = None
            search_failed = True
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "form": form,
            "query": query,
            "results": results,
            "query_too_long": form.errors.get("q"),
            "search_failed": search_failed,
        },
        status=503 if search_failed else 200,
    )
