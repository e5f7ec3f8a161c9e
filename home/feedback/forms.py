"""The "Did this page help you?" form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.security.bot_trap import BotTrapForm


class PageFeedbackForm(BotTrapForm):
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
