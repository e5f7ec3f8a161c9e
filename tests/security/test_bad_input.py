"""What strangers type into addresses: a 100,000-character search, characters
that search backends choke on, page numbers that are negative, huge or not
numbers, and unknown or malformed API parameters. Each gets a clear answer,
in the reader's language where a reader sees it, and never a server error;
the search backend is never handed more than a search box allows."""

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from home.search import SEARCH_MAX_LENGTH, SearchTextField
from tests.factories.campaigns import forecast_series
from tests.home.editorial_helpers import add_draft

LONG = "x" * 100_000
PAST_THE_LIMIT = "x" * (SEARCH_MAX_LENGTH + 1)


def sql_of(context):
    return [query["sql"] for query in context.captured_queries]


@pytest.mark.parametrize(
    ("language", "path"), [("sv", "/sv/search/"), ("ar", "/ar/search/"), ("en", "/en/search/")]
)
def test_a_100000_character_search_is_refused_in_the_readers_language_without_searching(
    client, swedish_page, django_assert_max_num_queries, language, path
):
    with django_assert_max_num_queries(12) as context:
        response = client.get(path, {"q": LONG})

    assert response.status_code == 200
    with translation.override(language):
        message = gettext("Please shorten your search to at most 200 characters.")
    assert message in response.content.decode()
    assert response.context["results"] is None
    assert not any(PAST_THE_LIMIT in sql for sql in sql_of(context))


@pytest.mark.parametrize("path", ["/sv/goda-exempel/", "/sv/goda-exempel/rss/", "/sv/myter/"])
def test_a_100000_character_search_in_a_library_is_left_out_not_searched(
    client, library, myth_index, path
):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path, {"q": LONG})

    assert response.status_code == 200
    assert not any(PAST_THE_LIMIT in sql for sql in sql_of(context))


def test_the_story_library_says_it_left_the_search_out(client, library):
    response = client.get("/sv/goda-exempel/", {"q": LONG})
    with translation.override("sv"):
        left_out = gettext("Some of the choices in the link are not available and were left out:")
    assert left_out in response.content.decode()


@pytest.mark.parametrize("language", ["sv", "ar", "en"])
def test_a_100000_character_api_search_is_refused_in_the_callers_language(
    client, swedish_page, language
):
    with CaptureQueriesContext(connection) as context:
        response = client.get("/api/v2/pages/", {"search": LONG}, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 400
    with translation.override(language):
        try:
            SearchTextField().clean(LONG)
        except Exception as error:  # the form field's own, translated message
            expected = "search: " + " ".join(error.messages)
    assert response.json() == {"message": expected}
    assert not any(PAST_THE_LIMIT in sql for sql in sql_of(context))


# Characters readers type by accident or on purpose. A `"` used to end
# the SQLite backend's quoted search term early: the database refused the
# query (wagtail/wagtail#13227) and the reader got an error page.
ODD_SEARCHES = ['"', '"boende', 'boende"', 'bo"ende', "\x00boende", "\t\n", "*", "(", "NEAR(a b)"]


@pytest.mark.parametrize("query", ODD_SEARCHES)
def test_odd_characters_in_the_site_search_give_results_not_errors(client, swedish_page, query):
    response = client.get("/sv/search/", {"q": query})

    assert response.status_code == 200
    if "boende" in query:
        assert "/sv/boende/" in response.content.decode()


@pytest.mark.parametrize("query", ODD_SEARCHES)
def test_odd_characters_in_the_library_and_myth_searches_give_answers(
    client, add_story, make_myth, query
):
    add_story("Boende på gården", slug="boende")
    make_myth("boende", claim="Boendet kostar mycket")

    for path in ("/sv/goda-exempel/", "/sv/goda-exempel/rss/", "/sv/goda-exempel/atom/"):
        response = client.get(path, {"q": query})
        assert response.status_code == 200, path
        if "boende" in query:
            assert "/sv/goda-exempel/boende/" in response.content.decode(), path
    response = client.get("/sv/myter/", {"q": query})
    assert response.status_code == 200
    if "boende" in query:
        assert "/sv/myter/boende/" in response.content.decode()


@pytest.mark.parametrize("query", ODD_SEARCHES)
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_odd_characters_in_an_api_search_give_results(client, swedish_page, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/", {"search": query})

    assert response.status_code == 200
    found = [item["meta"].get("html_url", "") for item in response.json()["items"]]
    if endpoint == "pages" and "boende" in query:
        assert any(url.endswith("/sv/boende/") for url in found)
    if not query.strip('\t\n\x00"'):
        assert found == []  # nothing to search for finds nothing


# The API: each malformed parameter gets a 400 with a message saying what is
# wrong, or an empty list where the request is well formed but finds nothing.
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("limit=-1", "limit must be a positive integer"),
        ("limit=abc", "limit must be a positive integer"),
        ("limit=1000", "limit cannot be higher than 20"),
        ("offset=-1", "offset must be a positive integer"),
        ("order=unknown", "cannot order by 'unknown' (unknown field)"),
        ("order=-password", "cannot order by '-password' (unknown field)"),
        ("fields=__all__", "unknown fields: __all__"),
        ("fields=password", "unknown fields: password"),
        (
            "fields=title(",
            "fields error: unexpected end of input (did you miss out a close bracket?)",
        ),
        ("fields=" + "a(" * 2000, "fields error: at most 1000 characters"),
        ("type=nonexistent.Model", "type doesn't exist"),
        ("type=auth.User", "type doesn't exist"),
        ("child_of=abc", "child_of must be a positive integer"),
        ("child_of=999999999999999999999999", "parent page doesn't exist"),
        ("descendant_of=-5", "descendant_of must be a positive integer"),
        ("translation_of=abc", "translation_of must be a positive integer"),
        ("unknown=1", "query parameter is not an operation or a recognised field: unknown"),
        ("search=x&order=random", "cannot order by '?' while searching (field is not indexed)"),
    ],
)
def test_malformed_api_parameters_get_a_400_that_says_why(client, swedish_page, query, message):
    response = client.get(f"/api/v2/pages/?{query}")

    assert response.status_code == 400
    assert response.json() == {"message": message}


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("offset", ["999999999999999999999999", "9223372036854775807"])
def test_an_offset_past_the_end_gives_an_empty_list(client, swedish_page, endpoint, offset):
    response = client.get(f"/api/v2/{endpoint}/", {"offset": offset})

    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_finding_by_an_id_that_is_not_a_number_is_a_400(client, db, endpoint):
    response = client.get(f"/api/v2/{endpoint}/find/", {"id": "abc"})

    assert response.status_code == 400
    assert response.json() == {"message": "id must be an integer"}


def test_the_api_still_finds_pages_and_pages_through_them(client, swedish_page):
    """The controls: well-formed searches, offsets and finds still work."""
    found = client.get("/api/v2/pages/", {"search": "boende"}).json()["items"]
    assert [item["id"] for item in found] == [swedish_page.pk]
    everything = client.get("/api/v2/pages/").json()
    assert client.get("/api/v2/pages/", {"offset": 1}).json()["items"] == everything["items"][1:]
    assert client.get("/api/v2/pages/find/", {"id": swedish_page.pk}).status_code == 302


def test_a_forecast_series_with_odd_query_parameters_still_downloads(client, make_forecast):
    forecast = make_forecast(
        "csv", "2026-03-01", series=forecast_series(("a", "A", "st", [("2026", 1, None, None)]))
    )
    response = client.get(f"{forecast.url}csv/", {"page": "-1", "q": LONG})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("label", "unit", "message"),
    [
        # The page editor's own words (Django's, in the Swedish admin).
        (
            "x" * 201,
            "st",
            "Rad 2, kolumn ”label”: Säkerställ att detta värde har som mest 200 tecken (den har 201).",
        ),
        (
            "Anvisade",
            "x" * 51,
            "Rad 2, kolumn ”unit”: Säkerställ att detta värde har som mest 50 tecken (den har 51).",
        ),
    ],
)
def test_an_overlong_label_in_a_forecast_file_is_named_and_changes_nothing(
    client, communicator, make_forecast, label, unit, message
):
    """The page editor allows 200 and 50 characters; an import that stored
    more would leave a draft nobody could save again."""
    page = make_forecast("prognos", "2026-02-01")
    before = page.get_latest_revision().pk
    client.force_login(communicator)
    content = f"series,label,unit,period,value\nanvisade,{label},{unit},2026,1\n".encode()

    response = client.post(
        reverse("forecast_import", args=[page.pk]),
        {"file": SimpleUploadedFile("prognos.csv", content)},
    )

    assert response.status_code == 400
    assert message in response.content.decode()
    page.refresh_from_db()
    assert page.get_latest_revision().pk == before


def test_a_line_break_in_a_title_neither_reaches_nor_stops_the_review_e_mails(
    client, communicator, publisher, source_home, django_capture_on_commit_callbacks
):
    """Browsers send titles on one line; a hand-made request can send
    "Rubrik\\r\\nBcc: …". Django refuses such an e-mail subject, which would
    have stopped the Publishers' notification."""
    page = add_draft(source_home, title="Utkast", slug="utkast", user=communicator)
    client.force_login(communicator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {
                "title": "Rubrik\r\nBcc: evil@example.org",
                "seo_title": "SEO\nrad",
                "slug": "utkast",
                "intro": "",
                "body-count": "0",
                "action-submit": "1",
            },
        )

    page.refresh_from_db()
    assert page.draft_title == "Rubrik Bcc: evil@example.org"
    assert page.get_latest_revision().content["seo_title"] == "SEO rad"
    (message,) = mail.outbox
    assert message.to == [publisher.email]
    assert "Rubrik Bcc: evil@example.org" in message.subject
    assert "evil@example.org" not in message.recipients()[1:]
