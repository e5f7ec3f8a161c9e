"""RSS and Atom feeds of a story library, for the whole library or any
filtered view (the feed takes the same query string as the index page)."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from home.feeds import IndexPageFeed
from stories.library.filtering import StoryLibrary


class StoryRssFeed(IndexPageFeed):
    def read_filters(self, index_page, request):
        # A filter value the library does not know is left out, as on the index page.
        self.library = StoryLibrary(index_page, request)

    def chosen_filters(self):
        return [active.value for active in self.library.active_filters]

    def filter_query_string(self):
        return self.library.filter_query_string

    def description(self, index_page):
        return index_page.intro or _("Good-practice stories from Swedish municipalities.")

    def items(self, index_page):
        return self.library.feed_items()

    def item_page(self, card):
        return card.story

    def item_title(self, card):
        return card.story.title

    def item_description(self, card):
        # Feed readers read an item's description (Atom: type="html") as
        # HTML; the summary is plain text, so it goes in as the HTML for itself.
        return escape(card.story.summary)

    def item_author_name(self, card):
        """The municipality a shared story comes from, in a library that shows them."""
        return card.municipality_name

    def item_categories(self, card):
        facets = [card.activity, card.example_type, *card.target_groups]
        return [facet.name for facet in facets if facet is not None]


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
