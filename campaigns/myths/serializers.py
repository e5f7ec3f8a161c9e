"""How a myth page's verdict and topic appear in the API."""

from django.utils import translation

from rest_framework import serializers


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
