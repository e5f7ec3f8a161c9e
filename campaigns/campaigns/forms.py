from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.campaigns.choices import CampaignStatus
from home.filters import FilterForm


class CampaignFilterForm(FilterForm):
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

    def filter(self, campaigns):
        """`campaigns` narrowed by the reader's valid choices; an invalid one
        (an edited or outdated address) is left out and named on the page."""
        if status := self.valid_value("status"):
            campaigns = campaigns.filter(status=status)
        group = self.target_groups.get(self.valid_value("target_group"))
        if group is not None:
            campaigns = campaigns.with_target_group(group.translation_key)
        return campaigns
