"""RSS and Atom feeds of a myth index's newest fact checks, for the whole
index or filtered by topic, verdict or words (the index page's query string).
A filter value that names nothing is refused with a 400 and a message rather
than ignored: a subscriber would otherwise follow every myth believing they
follow one topic. A topic with no myths yet gives an empty feed."""

from django.template.loader import render_to_string
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.translation import gettext as _

from campaigns.models import MythTopic
from campaigns.myths.forms import MythFilterForm
from campaigns.myths.urgent import open_urgent_publications
from home.feeds import FeedFilterError, IndexPageFeed

FEED_ITEMS = 50


class MythRssFeed(IndexPageFeed):
    def read_filters(self, index_page, request):
        self.form = MythFilterForm(
            request.GET, topics=MythTopic.objects.filter(locale_id=index_page.locale_id)
        )
        if not self.form.is_valid():
            refused = ", ".join(str(self.form.fields[name].label) for name in self.form.errors)
            raise FeedFilterError(
                _("This feed has no such choice for: %(filters)s.") % {"filters": refused}
            )

    def chosen_filters(self):
        values = self.form.cleaned_data
        chosen = [values["q"], values["topic"] and values["topic"].name]
        if values["verdict"]:
            chosen.append(str(dict(self.form.fields["verdict"].choices)[values["verdict"]]))
        return [value for value in chosen if value]

    def filter_query_string(self):
        return self.form.query_string()

    def description(self, index_page):
        return index_page.intro or _(
            "Rumours about refugee reception, answered with checked facts."
        )

    def items(self, index_page):
        myths = list(self.form.filter(index_page.published_myths())[:FEED_ITEMS])
        self.urgent_publications = open_urgent_publications(myths)
        return myths

    def item_title(self, myth):
        return myth.claim

    def item_description(self, myth):
        # What the page shows first: the example notice on an invented page,
        # the urgent-publication notice while its fact check runs, then the
        # verdict and the checked fact (HTML, as feed readers read it).
        notices = []
        if myth.is_example_content:
            notices.append(render_to_string("campaigns/components/example_notice.html"))
        urgent = self.urgent_publications.get(myth.translation_key)
        if urgent:
            notices.append(
                render_to_string(
                    "campaigns/myths/components/urgent_notice.html", {"urgent": urgent}
                )
            )
        return "".join(notices) + format_html(
            "<p><strong>{}:</strong> {}</p>", myth.verdict_label, myth.short_fact
        )

    def item_categories(self, myth):
        return [str(myth.verdict_label), *([myth.topic.name] if myth.topic else [])]


class MythAtomFeed(MythRssFeed):
    feed_type = Atom1Feed
