import re

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from home.municipalities.models import Municipality
from home.municipalities.setup import add_municipality

HOST_NAME = RegexValidator(
    r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$",
    _("Enter a host name such as exempelby.se: letters a-z, digits, hyphens and dots."),
    flags=re.IGNORECASE,
)


class MunicipalityCreationForm(forms.ModelForm):
    """A new municipality: its site's address and whose fact checkers and
    translators it shares, if any; saving makes its trees, groups and
    workflows (home.municipalities.setup)."""

    hostname = forms.CharField(
        label=_("Host name"),
        max_length=255,
        validators=[HOST_NAME],
        help_text=_("The address its public site answers on, without https://"),
    )
    port = forms.IntegerField(label=_("Port"), min_value=1, max_value=65535, initial=80)

    class Meta:
        model = Municipality
        fields = ["name", "fact_checkers_from", "translators_from"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field_name in ("fact_checkers_from", "translators_from"):
            # Chosen by name on the command line as in the admin's list.
            self.fields[field_name].to_field_name = "name"

    def clean_hostname(self):
        return self.cleaned_data["hostname"].lower()

    def clean(self):
        cleaned_data = super().clean()
        hostname, port = cleaned_data.get("hostname"), cleaned_data.get("port")
        if hostname and port and Site.objects.filter(hostname=hostname, port=port).exists():
            self.add_error(
                "hostname", _("Another site already answers on this host name and port.")
            )
        return cleaned_data

    def save(self, commit=True):
        return add_municipality(
            name=self.cleaned_data["name"],
            hostname=self.cleaned_data["hostname"],
            port=self.cleaned_data["port"],
            fact_checkers_from=self.cleaned_data["fact_checkers_from"],
            translators_from=self.cleaned_data["translators_from"],
        )


class MunicipalityForm(forms.ModelForm):
    """A municipality's name; its address is its site's (Settings → Sites)."""

    class Meta:
        model = Municipality
        fields = ["name"]
