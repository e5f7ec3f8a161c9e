"""Readability (LIX) for editors: the score counted the standard way on
texts whose scores are worked out by hand here, the same counts in the page
editor's JavaScript, the editor's panel, and the "Readability (LIX)" report.

LIX (Carl-Hugo Björnsson, "Läsbarhet", 1968) = words / sentences + long words
× 100 / words, a long word having more than six letters; the bands are the
scale published with it in Sweden (lix.se, quoted by Nypon förlag,
https://www.nyponforlag.se/lix/)."""

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

from django.urls import reverse
from django.utils import translation

import pytest

from home.models import ContentPage
from home.readability import lix
from tests.utils import add_page, count_queries, refused

ROOT = Path(__file__).resolve().parents[2]
LIX_JS = ROOT / "home/static/home/readability/lix.js"
REPORT = "readability_report"

# (text, (words, long words, sentences), LIX), each counted by hand.
KNOWN_SCORES = [
    # 3 + 7 + 7 = 17 words in 3 sentences; one long word (Västerås, 8 letters):
    # 17 / 3 + 1 × 100 / 17 = 5.67 + 5.88 = 11.55.
    (
        "Jag heter Sara. Jag bor i Västerås med min familj. Vi kom hit för två år sedan.",
        (17, 1, 3),
        12,
    ),
    # 8 words, 1 sentence, 5 long (Migrationsverket, ansvarar, mottagandet,
    # asylsökande, handläggningstiden): 8 + 500 / 8 = 70.5, rounded half up.
    (
        "Migrationsverket ansvarar för mottagandet av asylsökande under handläggningstiden.",
        (8, 5, 1),
        71,
    ),
    # No full stop: the end of the text ends the sentence. 3 + 100 / 3 = 36.33.
    ("Boende för asylsökande", (3, 1, 1), 36),
    # Numbers are words but never long; "1.500" and "3,5" are one word each and
    # end no sentence. 10 words, 2 sentences, 2 long (personer, procent):
    # 5 + 20 = 25.
    ("Under 2024 kom 1.500 personer. Det är 3,5 procent fler.", (10, 2, 2), 25),
    # A hyphen or colon inside a word joins it (EU-medborgare: 12 letters, long;
    # SVT:s: 4); a colon before a space ends a sentence. 6 words, 2 sentences,
    # 2 long: 3 + 33.33 = 36.33.
    ("EU-medborgare och SVT:s reporter: alla vet.", (6, 2, 2), 36),
    # "?!" and "..." end one sentence each. 6 words, 2 sentences: 3.
    ("Vad sa du?! Jag vet inte...", (6, 0, 2), 3),
    # A paragraph end ends a sentence: a heading is one. 7 words, 2 sentences,
    # no long word (boende has six letters): 3.5, rounded half up.
    ("Boende\nDu får bo i ett boende.", (7, 0, 2), 4),
]
NO_WORDS = ["", "   \n\n  ", "…!? - :"]


@pytest.mark.parametrize(("text", "counts", "score"), KNOWN_SCORES)
def test_known_texts_score_as_counted_by_hand(text, counts, score):
    assert lix.count(text) == counts
    assert lix.lix(text) == score


@pytest.mark.parametrize("text", NO_WORDS)
def test_a_text_without_words_has_no_score(text):
    assert lix.lix(text) is None


@pytest.mark.parametrize(
    ("score", "band"),
    [(0, "very_easy"), (29, "very_easy"), (30, "easy"), (39, "easy"), (40, "medium")]
    + [(49, "medium"), (50, "hard"), (59, "hard"), (60, "very_hard"), (95, "very_hard")],
)
def test_scores_fall_in_the_published_bands(score, band):
    assert lix.band(score)[0] == band


def test_the_band_names_are_swedish_in_the_swedish_admin():
    with translation.override("sv"):
        names = [str(name) for _upper, _code, name in lix.BANDS]
    assert names == [
        "Mycket lättläst (barnböcker)",
        "Lättläst (skönlitteratur, populärtidningar)",
        "Medelsvår (normal tidningstext)",
        "Svår (officiella texter)",
        "Mycket svår (byråkratsvenska)",
    ]


def test_the_editors_javascript_counts_every_text_as_python_does():
    """The page editor's panel counts with lix.js: run in node, it gives the
    same counts and scores for the same texts."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    texts = [text for text, _counts, _score in KNOWN_SCORES] + NO_WORDS
    script = (
        f"const lix = require({json.dumps(str(LIX_JS))});"
        f"const texts = {json.dumps(texts)};"
        "console.log(JSON.stringify(texts.map((text) => [lix.count(text), lix.lix(text)])));"
    )
    output = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True)
    in_javascript = [
        ((counts["words"], counts["longWords"], counts["sentences"]), score)
        for counts, score in json.loads(output.stdout)
    ]
    assert in_javascript == [(lix.count(text), lix.lix(text)) for text in texts]


def body(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


@pytest.fixture
def hard_page(source_home):
    """A content page whose text is in its title, introduction and body blocks."""
    page = ContentPage(
        title="Mottagande",
        slug="mottagande",
        intro="Migrationsverket ansvarar för mottagandet av asylsökande.",
        body=body(
            ("heading", {"text": "Boende", "level": "h2"}),
            ("text", "<p>Du får bo i ett boende.</p><ul><li>Mat</li><li>Skola</li></ul>"),
            (
                "video",
                {"url": "https://www.youtube.com/watch?v=x", "title": "Film", "transcript": ""},
            ),
        ),
    )
    return add_page(source_home, page)


def test_a_pages_text_is_its_title_introduction_and_body_a_line_per_paragraph(hard_page):
    # The video's address is no text; its title is.
    assert lix.page_text(hard_page).split("\n") == [
        "Mottagande",
        "Migrationsverket ansvarar för mottagandet av asylsökande.",
        "Boende",
        "Du får bo i ett boende.",
        "Mat",
        "Skola",
        "Film",
    ]
    # 1 + 6 + 1 + 6 + 1 + 1 + 1 = 17 words in 7 sentences; 5 long (Mottagande,
    # Migrationsverket, ansvarar, mottagandet, asylsökande): 2.43 + 29.41 = 31.84.
    assert lix.lix(lix.page_text(hard_page)) == 32


def editor(client, page, language="en"):
    response = client.get(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 200
    return response.content.decode()


def test_the_swedish_editor_shows_the_score_and_band_in_a_live_region(
    client, communicator, hard_page
):
    client.force_login(communicator)
    html = editor(client, hard_page)
    assert 'data-controller="readability"' in html
    assert "LIX 32: Easy (fiction, popular magazines)" in html
    assert 'aria-live="polite"' in html
    assert "home/readability/editor.js" in html
    fields = json.loads(
        html.split('data-readability-fields-value="')[1].split('"')[0].replace("&quot;", '"')
    )
    assert fields == ["title", "intro", "body"]


def test_a_new_swedish_page_starts_without_a_score(client, communicator, source_home):
    client.force_login(communicator)
    add_view = reverse("wagtailadmin_pages:add", args=["home", "contentpage", source_home.pk])
    html = client.get(add_view, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'data-controller="readability"' in html
    assert "No text to score yet." in html


def test_a_translations_editor_has_no_panel(client, publisher, arabic_draft):
    client.force_login(publisher)
    assert 'data-controller="readability"' not in editor(client, arabic_draft)


def test_a_page_that_is_no_easy_to_read_version_is_not_warned(client, communicator, source_home):
    medium = add_page(
        source_home,
        ContentPage(
            title="Boende",
            slug="boende",
            intro="Asylsökande personer bor i Migrationsverkets boenden under tiden.",
        ),
    )
    client.force_login(communicator)
    warning = 'data-readability-target="warning">'
    assert warning not in editor(client, medium)
    assert 'data-readability-target="warning" hidden>' in editor(client, medium)
    # An easy-to-read version is warned: tests/home/test_easy_read.py.


@pytest.fixture
def scored_pages(source_home, homes):
    """Three live Swedish pages of known scores, a Swedish draft and a live Arabic page."""
    pages = {
        "very_hard": ContentPage(
            title="Handläggning",
            slug="handlaggning",
            intro="Migrationsverket ansvarar för mottagandet av asylsökande under handläggningstiden.",
        ),
        "easy": ContentPage(title="Boende för asylsökande", slug="boende"),
        "very_easy": ContentPage(title="Sara", slug="sara", intro="Jag heter Sara. Jag bor här."),
    }
    for page in pages.values():
        add_page(source_home, page)
    add_page(source_home, ContentPage(title="Utkast", slug="utkast"), live=False)
    add_page(homes["ar"], ContentPage(title="السكن", slug="sakan"))
    return pages


def report_rows(client):
    response = client.get(reverse(REPORT), {"export": "csv"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    with translation.override("en"):
        content = response.getvalue().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


def test_the_report_lists_swedish_live_pages_hardest_first(client, publisher, scored_pages):
    client.force_login(publisher)
    rows = [(row["Page"], row["LIX"], row["Band"], row["Page type"]) for row in report_rows(client)]
    titles = [title for title, *_rest in rows]
    assert "Utkast" not in titles and "السكن" not in titles
    # The Swedish home page (title and introduction of the demo-less test
    # database) is listed too, in its place.
    listed = [row for row in rows if row[0] in ("Handläggning", "Boende för asylsökande", "Sara")]
    assert listed == [
        ("Handläggning", "71", "Very hard (bureaucratic Swedish)", "content page"),
        ("Boende för asylsökande", "36", "Easy (fiction, popular magazines)", "content page"),
        ("Sara", "2", "Very easy (children's books)", "content page"),
    ]
    assert [int(score) for _title, score, *_rest in rows] == sorted(
        (int(score) for _title, score, *_rest in rows), reverse=True
    )


def test_the_report_links_each_page_to_its_editor(client, communicator, scored_pages):
    client.force_login(communicator)
    html = client.get(reverse(REPORT)).content.decode()
    links = [
        html.index(f'href="{reverse("wagtailadmin_pages:edit", args=[scored_pages[band].pk])}"')
        for band in ("very_hard", "easy", "very_easy")
    ]
    assert links == sorted(links)


def test_the_report_costs_the_same_queries_for_more_pages(client, publisher, source_home):
    client.force_login(publisher)
    add_page(source_home, ContentPage(title="Ett", slug="ett", body=body(("text", "<p>Ett.</p>"))))
    # The first request warms caches every admin page shares.
    client.get(reverse(REPORT))
    few, _response = count_queries(client, reverse(REPORT))
    for number in range(5):
        add_page(
            source_home,
            ContentPage(
                title=f"Sida {number}", slug=f"sida-{number}", body=body(("text", "<p>Två.</p>"))
            ),
        )
    # Publishing renewed the content version, and with it the shared caches.
    client.get(reverse(REPORT))
    many, _response = count_queries(client, reverse(REPORT))
    assert many == few


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("communicator", True),
        ("publisher", True),
        ("fact_checker", False),
        ("translator_ar", False),
    ],
)
def test_communicators_and_publishers_see_the_report(db, request, client, role, allowed):
    # `db` up front: the roles are fixtures looked up by name, which pytest-django
    # cannot see when it orders the database tests before the transactional ones.
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse(REPORT))
    assert (response.status_code == 200) is allowed
    assert refused(response) is not allowed
    reports_menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (reverse(REPORT) in reports_menu) is allowed


def test_the_report_and_panel_read_in_swedish_in_the_swedish_admin(
    client, communicator, scored_pages
):
    client.force_login(communicator)
    html = client.get(reverse(REPORT), HTTP_ACCEPT_LANGUAGE="sv").content.decode()
    assert "Läsbarhet (LIX)" in html
    assert "Mycket svår (byråkratsvenska)" in html
    html = editor(client, scored_pages["easy"], language="sv")
    assert "LIX 36: Lättläst (skönlitteratur, populärtidningar)" in html
