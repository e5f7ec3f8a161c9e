"""A small story library: facets, organisations and an index page under the
Swedish home, plus a helper that adds published stories."""

import functools

from wagtail.models import Locale

import pytest

from home.choices import County, OrganisationKind
from home.models import Organisation, Person
from stories.models import Activity, ExampleType, TargetGroup
from tests.factories import stories as factories


@pytest.fixture
def sv(db):
    return Locale.objects.get(language_code="sv")


@pytest.fixture
def facets(sv):
    return {
        "asylum_seekers": TargetGroup.objects.create(
            name="Asylsökande", slug="asylsokande", locale=sv
        ),
        "residents": TargetGroup.objects.create(
            name="Lokalbefolkning", slug="lokalbefolkning", locale=sv
        ),
        "coordination": Activity.objects.create(
            name="Asylsamordning", slug="asylsamordning", locale=sv
        ),
        "reception": Activity.objects.create(
            name="Flyktingmottagande", slug="flyktingmottagande", locale=sv
        ),
        "film": ExampleType.objects.create(name="Film", slug="film", locale=sv),
        "text": ExampleType.objects.create(name="Text", slug="text", locale=sv),
    }


@pytest.fixture
def organisations(sv):
    return {
        "sala": Organisation.objects.create(
            name="Sala kommun",
            kind=OrganisationKind.MUNICIPALITY,
            county=County.VASTMANLAND,
            locale=sv,
        ),
        "church": Organisation.objects.create(
            name="Svenska kyrkan", kind=OrganisationKind.FAITH_COMMUNITY, locale=sv
        ),
    }


@pytest.fixture
def library(source_home):
    return factories.story_library(source_home)


@pytest.fixture
def add_story(library):
    return functools.partial(factories.story, library)


@pytest.fixture
def sala_story(add_story, facets, organisations):
    person = Person.objects.create(
        name="Anna Andersson",
        role="Integrationssamordnare",
        organisation=organisations["sala"],
        phone="0224-123 45",
        email="anna@sala.example",
    )
    return add_story(
        "Sala gav asylsökande praktikplatser",
        slug="sala",
        summary="Boende på asylboendet kartlade sina yrken och hittade femtio praktikplatser.",
        target_groups=[facets["asylum_seekers"]],
        organisations=[organisations["sala"]],
        contact_persons=[person],
        activity=facets["reception"],
        example_type=facets["film"],
        county=County.VASTMANLAND,
        year=2015,
        body=[
            ("text", "<p>Rådet på boendet träffade polis och kommun varje vecka.</p>"),
            (
                "success_factors",
                {"title": "", "factors": ["Tidig aktivering", "Öppen information"]},
            ),
        ],
    )
