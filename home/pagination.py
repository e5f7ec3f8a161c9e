from django.core.paginator import Paginator


def paginate(request, items, per_page, count=None):
    """The requested page of `items`; any page number people can type (none,
    negative, huge, not a number) gives a valid page instead of an error.
    `count`: the number of `items`, where the caller has counted them."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))
