"""A small story library: facets, organisations and an index page under the
Swedish home, plus a helper that adds published stories."""

import functools

from wagtail.models import Locale

import pytest

from tests.factories import stories as factories


@pytest.fixture
def sv(db):
    return Locale.objects.get(language_code="sv")


@pytest.fixture
def facets(sv):
    return factories.facets(sv)


@pytest.fixture
def organisations(sv):
    return factories.organisations(sv)


@pytest.fixture
def library(source_home):
    return factories.story_library(source_home)


@pytest.fixture
def add_story(library):
    return functools.partial(factories.story, library)


@pytest.fixture
def sala_story(library, facets, organisations):
    return factories.sala_story(library, facets, organisations)
