"""The story library's filters, read from the query string."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.choices import County, OrganisationKind
from home.filters import FilterForm
from home.search import SearchTextField
from stories.library.models import FIRST_STORY_YEAR, LAST_STORY_YEAR


class StoryFilterForm(FilterForm):
    """The library's filters. Facet choices are the slugs of the reader's
    language's facets."""

    q = SearchTextField(label=_("Search in the stories"))
    organisation_kind = forms.ChoiceField(
        label=_("Type of organisation"), choices=OrganisationKind.choices, required=False
    )
    county = forms.ChoiceField(label=_("County"), choices=County.choices, required=False)
    activity = forms.ChoiceField(label=_("Activity"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)
    example_type = forms.ChoiceField(label=_("Type of example"), required=False)
    year = forms.IntegerField(
        label=_("Year"), min_value=FIRST_STORY_YEAR, max_value=LAST_STORY_YEAR, required=False
    )
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)

    def __init__(self, data, *, facets, municipalities=None):
        """`facets`: {field name: list of this language's facets} for the
        snippet facets; `municipalities`: the MunicipalityTrees a library
        showing shared stories filters by (home.municipalities.trees), else
        None and no such filter."""
        super().__init__(data)
        for name, objects in facets.items():
            self.fields[name].choices = [(facet.slug, facet.name) for facet in objects]
        if municipalities is None:
            del self.fields["municipality"]
        else:
            self.fields["municipality"].choices = [
                (tree.slug, tree.name) for tree in municipalities
            ]
