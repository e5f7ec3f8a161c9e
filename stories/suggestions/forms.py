"""The public "suggest an example" form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.security.bot_trap import BotTrapForm
from stories.models import ExampleSuggestion


class ExampleSuggestionForm(BotTrapForm, forms.ModelForm):
    """The public "suggest an example" form."""

    class Meta:
        model = ExampleSuggestion
        fields = ExampleSuggestion.suggested_fields
        labels = {
            "organisation": _("Municipality or organisation"),
            "county": _("County"),
            "contact_name": _("Your name"),
            "contact_email": _("Your e-mail address"),
            "what_was_done": _("What did you do?"),
            "for_whom": _("For whom?"),
            "links": _("Links to read more (optional)"),
        }
        help_texts = {
            "what_was_done": _(
                "Describe the work and what made it succeed. At most 3,000 characters."
            ),
            "contact_email": _("We use it only to ask you about the example."),
        }
        widgets = {
            "what_was_done": forms.Textarea(attrs={"rows": 6, "maxlength": 3000}),
            "for_whom": forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
            "links": forms.Textarea(attrs={"rows": 2, "maxlength": 1000}),
        }
