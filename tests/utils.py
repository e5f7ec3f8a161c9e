import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail_localize.models import Translation

from home.models import SiteSettings

# The host name of the second municipality of tests (the `exempelby` fixture).
OTHER_HOST = "exempelby.localhost"


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def add_page(parent, page, live=True):
    """`page` added below `parent`: published, or with `live=False` a page
    that was never published, with one draft revision."""
    parent.add_child(instance=page)
    if live:
        return publish(page)
    page.save_revision()
    type(page).objects.filter(pk=page.pk).update(live=False)
    page.refresh_from_db()
    return page


def unsynced_translation_editor(client, user, translation):
    """The page editor's HTML for `translation` once it is taken out of
    wagtail-localize's sync ("Stop synced translation"), as `user` sees it."""
    Translation.objects.filter(target_locale=translation.locale).update(enabled=False)
    client.force_login(user)
    return client.get(reverse("wagtailadmin_pages:edit", args=[translation.pk])).content.decode()


def checked_values(html, name):
    """The values of the checked inputs named `name` in a form's HTML."""
    pattern = rf'<input[^>]*name="{name}"[^>]*value="(\d+)"[^>]*checked'
    return [int(value) for value in re.findall(pattern, html)]


def count_queries(client, url):
    """The number of SQL queries a GET of `url` costs (and its response)."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(context.captured_queries), response


def count_warm_queries(client, url):
    """The queries of a GET of `url` once a first GET has filled the caches
    a publication empties (the page as served, its chrome, restricted paths,
    cached parts): what a page costs per reader, to compare pages of
    different sizes. The
    site settings are made first: in a fresh test database the first request
    creates them, which renews the content version again."""
    SiteSettings.load()
    client.get(url)
    return count_queries(client, url)


def refused(response):
    """Wagtail's answers to an admin request a user may not make: 403, 404, or
    a redirect to the login page or the dashboard ("permission denied")."""
    return response.status_code in (403, 404) or (
        response.status_code == 302
        and response["Location"].split("?")[0] in (reverse("wagtailadmin_login"), "/admin/")
    )
