"""How a story's facets, organisations and contacts appear in the API: each
in the story's language, read for a whole listing at once (ListingField)."""

from home.municipalities.trees import municipality_trees, tree_of
from home.serializers import ListingField
from home.translation.lookup import linked_in_locale_for_each


class FacetSerializer(ListingField):
    """A story's facet (or facets: `facets` names the story's method that
    gives them) as slug and name in its language. The facets of every story
    of a listing are read in one query (StoryPage.read_localized_facets)."""

    def __init__(self, facets, **kwargs):
        super().__init__(**kwargs)
        self.facets = facets

    def read_for(self, stories):
        unread = [story for story in stories if "localized_facets" not in story.__dict__]
        if unread:
            type(unread[0]).read_localized_facets(unread)

    def represent(self, story, _read):
        value = getattr(story, self.facets)()
        if value is None:
            return None
        if isinstance(value, list | tuple):
            return [{"slug": facet.slug, "name": facet.name} for facet in value]
        return {"slug": value.slug, "name": value.name}


class OrganisationSerializer(ListingField):
    """The organisations behind a story, in its language: one query for a listing."""

    def read_for(self, stories):
        return linked_in_locale_for_each(stories, ["organisations"])["organisations"]

    def represent(self, story, organisations):
        return [
            {
                "name": organisation.name,
                "kind": organisation.kind,
                "municipality": organisation.municipality,
                "county": organisation.county,
                "website": organisation.website,
            }
            for organisation in organisations[story.pk]
        ]


class MunicipalitySerializer(ListingField):
    """The municipality a story comes from: the one whose trees hold it
    (their names read once for the whole listing)."""

    def read_for(self, pages):
        return municipality_trees()

    def represent(self, page, trees):
        tree = tree_of(page, trees)
        return {"slug": tree.slug, "name": tree.name} if tree else None


class ContactSerializer(ListingField):
    """A story's contact persons, in its language: one query for a listing."""

    def read_for(self, stories):
        return linked_in_locale_for_each(stories, ["contact_persons"])["contact_persons"]

    def represent(self, story, contacts):
        return [
            {"name": person.name, "role": person.role, "phone": person.phone, "email": person.email}
            for person in contacts[story.pk]
        ]
