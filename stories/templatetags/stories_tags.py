from django import template

from home.municipalities.trees import in_site
from home.navigation import navigation
from stories.models import StoryIndexPage, StoryPage

register = template.Library()

HOME_PAGE_STORIES = 3


@register.inclusion_tag("stories/library/components/newest_stories.html", takes_context=True)
def newest_stories(context):
    """The home page's stories section: the site's featured stories first,
    then its newest, in the reader's language (two queries however many there are)."""
    stories = list(
        in_site(StoryPage.objects.live().public().written_here(), context["request"])
        .defer_streamfields()
        .order_by("-featured", "-year", "-first_published_at")[:HOME_PAGE_STORIES]
    )
    library = navigation(context["request"], context.get("page")).index_of_type(StoryIndexPage)
    return {"stories": stories, "library": library, "request": context.get("request")}
