"""The public "report a rumour" form."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from campaigns.models import RumourReport
from campaigns.rumours.choices import HeardWhere, rumour_language_choices
from home.security.bot_trap import BotTrapForm

RUMOUR_TEXT_MAX_LENGTH = 2000


class RumourReportForm(BotTrapForm, forms.ModelForm):
    text = forms.CharField(
        label=_("What did you hear or read?"),
        help_text=_("Write it as it was said. Do not write names or other personal information."),
        max_length=RUMOUR_TEXT_MAX_LENGTH,
        min_length=5,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": RUMOUR_TEXT_MAX_LENGTH}),
        error_messages={
            "required": _("Write what you heard."),
            "min_length": _("Write a little more, at least %(limit_value)d characters."),
            "max_length": _("Write at most %(limit_value)d characters."),
        },
    )
    heard_where = forms.ChoiceField(
        label=_("Where did you hear it? (optional)"),
        choices=[("", _("Choose if you want")), *HeardWhere.choices],
        required=False,
        error_messages={"invalid_choice": _("Choose one of the options in the list.")},
    )
    language = forms.ChoiceField(
        label=_("In which language did you hear it?"),
        choices=(),
        error_messages={
            "required": _("Choose a language."),
            "invalid_choice": _("Choose one of the options in the list."),
        },
    )
    email = forms.EmailField(
        label=_("Your e-mail, if you want an answer (optional)"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Write a valid e-mail address, or leave the field empty."),
            "max_length": _("The e-mail address is too long."),
        },
    )
    consent = forms.BooleanField(required=False)

    class Meta:
        model = RumourReport
        fields = ["text", "heard_where", "language", "email", "consent"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = rumour_language_choices()
        self.fields["language"].initial = get_language()
        self.fields["consent"].label = _(
            "I want an answer by e-mail. You may keep my address for up to %(days)s days."
        ) % {"days": settings.RUMOUR_REPORT_RETENTION_DAYS}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("email") and not cleaned.get("consent"):
            self.add_error(
                "consent",
                _("Tick the box if you want an answer, or leave the e-mail field empty."),
            )
        if cleaned.get("consent") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", _("Write your e-mail address so that we can answer you."))
        return cleaned
