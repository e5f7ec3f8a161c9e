"""Journalists, partners and other municipalities follow new fact checks in a
feed reader: RSS and Atom per language, filtered like the myth index."""

import xml.etree.ElementTree as ET

from wagtail.models import PageViewRestriction

import pytest

from campaigns.models import MythPage, MythTopic
from campaigns.myths import urgent

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def myths(make_myth, topic):
    older = make_myth("skola", claim="Asylsökande barn får inte gå i skolan.", verdict="false")
    newer = make_myth(
        "bostad",
        claim="Nyanlända går före i bostadskön.",
        verdict="partly_true",
        short_fact="Kommunen ordnar bostad utanför kön.",
        topic=topic,
    )
    make_myth("utkast", claim="Ett utkast som ingen ska se.", live=False)
    private = make_myth("privat", claim="En sida bakom lösenord.")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    # A live page's unpublished edit stays out of the feed until it is approved.
    edited = MythPage.objects.get(pk=older.pk)
    edited.claim = "En ändring som väntar på faktagranskning."
    edited.save_revision()
    return older, newer


def rss_channel(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content).find("channel")


def test_rss_feed_lists_live_public_myths_newest_first_with_claim_verdict_and_fact(client, myths):
    channel = rss_channel(client.get("/sv/myter/rss/"))

    assert channel.findtext("title") == "Myter och fakta – Samla"
    assert channel.findtext("link") == "http://testserver/sv/myter/"
    assert channel.findtext("description") == "Rykten och fakta."
    assert channel.findtext("language") == "sv"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Nyanlända går före i bostadskön.",
        "Asylsökande barn får inte gå i skolan.",
    ]
    housing = items[0]
    assert housing.findtext("link") == "http://testserver/sv/myter/bostad/"
    assert housing.findtext("guid") == "http://testserver/sv/myter/bostad/"
    assert housing.findtext("description") == (
        "<p><strong>Delvis sant:</strong> Kommunen ordnar bostad utanför kön.</p>"
    )
    assert [category.text for category in housing.findall("category")] == [
        "Delvis sant",
        "Boende",
    ]
    assert "Exempelinnehåll" not in housing.findtext("description")


def test_atom_feed_gives_the_same_entries_with_absolute_links(client, myths):
    response = client.get("/sv/myter/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/sv/myter/atom/"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Nyanlända går före i bostadskön.",
        "Asylsökande barn får inte gå i skolan.",
    ]
    assert entries[1].find(f"{ATOM}link").get("href") == "http://testserver/sv/myter/skola/"
    assert "<strong>Falskt:</strong> Fakta om skola." in entries[1].findtext(f"{ATOM}summary")


def test_feed_filtered_by_topic_and_verdict_says_so_and_links_the_filtered_index(
    client, myths, topic
):
    channel = rss_channel(client.get(f"/sv/myter/rss/?topic={topic.pk}&verdict=partly_true"))

    assert channel.findtext("title") == "Myter och fakta: Boende, Delvis sant – Samla"
    assert channel.findtext("link") == (
        f"http://testserver/sv/myter/?topic={topic.pk}&verdict=partly_true"
    )
    assert [item.findtext("title") for item in channel.findall("item")] == [
        "Nyanlända går före i bostadskön."
    ]
    by_verdict = rss_channel(client.get("/sv/myter/rss/?verdict=false"))
    assert [item.findtext("title") for item in by_verdict.findall("item")] == [
        "Asylsökande barn får inte gå i skolan."
    ]


def test_a_topic_without_myths_yet_gives_an_empty_feed(client, myths, source_home):
    unused = MythTopic.objects.create(name="Hälsa", locale=source_home.locale)

    channel = rss_channel(client.get(f"/sv/myter/rss/?topic={unused.pk}"))

    assert channel.findtext("title") == "Myter och fakta: Hälsa – Samla"
    assert channel.findall("item") == []


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("topic=999999", "Ämne"),
        ("topic=boende", "Ämne"),
        ("verdict=fake", "Bedömning"),
        ("verdict=false&topic=1%00", "Ämne"),
        ("q=" + "x" * 201, "Sök bland myterna"),
    ],
)
def test_a_filter_that_names_nothing_is_refused_with_a_message(client, myths, query, named):
    for feed in ("rss", "atom"):
        response = client.get(f"/sv/myter/{feed}/?{query}")

        assert response.status_code == 400
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert response.content.decode() == f"Flödet har inget sådant val för: {named}."


def test_a_topic_of_another_language_is_refused(client, myths, homes, translate_all, topic):
    translate_all([topic], {"ar": {"Boende": "السكن"}})
    arabic_topic = MythTopic.objects.get(locale=homes["ar"].locale)

    assert client.get(f"/sv/myter/rss/?topic={arabic_topic.pk}").status_code == 400


def test_arabic_feed_lists_the_arabic_myths_with_arabic_verdicts(
    client, myths, myth_index, topic, homes, translate_all
):
    translate_all([topic], {"ar": {"Boende": "السكن"}})
    translate_all([myth_index], {"ar": {"Myter och fakta": "خرافات وحقائق"}})
    translate_all(
        [myths[1]],
        {
            "ar": {
                "Nyanlända går före i bostadskön.": "القادمون الجدد يتقدمون في طابور السكن.",
                "Kommunen ordnar bostad utanför kön.": "البلدية توفر السكن خارج الطابور.",
            }
        },
    )
    arabic_topic = MythTopic.objects.get(locale=homes["ar"].locale)

    channel = rss_channel(client.get(f"/ar/myter/rss/?topic={arabic_topic.pk}"))

    assert channel.findtext("language") == "ar"
    assert channel.findtext("title") == "خرافات وحقائق: السكن – Samla"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["القادمون الجدد يتقدمون في طابور السكن."]
    assert items[0].findtext("link") == "http://testserver/ar/myter/bostad/"
    assert items[0].findtext("description") == (
        "<p><strong>صحيح جزئيًا:</strong> البلدية توفر السكن خارج الطابور.</p>"
    )
    assert [category.text for category in items[0].findall("category")] == [
        "صحيح جزئيًا",
        "السكن",
    ]
    # The Swedish myth that has no Arabic translation is not in the Arabic feed.
    whole = rss_channel(client.get("/ar/myter/rss/"))
    assert len(whole.findall("item")) == 1
    refused = client.get("/ar/myter/rss/?verdict=fake")
    assert refused.content.decode() == "لا تحتوي هذه الخلاصة على هذا الاختيار في: الحكم."


def test_example_content_carries_the_same_notice_as_on_the_page(client, make_myth):
    make_myth("exempel", claim="Ett påhittat rykte i Exempelkommun.", is_example_content=True)

    description = rss_channel(client.get("/sv/myter/rss/")).find("item").findtext("description")

    assert description.startswith('<p class="example-notice" role="note"><strong>Exempelinnehåll.')
    assert "Exempelkommun, en påhittad kommun" in description


def test_myth_index_links_its_feeds_for_feed_readers_with_the_readers_filters(client, myths, topic):
    html = client.get("/sv/myter/?verdict=false&topic=abc&page=1").content.decode()

    # The invalid topic is left out of the links, as it is of the list.
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Faktagranskningar (RSS)" '
        'href="http://testserver/sv/myter/rss/?verdict=false">'
    ) in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Faktagranskningar (Atom)" '
        'href="http://testserver/sv/myter/atom/?verdict=false">'
    ) in html
    assert '<a href="/sv/myter/rss/?verdict=false">RSS-flöde</a>' in html
    unfiltered = client.get("/sv/myter/").content.decode()
    assert 'href="http://testserver/sv/myter/rss/"' in unfiltered
    assert "Följ nya faktagranskningar i en flödesläsare:" in unfiltered


def test_a_private_or_unpublished_index_gives_no_feed(client, myths, myth_index):
    restriction = PageViewRestriction.objects.create(
        page=myth_index, restriction_type="password", password="x"
    )
    for feed in ("rss", "atom"):
        response = client.get(f"/sv/myter/{feed}/")
        assert not response["Content-Type"].startswith(f"application/{feed}+xml")
        assert b"Nyanl\xc3\xa4nda" not in response.content
    restriction.delete()
    myth_index.unpublish()
    assert client.get("/sv/myter/rss/").status_code == 404


def test_an_urgent_answer_carries_its_notice_in_the_feed_until_its_fact_check_approves(
    client, myths, publisher
):
    housing = MythPage.objects.get(pk=myths[1].pk)
    urgent.publish_urgently(housing, publisher, "Ett hot mot boendet sprids.")

    def descriptions():
        channel = rss_channel(client.get("/sv/myter/rss/"))
        return [item.findtext("description") for item in channel.findall("item")]

    housing_entry, school_entry = descriptions()
    assert housing_entry.startswith('<div class="urgent-publication-notice" role="note">')
    assert "Publicerad akut, faktagranskning pågår." in housing_entry
    assert "Publicerad akut" not in school_entry
    urgent.complete(housing)
    assert not any("Publicerad akut" in description for description in descriptions())
