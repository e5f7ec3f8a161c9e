"""How a myth page's verdict, topic and urgent publication appear in the API."""

from django.utils import translation

from rest_framework import serializers

from home.serializers import ListingField


class VerdictSerializer(serializers.Field):
    """The verdict as its code (what `?verdict=` filters on) and its label
    in the page's language, whatever the language of the request."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("source", "*")
        super().__init__(**kwargs)

    def to_representation(self, page):
        with translation.override(page.locale.language_code):
            return {"value": page.verdict, "label": str(page.verdict_label)}


class TopicSerializer(serializers.Field):
    """The topic as its id (what `?topic=` filters on) and its name; a
    translated page's topic is that language's topic (wagtail-localize
    translates the relation)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, topic):
        return {"id": topic.pk, "name": topic.name}


class UrgentPublicationSerializer(ListingField):
    """While a page published urgently waits for its fact check (readers see
    "Published urgently, fact check in progress"), when it was published;
    otherwise null."""

    def read_for(self, pages):
        # Imported here: the urgent lane's module imports the models, which
        # import this serializer.
        from campaigns.myths.urgent import open_urgent_publications

        return open_urgent_publications(pages)

    def represent(self, page, open_publications):
        urgent = open_publications.get(page.translation_key)
        return {"published_at": urgent.published_at.isoformat()} if urgent else None
