"""While the database cannot be reached, readers get the last good copy of a
page or a short "temporarily unavailable" page in their language, and the
site recovers by itself. The outage is real: the connection is pointed at a
port where no PostgreSQL listens, so this runs in the PostgreSQL suite."""

from contextlib import contextmanager

from django.db import connection
from django.test import Client

import pytest

from campaigns.models import RumourReport
from home.caching.content_version import bump_content_version
from home.caching.stale_copies import STALE_HEADER
from home.models import ContentPage, PageFeedback
from tests.utils import publish

pytestmark = [
    # Real commits (the outage must not roll anything back behind the test's
    # back); the language trees the migrations made are restored after each.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs a database server that can go away"
    ),
]


@pytest.fixture
def about(source_home):
    page = ContentPage(title="Om Samla", slug="om-samla", intro="Fakta om mottagande")
    source_home.add_child(instance=page)
    return publish(page)


@contextmanager
def database_unreachable():
    port = connection.settings_dict["PORT"]
    connection.close()
    connection.settings_dict["PORT"] = "9"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = port


def reader():
    """A new browser; the site's own error handling answers, as for real readers."""
    return Client(raise_request_exception=False)


def test_readers_get_the_last_good_copy_of_a_page(about):
    assert reader().get("/sv/om-samla/").status_code == 200
    # Published since: the page as served before is not the current one.
    bump_content_version()

    with database_unreachable():
        response = reader().get("/sv/om-samla/")

    assert response.status_code == 200
    assert response[STALE_HEADER] == "1"
    content = response.content.decode()
    assert "Om Samla" in content
    # Shared by every reader, so it carries nobody's CSRF token.
    assert "csrfmiddlewaretoken" not in content


def test_a_page_without_a_copy_says_in_the_readers_language_when_to_come_back(about):
    with database_unreachable():
        response = reader().get("/ar/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    content = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "Samla غير متاح مؤقتًا" in content


def test_a_form_sent_during_the_outage_is_answered_and_asked_for_again(about):
    with database_unreachable():
        response = reader().post("/so/report-a-rumour/", {"text": "Rykte", "language": "so"})

    assert response.status_code == 503
    assert "fadlan mar kale dir" in response.content.decode()


def test_pages_asked_for_with_a_query_or_a_session_are_not_copied(about):
    reader().get("/sv/om-samla/?utm_source=x")
    with_session = reader()
    with_session.post("/sv/feedback/", {"page": about.pk, "helpful": "yes"})
    assert with_session.get("/sv/om-samla/").status_code == 200
    bump_content_version()

    with database_unreachable():
        response = reader().get("/sv/om-samla/")

    assert response.status_code == 503


def test_a_page_served_under_the_current_content_version_is_served_whole(about):
    """Its page, as read, and its parts are in the cache (home/serving.py):
    readers get the current page, not a last good copy."""
    reader().get("/sv/om-samla/")
    assert reader().get("/sv/om-samla/").status_code == 200

    with database_unreachable():
        response = reader().get("/sv/om-samla/")

    assert response.status_code == 200
    assert STALE_HEADER not in response
    assert "Fakta om mottagande" in response.content.decode()


def test_the_site_recovers_by_itself(about):
    with database_unreachable():
        assert reader().get("/sv/om-samla/").status_code == 503

    response = reader().get("/sv/om-samla/")
    assert response.status_code == 200
    assert STALE_HEADER not in response
    report = {"text": "Rykte om skolan", "heard_where": "people", "language": "sv"}
    assert reader().post("/sv/report-a-rumour/", report).status_code == 302
    assert RumourReport.objects.count() == 1
    assert reader().post("/sv/feedback/", {"page": about.pk, "helpful": "yes"}).status_code == 302
    assert PageFeedback.objects.count() == 1
