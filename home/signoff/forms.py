from django import forms
from django.utils.translation import gettext_lazy as _

from home.signoff.models import PartnerLink

COMMENT_MAX_LENGTH = 2000


class PartnerAnswerForm(forms.Form):
    """The partner's answer: the button pressed and a comment."""

    decision = forms.ChoiceField(choices=PartnerLink.Decision.choices)
    comment = forms.CharField(
        label=_("Your comment"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    @property
    def approves(self):
        return self.cleaned_data["decision"] == PartnerLink.Decision.APPROVE

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("decision") == PartnerLink.Decision.REQUEST_CHANGES
            and not cleaned_data.get("comment", "").strip()
        ):
            self.add_error("comment", _("Say what should be changed."))
        return cleaned_data
