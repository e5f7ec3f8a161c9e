"""What every listing's filter form shares (stories, myths, campaigns)."""

from django import forms


class FilterForm(forms.Form):
    """A listing's filters, read from the query string. A value that is not
    one of the choices (an old, edited or mistyped address) is left out and
    can be named on the page, never an error. Subclasses set their choices in
    `__init__`; the data is cleaned when first asked for."""

    def valid_value(self, name):
        """The cleaned value of one filter, or None when it is empty or invalid."""
        if name in self.errors:
            return None
        value = self.cleaned_data.get(name)
        return None if value in (None, "") else value

    @property
    def invalid_fields(self):
        """Labels of the filters whose value in the address was left out."""
        return [str(self.fields[name].label) for name in self.errors]
