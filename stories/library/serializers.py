"""How a story's facets, organisations and contacts appear in the API."""

from rest_framework import serializers

from home.municipalities.trees import municipality_trees, tree_of
from home.serializers import ListingField


class FacetSerializer(serializers.Field):
    """A facet (or a list of them) as slug and name in the page's language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        if value is None:
            return None
        if isinstance(value, list | tuple):
            return [self.to_representation(item) for item in value]
        return {"slug": value.slug, "name": value.name}


class OrganisationSerializer(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [
            {
                "name": organisation.name,
                "kind": organisation.kind,
                "municipality": organisation.municipality,
                "county": organisation.county,
                "website": organisation.website,
            }
            for organisation in value
        ]


class MunicipalitySerializer(ListingField):
    """The municipality a story comes from: the one whose trees hold it
    (their names read once for the whole listing)."""

    def read_for(self, pages):
        return municipality_trees()

    def represent(self, page, trees):
        tree = tree_of(page, trees)
        return {"slug": tree.slug, "name": tree.name} if tree else None


class ContactSerializer(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return [
            {"name": person.name, "role": person.role, "phone": person.phone, "email": person.email}
            for person in value
        ]
