"""The links between a page and its easy-to-read Swedish version (home/easy_read/)."""

from django import template

from home.navigation import navigation

register = template.Library()


@register.inclusion_tag("home/easy_read/components/easy_read_link.html", takes_context=True)
def easy_read_link(context, page):
    """The "Lättläst" link of a Swedish page whose easy-to-read version is live."""
    easy_read_page = navigation(context["request"], page).easy_read_version
    return {"easy_read_url": easy_read_page.get_url(context["request"]) if easy_read_page else None}


@register.inclusion_tag("home/easy_read/components/easy_read_index_link.html", takes_context=True)
def easy_read_index_link(context):
    """The footer's link to the index of easy-to-read pages, in every language
    while the index is live: its pages are Swedish, so is the link."""
    index = navigation(context["request"], context.get("page")).easy_read_index
    return {"index_url": index.get_url(context["request"]) if index else None}
