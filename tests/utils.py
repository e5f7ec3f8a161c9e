from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse


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


def refused(response):
    """Wagtail's answers to an admin request a user may not make: 403, 404, or
    a redirect to the login page or the dashboard ("permission denied")."""
    return response.status_code in (403, 404) or (
        response.status_code == 302
        and response["Location"].split("?")[0] in (reverse("wagtailadmin_login"), "/admin/")
    )
