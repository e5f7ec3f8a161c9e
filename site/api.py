"""Wagtail's read-only API v2 for published pages, images and documents.

Wagtail's endpoints, with what a stranger can type into their query string
answered by a 400 and a message, or an empty list, instead of a server
error (tests/security/test_bad_input.py)."""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.views.decorators.http import conditional_page

from wagtail.api.v2 import filters
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.search import SearchTextField

# Longer than any real list of fields; Wagtail's parser recurses once per
# bracket and copies the rest of the string for every character.
FIELDS_MAX_LENGTH = 1000


class Pagination(WagtailPagination):
    """An offset past the last item gives no items, however large: the
    database would refuse a number above 2**63."""

    def paginate_queryset(self, queryset, request, view=None):
        items = super().paginate_queryset(queryset, request, view)
        if int(request.GET.get("offset", 0)) >= self.total_count:
            return []
        return items


class SearchFilter(filters.SearchFilter):
    """Wagtail's search, given the text as the public search box cleans it
    (home.search.SearchTextField): at most 200 characters, quotes and control
    characters dropped. A search for nothing finds nothing."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        try:
            text = SearchTextField().clean(request.GET["search"])
        except ValidationError as error:
            raise BadRequestError("search: " + " ".join(error.messages)) from None
        if not text:
            return queryset.none()
        query = request.GET.copy()
        query["search"] = text
        request._request.GET = query  # what Wagtail's filter (and the rest of the view) reads
        return super().filter_queryset(request, queryset, view)


def with_checked_search(backends):
    return [SearchFilter if backend is filters.SearchFilter else backend for backend in backends]


class CheckedParametersMixin:
    pagination_class = Pagination

    @classmethod
    def as_view(cls, *args, **kwargs):
        """Answers carry an ETag, and a request naming the current one gets
        a bodiless 304: installations that follow this one's shared stories
        ask every few minutes (stories/following/sync.py)."""
        return conditional_page(super().as_view(*args, **kwargs))

    def get_serializer_class(self):
        if len(self.request.GET.get("fields", "")) > FIELDS_MAX_LENGTH:
            raise BadRequestError(f"fields error: at most {FIELDS_MAX_LENGTH} characters")
        return super().get_serializer_class()

    def find_object(self, queryset, request):
        if "id" in request.GET:
            try:
                int(request.GET["id"])
            except ValueError:
                raise BadRequestError("id must be an integer") from None
        return super().find_object(queryset, request)


class Pages(CheckedParametersMixin, PagesAPIViewSet):
    filter_backends = with_checked_search(PagesAPIViewSet.filter_backends)

    @cached_property
    def base_queryset(self):
        return super().get_base_queryset()

    def get_base_queryset(self):
        """Wagtail's live pages this request may see, built once per request:
        Wagtail asks for them for the listing or the detail and again for the
        serializer (a page's parent), and each time reads the view
        restrictions and the root page's translations."""
        return self.base_queryset.all()

    def get_queryset(self):
        """Pages with their locale, which every answer shows (Wagtail's
        "locale" field), and what a page type's api_fields read (the model's
        `api_select_related`), so that a listing costs as many queries for
        twenty pages as for one (tests/campaigns/test_myth_api.py). The detail
        view reads its page as its specific type, the locale joined there."""
        queryset = super().get_queryset()
        related = ["locale", *getattr(queryset.model, "api_select_related", [])]
        if self.action == "detail_view":
            return queryset.specific().select_related(*related, for_specific_subqueries=True)
        return queryset.select_related(*related)


class Images(CheckedParametersMixin, ImagesAPIViewSet):
    filter_backends = with_checked_search(ImagesAPIViewSet.filter_backends)


class Documents(CheckedParametersMixin, DocumentsAPIViewSet):
    filter_backends = with_checked_search(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", Pages)
api_router.register_endpoint("images", Images)
api_router.register_endpoint("documents", Documents)
