import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from home.choices import SubscriptionTopic


class PageFeedbackForm(forms.Form):
    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    helpful = forms.TypedChoiceField(
        label=_("Did this page help you?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("What could be better? (optional)"),
        help_text=_("Do not write personal information here."),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )
    # A field people never see; bots fill it in.
    website = forms.CharField(
        required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
    )


SEARCH_MAX_LENGTH = 200


def plain_search_text(text):
    """`text` with double quotes and control characters as spaces and runs of
    spaces as one. A plain-text search gives quotes no meaning on any backend,
    but Wagtail's SQLite backend puts each word in quotes without escaping
    the reader's own (wagtail/wagtail#13227), so one `"` made the database
    refuse the query."""
    spaced = (" " if char == '"' or unicodedata.category(char) == "Cc" else char for char in text)
    return " ".join("".join(spaced).split())


class SearchTextField(forms.CharField):
    """What a reader types into a search box, ready for `.search()`; the
    length limit applies to the cleaned text."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", SEARCH_MAX_LENGTH)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def to_python(self, value):
        return plain_search_text(super().to_python(value))


class SearchForm(forms.Form):
    q = SearchTextField(label=_("Search"))


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    topics = forms.MultipleChoiceField(
        label=_("E-mail me when there is something new:"),
        choices=SubscriptionTopic.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one subject.")},
    )
    # A field people never see; bots fill it in.
    website = forms.CharField(required=False)
