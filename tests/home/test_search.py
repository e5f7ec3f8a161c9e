"""Site search: what readers find first, and what PostgreSQL is asked for it
(home/search.py, home/search_backend.py)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.search.backends import get_search_backend

import pytest

from home.models import ContentPage
from home.search_backend import SamlaPostgresSearchBackend
from tests.utils import add_page

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the query PostgreSQL runs"
)


def test_a_page_with_the_words_in_its_title_comes_before_one_with_them_in_its_text(
    client, source_home
):
    # The title page is the older one: pages that rank alike come newest first.
    add_page(source_home, ContentPage(title="Bostad för nyanlända", slug="bostad"))
    add_page(
        source_home,
        ContentPage(
            title="Frågor och svar",
            slug="fragor",
            intro="Vem ordnar en bostad åt nyanlända?",
        ),
    )

    content = client.get("/sv/search/", {"q": "bostad"}).content.decode()

    assert "2 träffar" in content
    assert content.index("Bostad för nyanlända") < content.index("Frågor och svar")


def test_the_site_search_uses_wagtails_database_backend_on_sqlite_and_the_samla_one_on_postgresql(
    db,
):
    backend = get_search_backend()
    assert isinstance(backend, SamlaPostgresSearchBackend) == (connection.vendor == "postgresql")


@on_postgresql
def test_a_search_asks_postgresql_for_pages_not_for_their_match_vectors(client, source_home):
    add_page(source_home, ContentPage(title="Bostad för nyanlända", slug="bostad"))

    with CaptureQueriesContext(connection) as queries:
        content = client.get("/sv/search/", {"q": "bostad"}).content.decode()

    searches = [query["sql"] for query in queries if "@@" in query["sql"]]
    selected = [sql.split(" FROM ")[0] for sql in searches]
    assert "Bostad för nyanlända" in content
    assert len(searches) == 2  # the results and the paginator's count
    assert not [columns for columns in selected if "||" in columns or "_vector_" in columns]
