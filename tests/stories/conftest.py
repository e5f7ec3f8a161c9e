"""A small story library: facets, organisations and an index page under the
Swedish home, plus a helper that adds published stories."""

from wagtail.models import Locale

import pytest

from home.choices import County, OrganisationKind
from home.models import Organisation, Person
from stories.models import Activity, ExampleType, StoryIndexPage, StoryPage, TargetGroup
from tests.utils import publish


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
    index = StoryIndexPage(
        title="Goda exempel", slug="goda-exempel", intro="Exempel från kommuner."
    )
    source_home.add_child(instance=index)
    return publish(index)


@pytest.fixture
def add_story(library):
    def add(title, *, target_groups=(), organisations=(), contact_persons=(), related=(), **fields):
        fields.setdefault("summary", f"Sammanfattning av {title}.")
        fields.setdefault("year", 2017)
        fields.setdefault("slug", None)
        story = StoryPage(title=title, **{k: v for k, v in fields.items() if v is not None})
        library.add_child(instance=story)
        story.target_groups.set(target_groups)
        story.organisations.set(organisations)
        story.contact_persons.set(contact_persons)
        story.related_stories.set(related)
        return publish(story)

    return add


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
