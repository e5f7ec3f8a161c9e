"""The bot trap of every public form: a field people never see and bots fill in."""

from django import forms


class BotTrapForm(forms.Form):
    """Adds the trap field, named "website" so that form-filling bots take it
    for a real one. The page shows it hidden from people, screen readers and
    the tab order (`components/bot_trap.html`); here it is a hidden input so
    that listing a form's visible fields leaves it out. A view answers a
    submission that fills it in as if it had been saved, and drops it."""

    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def is_spam(self):
        return bool(self.data.get("website"))
