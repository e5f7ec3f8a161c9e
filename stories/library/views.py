"""The story library as readers use it: the index page's filters and results,
and its RSS and Atom feeds (registered for StoryIndexPage)."""

from home.models.pages import context_view, route_view
from stories.library.feeds import StoryAtomFeed, StoryRssFeed
from stories.library.filtering import StoryLibrary
from stories.models import StoryIndexPage


@context_view(StoryIndexPage)
def story_library(page, request):
    return {"library": StoryLibrary(page, request)}


@route_view(StoryIndexPage, "rss")
def rss_feed(request, page):
    return StoryRssFeed()(request, index_page=page)


@route_view(StoryIndexPage, "atom")
def atom_feed(request, page):
    return StoryAtomFeed()(request, index_page=page)
