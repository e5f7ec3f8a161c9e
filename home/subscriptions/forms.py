"""The subscribe form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.security.bot_trap import BotTrapForm
from home.subscriptions.choices import SubscriptionTopic


class SubscribeForm(BotTrapForm):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    topics = forms.MultipleChoiceField(
        label=_("E-mail me when there is something new:"),
        choices=SubscriptionTopic.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one subject.")},
    )

    def only_topic(self, topic):
        """A subscription to one topic's filtered view: the topic is given,
        not chosen."""
        field = self.fields["topics"]
        field.choices = [choice for choice in field.choices if choice[0] == topic]
        field.widget = forms.MultipleHiddenInput()
