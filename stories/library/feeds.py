"""RSS and Atom feeds of a story library, for the whole library or any
filtered view (the feed takes the same query string as the index page)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from stories.library.filtering import StoryLibrary


class StoryRssFeed(Feed):
    def get_object(self, request, index_page):
        self.request = request
        self.library = StoryLibrary(index_page, request)
        return index_page

    def title(self, index_page):
        if self.library.active_filters:
            chosen = ", ".join(f.value for f in self.library.active_filters)
            return f"{index_page.title}: {chosen} – Samla"
        return f"{index_page.title} – Samla"

    def link(self, index_page):
        return index_page.get_full_url(self.request) + self.library.filter_query_string

    def feed_url(self, index_page):
        return self.request.build_absolute_uri()

    def description(self, index_page):
        return index_page.intro or _("Good-practice stories from Swedish municipalities.")

    subtitle = description

    def items(self, index_page):
        return self.library.feed_items()

    def item_title(self, card):
        return card.story.title

    def item_description(self, card):
        # Feed readers read an item's description (Atom: type="html") as
        # HTML; the summary is plain text, so it goes in as the HTML for itself.
        return escape(card.story.summary)

    def item_link(self, card):
        return card.story.get_full_url(self.request)

    def item_guid(self, card):
        return card.story.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, card):
        return card.story.first_published_at

    def item_updateddate(self, card):
        return card.story.last_published_at

    def item_categories(self, card):
        facets = [card.activity, card.example_type, *card.target_groups]
        return [facet.name for facet in facets if facet is not None]


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
