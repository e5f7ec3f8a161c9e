"""RSS and Atom feeds of an index page's newest pages, for the whole index or
any filtered view: the feed takes the same query string as the index page.
Each domain says how its filters are read and what an entry shows
(stories.library.feeds, campaigns.myths.feeds); every link is absolute."""

from urllib.parse import urlsplit

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest


class FeedFilterError(Exception):
    """A filter in the feed's address that names nothing; its message says
    which, in the reader's language."""


class IndexPageFeed(Feed):
    """RSS 2.0. For Atom, subclass with `feed_type = Atom1Feed`.

    Subclasses implement read_filters (raising FeedFilterError for a value
    they refuse), chosen_filters, filter_query_string, description and
    items; item_page gives the page an item is about."""

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except FeedFilterError as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")

    def get_object(self, request, index_page):
        self.request = request
        self.read_filters(index_page, request)
        return index_page

    def read_filters(self, index_page, request):
        raise NotImplementedError

    def chosen_filters(self):
        """The reader's choices, as words for the feed's title."""
        raise NotImplementedError

    def filter_query_string(self):
        """The reader's filters ("?…", or ""), for the link back to the index."""
        raise NotImplementedError

    def title(self, index_page):
        chosen = self.chosen_filters()
        if chosen:
            return f"{index_page.title}: {', '.join(chosen)} – Samla"
        return f"{index_page.title} – Samla"

    def link(self, index_page):
        return index_page.get_full_url(self.request) + self.filter_query_string()

    def feed_url(self, index_page):
        """The feed's own address on the site's host, like every link in it."""
        index_url = index_page.get_full_url(self.request)
        route = self.request.path.removeprefix(urlsplit(index_url).path)
        return index_url + route + self.filter_query_string()

    def subtitle(self, index_page):
        return self.description(index_page)

    def item_page(self, item):
        return item

    def item_link(self, item):
        return self.item_page(item).get_full_url(self.request)

    def item_guid(self, item):
        return self.item_link(item)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return self.item_page(item).first_published_at

    def item_updateddate(self, item):
        return self.item_page(item).last_published_at
