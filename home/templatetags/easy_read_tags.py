"""The links between a page and its easy-to-read Swedish version (home/easy_read/)."""

from django import template
from django.conf import settings

from home.easy_read.models import easy_read_links
from home.municipalities.trees import site_home_path

register = template.Library()


def _easy_read_links(context, page):
    """`page`'s easy-to-read version and the index, found in one query per
    request and page for both links (base.html shows them for the page it
    renders)."""
    request = context["request"]
    found = request.__dict__.setdefault("_samla_easy_read_links", {})
    key = getattr(page, "pk", None)
    if key not in found:
        is_swedish_page = key and context.get("LANGUAGE_CODE") == settings.LANGUAGE_CODE
        swedish_home_path = site_home_path(request, settings.LANGUAGE_CODE)
        found[key] = (
            easy_read_links(page if is_swedish_page else None, swedish_home_path)
            if swedish_home_path
            else (None, None)
        )
    return found[key]


@register.inclusion_tag("home/easy_read/components/easy_read_link.html", takes_context=True)
def easy_read_link(context, page):
    """The "Lättläst" link of a Swedish page whose easy-to-read version is live."""
    easy_read_page = _easy_read_links(context, page)[0]
    return {"easy_read_url": easy_read_page.get_url(context["request"]) if easy_read_page else None}


@register.inclusion_tag("home/easy_read/components/easy_read_index_link.html", takes_context=True)
def easy_read_index_link(context):
    """The footer's link to the index of easy-to-read pages, in every language
    while the index is live: its pages are Swedish, so is the link."""
    index = _easy_read_links(context, context.get("page"))[1]
    return {"index_url": index.get_url(context["request"]) if index else None}
