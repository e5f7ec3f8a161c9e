"""The cost of the library's pages does not grow with the content: the same
number of SQL queries with 5 stories as with 200 (and with as many more
organisations and facets)."""

from django.utils import timezone

import pytest

from home.choices import County, OrganisationKind
from home.models import Organisation, Person
from stories.models import Activity, ExampleType, StoryPage, TargetGroup
from tests.utils import count_queries

COUNTIES = [value for value, _label in County.choices]
KINDS = [value for value, _label in OrganisationKind.choices]


def add_stories(library, sv, start, stop):
    for number in range(start, stop):
        group = TargetGroup.objects.create(name=f"Målgrupp {number}", locale=sv)
        activity = Activity.objects.create(name=f"Verksamhet {number}", locale=sv)
        example_type = ExampleType.objects.create(name=f"Typ {number}", locale=sv)
        organisations = [
            Organisation.objects.create(
                name=f"Organisation {number}-{n}", kind=KINDS[(number + n) % len(KINDS)], locale=sv
            )
            for n in range(2)
        ]
        person = Person.objects.create(name=f"Person {number}", organisation=organisations[0])
        story = StoryPage(
            title=f"Berättelse {number}",
            slug=f"berattelse-{number}",
            summary=f"Mottagande av asylsökande, exempel {number}.",
            year=2000 + number % 25,
            county=COUNTIES[number % len(COUNTIES)],
            activity=activity,
            example_type=example_type,
            live=True,
            first_published_at=timezone.now(),
        )
        story.target_groups = [group, TargetGroup.objects.get(slug="asylsokande", locale=sv)]
        story.organisations = organisations
        story.contact_persons = [person]
        library.add_child(instance=story)


URLS = [
    "/sv/goda-exempel/",
    "/sv/goda-exempel/?target_group=asylsokande&county=U",
    "/sv/goda-exempel/?organisation_kind=agency&year=2015&example_type=film&activity=flyktingmottagande",
    "/sv/goda-exempel/?q=asylsökande",
    "/sv/goda-exempel/?q=asylsökande&target_group=asylsokande&page=2",
    "/sv/goda-exempel/rss/?target_group=asylsokande",
    "/sv/goda-exempel/atom/",
    "/sv/goda-exempel/sala/",
    "/sv/",
    "/ar/goda-exempel/?target_group=asylsokande&county=U",
    "/ar/goda-exempel/sala/",
    "/ar/goda-exempel/rss/",
]


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_stories_organisations_or_facets(
    client, sala_story, library, sv, add_story, facets, organisations, translate_all
):
    add_story("Läs också", slug="las-ocksa", target_groups=sala_story.target_groups.all())
    translate_all(
        [facets["asylum_seekers"], organisations["sala"], library, sala_story], {"ar": {}}
    )
    add_stories(library, sv, 0, 5)
    for url in URLS:  # warm the per-process caches (site root paths, settings)
        count_queries(client, url)
    few = {url: count_queries(client, url)[0] for url in URLS}

    add_stories(library, sv, 5, 200)
    many = {url: count_queries(client, url)[0] for url in URLS}

    assert StoryPage.objects.filter(locale=sv).count() == 202
    assert many == few
    # And the numbers stay modest.
    assert max(few.values()) < 60, few
