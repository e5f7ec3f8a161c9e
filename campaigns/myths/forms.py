"""The myth index's filters."""

from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from campaigns.myths.choices import Verdict
from home.filters import FilterForm
from home.search import SearchTextField


class MythFilterForm(FilterForm):
    q = SearchTextField(label=_("Search the myths"))
    topic = forms.ModelChoiceField(
        label=_("Topic"), queryset=None, required=False, empty_label=_("All topics")
    )
    verdict = forms.ChoiceField(
        label=_("Verdict"), choices=[("", _("All verdicts")), *Verdict.choices], required=False
    )

    def __init__(self, data, topics):
        super().__init__(data)
        self.fields["topic"].queryset = topics

    def filter(self, myths):
        """`myths` narrowed by whatever valid choices the reader made; an
        invalid choice (an edited address) is ignored rather than an error."""
        if topic := self.valid_value("topic"):
            myths = myths.filter(topic=topic)
        if verdict := self.valid_value("verdict"):
            myths = myths.filter(verdict=verdict)
        if query := self.valid_value("q"):
            # Search backends sort only by indexed fields, hence no tie-breaker here.
            return myths.order_by("-first_published_at").search(query, order_by_relevance=False)
        return myths

    def query_string(self):
        """The reader's valid choices ("?…", or ""), for the feed links and
        the link from a feed back to the index."""
        chosen = {name: self.data[name] for name in self.fields if self.valid_value(name)}
        return f"?{urlencode(chosen)}" if chosen else ""
