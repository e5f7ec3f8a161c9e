from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """The requested page of `items`; any page number people can type (none,
    negative, huge, not a number) gives a valid page instead of an error."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(request.GET.get("page"))
