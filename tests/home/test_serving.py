"""Serving a public page with fewer queries than Wagtail's own path
(home/serving.py, the cached site and restricted paths, the site root paths
built in two queries) answers exactly as Wagtail would: every shortcut is
renewed by the change that would make it wrong."""

from django.core.cache import cache

from wagtail.models import PageViewRestriction, Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

import pytest

from home.models import ContentPage
from home.municipalities.trees import cached_site_root_paths
from tests.utils import OTHER_HOST, add_page

pytestmark = pytest.mark.django_db


def wagtails_site_root_paths():
    cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return Site.get_site_root_paths()


def test_the_site_root_paths_are_wagtails_for_several_municipalities(exempelby):
    wagtails = wagtails_site_root_paths()
    cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    built = cached_site_root_paths()
    assert len({path.site_id for path in built}) == 2
    assert built == wagtails
    # Stored where Wagtail reads them, so its own links use them too.
    assert Site.get_site_root_paths() == wagtails


def test_a_page_and_its_route_are_served_and_a_missing_one_is_a_404(client, source_home):
    page = add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    add_page(page, ContentPage(title="Kontakt", slug="kontakt"))
    assert client.get("/sv/").status_code == 200
    assert "Kontakt" in client.get("/sv/om-oss/kontakt/").content.decode()
    assert client.get("/sv/om-oss/saknas/").status_code == 404
    assert client.get("/sv/om-oss/kontakt/saknas/").status_code == 404


def test_an_unpublished_page_is_not_served(client, source_home):
    add_page(source_home, ContentPage(title="Utkast", slug="utkast"), live=False)
    assert client.get("/sv/utkast/").status_code == 404


def test_a_restriction_added_to_a_page_already_served_holds_at_once(client, source_home):
    section = add_page(source_home, ContentPage(title="Internt", slug="internt"))
    add_page(section, ContentPage(title="Rutiner", slug="rutiner"))
    assert client.get("/sv/internt/rutiner/").status_code == 200  # the caches warm
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/sv/internt/rutiner/")
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Rutiner" not in client.get("/sv/internt/").content.decode()


def test_a_changed_host_name_is_served_at_once(client, exempelby):
    client.get("/sv/", HTTP_HOST=OTHER_HOST)  # the site cached for its host name
    site = exempelby.site
    site.hostname = "nytt-namn.localhost"
    site.save()
    assert client.get("/sv/", HTTP_HOST="nytt-namn.localhost").status_code == 200
    assert client.get("/sv/", HTTP_HOST=OTHER_HOST).status_code == 404
