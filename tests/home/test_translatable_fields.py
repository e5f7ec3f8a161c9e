"""Text an editor enters that readers see can be translated.

A page's own text goes through wagtail-localize with the page; what a page
links (snippets) is translated as its own object, so every snippet a public
page links or a block chooses must be translatable. People used not to be:
a contact's role stayed Swedish on an Arabic page."""

from django.apps import apps
from django.db import models

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, TranslationSource

import pytest
from modelcluster.fields import ParentalKey

from home.demo.loader import translate
from home.models import Organisation, Person

OUR_APPS = ("home", "stories", "campaigns")


def public_models():
    """Page types of our apps and the inline models their pages hold."""
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        is_inline = any(
            isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
            for field in model._meta.get_fields()
        )
        if issubclass(model, Page) or is_inline:
            yield model


def chosen_snippet_models(block):
    """Snippet models a StreamField block, or any block inside it, chooses."""
    if isinstance(block, SnippetChooserBlock):
        yield block.target_model
    child_blocks = getattr(block, "child_blocks", None) or {}
    for child in child_blocks.values():
        yield from chosen_snippet_models(child)
    if isinstance(block, blocks.ListBlock):
        yield from chosen_snippet_models(block.child_block)


def linked_snippet_models():
    """(where, snippet model) for every snippet a public page links or chooses."""
    snippets = set(get_snippet_models())
    for model in public_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignKey | models.ManyToManyField):
                if field.related_model in snippets and not isinstance(field, ParentalKey):
                    yield f"{model.__name__}.{field.name}", field.related_model
            elif isinstance(field, StreamField):
                for target in chosen_snippet_models(field.stream_block):
                    yield f"{model.__name__}.{field.name}", target


def test_the_walk_finds_the_known_links():
    found = set(linked_snippet_models())
    assert ("StoryPage.contact_persons", Person) in found
    assert ("CampaignPage.project_lead", Person) in found
    assert ("CampaignAmbassador.person", Person) in found
    assert ("CampaignPage.partners", Organisation) in found
    assert ("StoryPage.body", Person) in found  # a quote's speaker


def test_every_snippet_a_public_page_links_is_translatable():
    untranslatable = sorted(
        {
            where
            for where, model in linked_snippet_models()
            if not issubclass(model, TranslatableMixin)
        }
    )
    assert untranslatable == []


@pytest.mark.django_db
def test_a_persons_role_is_translated_and_their_contact_details_are_not():
    person = Person.objects.create(
        name="Anna Andersson", role="Enhetschef", phone="021-123 45", email="anna@example.org"
    )
    source, _created = TranslationSource.get_or_create_from_instance(person)
    strings = {segment.string.data for segment in StringSegment.objects.filter(source=source)}
    assert strings == {"Enhetschef"}


@pytest.mark.django_db
def test_a_change_to_a_persons_contact_details_reaches_every_language():
    person = Person.objects.create(name="Anna Andersson", role="Enhetschef", phone="021-123 45")
    translate(person, {"ar": {"Enhetschef": "رئيسة الوحدة"}})
    person.phone = "021-999 99"
    person.name = "Anna Berg"
    person.save()
    arabic = person.get_translation(Locale.objects.get(language_code="ar"))
    assert (arabic.name, arabic.phone, arabic.role) == ("Anna Berg", "021-999 99", "رئيسة الوحدة")
