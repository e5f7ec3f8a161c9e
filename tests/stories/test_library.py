"""Browsing the library: filters, counts, search, pagination, empty state."""

import re

from wagtail.models import Locale

import pytest

from home.choices import County, OrganisationKind
from home.models import HomePage, Organisation
from stories.models import StoryIndexPage, TargetGroup
from tests.factories import stories as factories


def titles(response):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a>', response.content.decode())


def options(response, name):
    """{value: text} of the options of one filter's select."""
    content = response.content.decode()
    select = re.search(
        rf'<select id="story-filter-{name}" name="{name}">(.*?)</select>', content, re.S
    )
    return dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1)))


@pytest.fixture(scope="module")
def shared_library(module_db):
    """The library with its facets, organisations and three stories, built
    once for this module (tests/stories/conftest.py builds them per test)."""
    with module_db.unblock():
        sv = Locale.objects.get(language_code="sv")
        facets = factories.facets(sv)
        organisations = factories.organisations(sv)
        library = factories.story_library(HomePage.objects.get(locale=sv))
        sala = factories.sala_story(library, facets, organisations)
        kramfors = factories.story(
            library,
            "Kramfors asylsamordnare",
            slug="kramfors",
            summary="En samordnare delar korrekt information om asylmottagandet.",
            target_groups=[facets["residents"]],
            organisations=[organisations["church"]],
            activity=facets["coordination"],
            example_type=facets["text"],
            county=County.VASTERNORRLAND,
            year=2017,
        )
        other = factories.story(
            library,
            "Västerås språkcafé",
            slug="vasteras",
            summary="Ett språkcafé för asylsökande i kyrkans lokaler.",
            target_groups=[facets["asylum_seekers"], facets["residents"]],
            organisations=[organisations["church"]],
            example_type=facets["text"],
            county=County.VASTMANLAND,
            year=2019,
        )
    return {
        "facets": facets,
        "organisations": organisations,
        "library": library,
        "three_stories": (sala, kramfors, other),
    }


@pytest.fixture
def facets(db, shared_library):
    return shared_library["facets"]


@pytest.fixture
def organisations(db, shared_library):
    return shared_library["organisations"]


@pytest.fixture
def library(db, shared_library):
    # A fresh copy: adding a child changes the page in memory, and the next
    # test gets the library as saved.
    return StoryIndexPage.objects.get(pk=shared_library["library"].pk)


@pytest.fixture
def three_stories(db, shared_library):
    return shared_library["three_stories"]


def test_library_lists_live_stories_newest_first(client, three_stories, add_story, library):
    draft = add_story("Utkast om mottagande", slug="utkast", year=2030)
    draft.unpublish()

    response = client.get("/sv/goda-exempel/")

    assert titles(response) == [
        "Västerås språkcafé",
        "Kramfors asylsamordnare",
        "Sala gav asylsökande praktikplatser",
    ]
    assert "3 berättelser" in response.content.decode() or "3 stories" in response.content.decode()


def test_visitor_filters_by_target_group_and_county_and_finds_sala(client, three_stories):
    response = client.get("/sv/goda-exempel/?target_group=asylsokande&county=U&example_type=film")

    assert titles(response) == ["Sala gav asylsökande praktikplatser"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("organisation_kind=faith_community", {"Kramfors asylsamordnare", "Västerås språkcafé"}),
        ("organisation_kind=municipality", {"Sala gav asylsökande praktikplatser"}),
        ("activity=asylsamordning", {"Kramfors asylsamordnare"}),
        ("example_type=text", {"Kramfors asylsamordnare", "Västerås språkcafé"}),
        ("year=2019", {"Västerås språkcafé"}),
        ("county=U&target_group=lokalbefolkning", {"Västerås språkcafé"}),
    ],
)
def test_each_filter_narrows_the_results(client, three_stories, query, expected):
    assert set(titles(client.get(f"/sv/goda-exempel/?{query}"))) == expected


def test_options_show_counts_given_the_other_filters_and_hide_empty_ones(client, three_stories):
    response = client.get("/sv/goda-exempel/?county=U")

    target_groups = options(response, "target_group")
    # In Västmanland two stories concern asylum seekers, one local residents.
    assert target_groups["asylsokande"].endswith("(2)")
    assert target_groups["lokalbefolkning"].endswith("(1)")
    # The county filter itself still offers every county with stories.
    counties = options(response, "county")
    assert counties["U"].endswith("(2)") and counties["Y"].endswith("(1)")
    # No story in Västmanland is about asylum coordination: the option is hidden.
    assert "asylsamordning" not in options(response, "activity")
    assert set(options(response, "year")) == {"", "2019", "2015"}


def test_a_story_linking_two_organisations_of_one_kind_counts_once(client, add_story, facets, sv):
    first = Organisation.objects.create(name="A", kind=OrganisationKind.AGENCY, locale=sv)
    second = Organisation.objects.create(name="B", kind=OrganisationKind.AGENCY, locale=sv)
    add_story("Två myndigheter", slug="tva", organisations=[first, second])

    response = client.get("/sv/goda-exempel/?organisation_kind=agency")

    assert titles(response) == ["Två myndigheter"]
    assert options(response, "organisation_kind")["agency"].endswith("(1)")


def test_search_finds_words_in_summary_and_body_and_combines_with_filters(client, three_stories):
    assert titles(client.get("/sv/goda-exempel/?q=praktikplatser")) == [
        "Sala gav asylsökande praktikplatser"
    ]
    assert titles(client.get("/sv/goda-exempel/?q=polis")) == [
        "Sala gav asylsökande praktikplatser"
    ]
    assert titles(client.get("/sv/goda-exempel/?q=asylsökande&county=Y")) == []
    assert titles(client.get("/sv/goda-exempel/?q=språkcafé&target_group=asylsokande")) == [
        "Västerås språkcafé"
    ]


def test_empty_result_suggests_removing_each_filter(client, three_stories):
    response = client.get("/sv/goda-exempel/?county=Y&target_group=asylsokande")

    assert titles(response) == []
    content = response.content.decode()
    assert 'class="empty-state"' in content
    assert 'href="/sv/goda-exempel/?target_group=asylsokande"' in content  # county removed
    assert 'href="/sv/goda-exempel/?county=Y"' in content  # target group removed


def test_bad_filter_values_are_reported_in_the_readers_language_never_a_500(client, three_stories):
    response = client.get(
        "/sv/goda-exempel/?county=XX&year=abc&target_group=finns-inte&page=-4&q=" + "x" * 500
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert 'role="alert"' in content
    assert "Län" in content or "County" in content
    # Invalid filters are left out: every story is listed.
    assert len(titles(response)) == 3


def test_pagination_keeps_the_filters(client, add_story, sv):
    # A target group of its own: the module's stories are not in it.
    children = TargetGroup.objects.create(name="Barn", slug="barn", locale=sv)
    for number in range(14):
        add_story(
            f"Berättelse {number:02}",
            slug=f"b{number}",
            target_groups=[children],
            year=2000 + number,
        )

    first = client.get("/sv/goda-exempel/?target_group=barn")
    second = client.get("/sv/goda-exempel/?target_group=barn&page=2")

    assert len(titles(first)) == 12
    assert titles(second) == ["Berättelse 01", "Berättelse 00"]
    assert "target_group=barn&amp;page=2" in first.content.decode()


def test_arabic_library_filters_with_arabic_facet_names(
    client, three_stories, library, facets, organisations, translate_all
):
    translate_all(
        [
            facets["asylum_seekers"],
            facets["residents"],
            facets["film"],
            facets["text"],
            facets["reception"],
            facets["coordination"],
        ],
        {
            "ar": {
                "Asylsökande": "طالبو اللجوء",
                "Lokalbefolkning": "السكان المحليون",
                "Film": "فيلم",
                "Text": "نص",
            }
        },
    )
    translate_all(
        [library, organisations["sala"], organisations["church"]],
        {"ar": {"Goda exempel": "أمثلة جيدة"}},
    )
    sala = three_stories[0]
    translate_all(
        [sala],
        {"ar": {"Sala gav asylsökande praktikplatser": "سالا وفّرت أماكن تدريب لطالبي اللجوء"}},
    )

    response = client.get("/ar/goda-exempel/?target_group=asylsokande&county=U")

    assert response.status_code == 200
    assert titles(response) == ["سالا وفّرت أماكن تدريب لطالبي اللجوء"]
    assert options(response, "target_group")["asylsokande"] == "طالبو اللجوء (1)"
    assert 'dir="rtl"' in content_head(response)
    # Only Arabic facets are offered: one option per facet, not one per language.
    assert list(options(response, "target_group")) == ["", "asylsokande"]
    assert TargetGroup.objects.filter(slug="asylsokande").count() == 2


def content_head(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_index_links_rss_and_atom_feeds_of_the_filtered_view(client, three_stories):
    content = client.get("/sv/goda-exempel/?target_group=asylsokande&page=2").content.decode()

    assert '<link rel="alternate" type="application/rss+xml"' in content
    assert 'href="/sv/goda-exempel/rss/?target_group=asylsokande"' in content
    assert 'href="/sv/goda-exempel/atom/?target_group=asylsokande"' in content
