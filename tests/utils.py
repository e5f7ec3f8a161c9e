from django.db import connection
from django.test.utils import CaptureQueriesContext


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def count_queries(client, url):
    """The number of SQL queries a GET of `url` costs (and its response)."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(context.captured_queries), response
