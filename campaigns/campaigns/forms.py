from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.campaigns.choices import CampaignStatus


class CampaignFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All")), *CampaignStatus.choices], required=False
    )
    target_group = forms.ChoiceField(label=_("Target group"), required=False)

    def __init__(self, data, target_groups):
        super().__init__(data)
        self.target_groups = {group.slug: group for group in target_groups}
        self.fields["target_group"].choices = [
            ("", _("All")),
            *((slug, group.name) for slug, group in self.target_groups.items()),
        ]

    @property
    def invalid_fields(self):
        """Labels of the choices in the address that do not exist (left out)."""
        self.is_valid()
        return [str(self.fields[name].label) for name in self.errors]

    def filter(self, campaigns):
        """`campaigns` narrowed by the reader's valid choices; an invalid one
        (an edited or outdated address) is left out and named on the page."""
        self.is_valid()
        values = getattr(self, "cleaned_data", {})
        if values.get("status"):
            campaigns = campaigns.filter(status=values["status"])
        group = self.target_groups.get(values.get("target_group"))
        if group is not None:
            campaigns = campaigns.with_target_group(group.translation_key)
        return campaigns
