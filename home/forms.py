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


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())


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
