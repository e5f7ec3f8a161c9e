"""Serving a public page with fewer queries than Wagtail's own path
(home/serving.py, the cached sites and restricted paths, the site root paths
built from the cached sites in one query) answers exactly as Wagtail would: every shortcut is
renewed by the change that would make it wrong."""

import shutil
import subprocess
import time

from django.core.cache import cache, caches
from django.core.cache.utils import make_template_fragment_key
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    get_site_for_hostname,
)

import pytest

from home.caching.content_version import content_version
from home.models import ContentPage, SiteSettings, UrgentNotice
from home.municipalities.setup import add_municipality
from home.municipalities.sites import site_for_host
from home.municipalities.trees import cached_site_root_paths
from tests.factories.stories import story, story_library
from tests.utils import OTHER_HOST, add_page, count_warm_queries

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


def test_pages_their_routes_and_missing_ones_answer_as_in_wagtail(client, source_home, homes):
    page = add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    add_page(page, ContentPage(title="Kontakt", slug="kontakt"))
    library = story_library(source_home)
    # A child named like its parent's route: the route comes first, as in Wagtail.
    add_page(library, ContentPage(title="Inte flödet", slug="rss"))
    assert "Kontakt" in client.get("/sv/om-oss/kontakt/").content.decode()
    feed = client.get(f"{library.url}rss/")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/rss+xml")
    assert client.get("/sv/om-oss/saknas/").status_code == 404
    assert client.get("/sv/om-oss/kontakt/saknas/").status_code == 404
    arabic_home = homes["ar"]
    assert arabic_home.title in client.get("/ar/").content.decode()


def test_a_warm_page_is_served_without_a_query(client, source_home):
    """The page the path names, as read when it was last served under the
    content version, and the chrome around it are cached; Wagtail's own walk
    would read the active locale, the home page and its type first, and the
    site for its host name."""
    add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    queries, response = count_warm_queries(client, "/sv/om-oss/")
    assert "Om oss" in response.content.decode()
    assert queries == 0


def test_a_warm_page_shows_the_content_published_since(client, source_home):
    page = add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    count_warm_queries(client, "/sv/om-oss/")
    page.title = "Om kommunen"
    page.save_revision().publish()
    assert "Om kommunen" in client.get("/sv/om-oss/").content.decode()


def test_a_warm_page_unpublished_since_is_gone(client, source_home):
    page = add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    count_warm_queries(client, "/sv/om-oss/")
    page.unpublish()
    assert client.get("/sv/om-oss/").status_code == 404


def test_a_warm_route_of_a_page_answers_as_the_route(client, source_home):
    """A feed is kept as the library page with the rest of the path it routes."""
    library = story_library(source_home)
    story(library, "Sala", slug="sala")
    count_warm_queries(client, f"{library.url}rss/")
    feed = client.get(f"{library.url}rss/")
    assert feed["Content-Type"].startswith("application/rss+xml")
    assert "Sala" in feed.content.decode()
    assert client.get(library.url)["Content-Type"].startswith("text/html")


def test_a_warm_page_whose_chrome_left_the_cache_still_shows_its_menu(client, source_home):
    """A part of the chrome gone from the cache since it was rendered
    (evicted) reads its pages itself."""
    page = add_page(source_home, ContentPage(title="Om oss", slug="om-oss", show_in_menus=True))
    add_page(source_home, ContentPage(title="Kontakt", slug="kontakt", show_in_menus=True))
    queries, response = count_warm_queries(client, "/sv/om-oss/")
    assert queries == 0 and ">Kontakt</a>" in response.content.decode()
    host = response.wsgi_request.get_host()
    cache.delete(make_template_fragment_key("navigation", [page.pk, host, "sv", content_version()]))
    with CaptureQueriesContext(connection) as context:
        response = client.get("/sv/om-oss/")
    html = response.content.decode()
    assert 'aria-current="page">Om oss' in html and ">Kontakt</a>" in html
    assert len(context.captured_queries) == 1  # the menu


def test_an_unpublished_page_is_not_served(client, source_home):
    add_page(source_home, ContentPage(title="Utkast", slug="utkast"), live=False)
    assert client.get("/sv/utkast/").status_code == 404


def test_a_language_whose_home_is_not_live_gets_wagtails_fallback(client, homes):
    """Wagtail serves the site's root page where the active language's home
    page is not live; the shortcut leaves that to Wagtail."""
    homes["en"].unpublish()
    response = client.get("/en/")
    assert response.status_code == 200
    assert homes["sv"].title in response.content.decode()


def test_a_restriction_added_to_a_page_already_served_holds_at_once(client, source_home):
    section = add_page(source_home, ContentPage(title="Internt", slug="internt"))
    add_page(section, ContentPage(title="Rutiner", slug="rutiner"))
    assert client.get("/sv/internt/rutiner/").status_code == 200  # the caches warm
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/sv/internt/rutiner/")
    assert response.status_code == 302
    # Wagtail's login page for restricted pages is still Wagtail's.
    login = client.get(response["Location"])
    assert login.status_code == 200 and b'name="password"' in login.content


def test_a_password_protected_page_opens_with_its_password(client, source_home):
    page = add_page(source_home, ContentPage(title="Skyddad", slug="skyddad"))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    assert b'name="password"' in client.get("/sv/skyddad/").content
    answer = client.post(
        f"/sv/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "hemligt", "return_url": "/sv/skyddad/"},
    )
    assert answer.status_code == 302
    opened = client.get("/sv/skyddad/").content
    assert b'name="password"' not in opened and b"Skyddad" in opened


def test_a_changed_host_name_is_served_at_once(client, exempelby):
    client.get("/sv/", HTTP_HOST=OTHER_HOST)  # the site cached for its host name
    site = exempelby.site
    site.hostname = "nytt-namn.localhost"
    site.save()
    assert client.get("/sv/", HTTP_HOST="nytt-namn.localhost").status_code == 200
    assert client.get("/sv/", HTTP_HOST=OTHER_HOST).status_code == 404


@pytest.mark.parametrize(
    "hostname, port",
    [
        (OTHER_HOST, 80),
        (OTHER_HOST, 8000),  # its name on another port
        ("localhost", 80),
        ("localhost", 8080),
        ("okand.localhost", 80),  # no site of its own: the default site's
    ],
)
def test_the_site_of_a_host_name_is_wagtails(exempelby, hostname, port):
    # A second site on the same host name, another port: the port decides.
    add_municipality("Exempelvik kommun", OTHER_HOST, port=8000)
    assert site_for_host(hostname, port) == get_site_for_hostname(hostname, port)


def test_a_host_name_of_two_sites_on_other_ports_gets_the_default_site(exempelby):
    add_municipality("Exempelvik kommun", OTHER_HOST, port=8000)
    default_site = Site.objects.get(is_default_site=True)
    assert site_for_host(OTHER_HOST, 9000) == get_site_for_hostname(OTHER_HOST, 9000)
    assert site_for_host(OTHER_HOST, 9000) == default_site


def test_changed_site_settings_are_shown_at_once(client, source_home):
    """The settings come with the cached site: saving them renews it."""
    add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    notice = UrgentNotice.objects.create(title="Vattnet är avstängt", message="Koka vattnet.")
    assert "Vattnet är avstängt" not in client.get("/sv/om-oss/").content.decode()
    settings = SiteSettings.load()
    settings.urgent_notice = notice
    settings.save()
    assert "Vattnet är avstängt" in client.get("/sv/om-oss/").content.decode()


def test_a_cold_content_page_costs_the_chromes_four_queries(client, source_home):
    """The sites with their settings, the site root paths with the
    restricted pages, the path (with the page's review dates and translation
    state, home/freshness.py, and the pages its navigation links: menu,
    language links, easy-to-read links) and the page's own fields."""
    add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    client.get("/sv/")  # the per-process caches a running server has (content types)
    for each in caches.all():
        each.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get("/sv/om-oss/")
    assert "Om oss" in response.content.decode()
    assert len(context.captured_queries) == 4, [q["sql"][:60] for q in context.captured_queries]


def test_a_host_name_of_no_site_is_a_404_without_a_default_site(client, exempelby):
    Site.objects.update(is_default_site=False)
    assert site_for_host("okand.localhost", 80) is None
    assert client.get("/sv/", HTTP_HOST="okand.localhost").status_code == 404


def test_a_language_whose_home_is_not_live_keeps_its_index_links(client, homes):
    arabic_home = homes["ar"]
    library = story_library(arabic_home)
    story(library, "قصة", slug="qissa")
    arabic_home.unpublish()
    html = client.get("/ar/").content.decode()
    assert f'href="{library.url}"' in html


@pytest.fixture
def redis_cache(settings, tmp_path):
    """The shared cache of several app servers: a real Redis (django-redis),
    on a socket of this test's own."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (make system-deps)")
    socket = tmp_path / "redis.sock"
    server = subprocess.Popen(
        ["redis-server", "--port", "0", "--unixsocket", str(socket), "--save", ""],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if socket.exists():
                break
            time.sleep(0.05)
        settings.CACHES = {
            **settings.CACHES,
            "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": f"unix://{socket}"},
        }
        yield caches["default"]
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_pages_and_routes_are_kept_as_served_in_redis(client, source_home, redis_cache):
    """django-redis's set() answers True, which a post-render callback must
    not hand back in place of the page."""
    add_page(source_home, ContentPage(title="Om oss", slug="om-oss"))
    library = story_library(source_home)
    for _ in range(2):
        page = client.get("/sv/om-oss/")
        assert page.status_code == 200 and "Om oss" in page.content.decode()
        feed = client.get(f"{library.url}rss/")
        assert feed.status_code == 200 and feed["Content-Type"].startswith("application/rss+xml")
    assert any(key.startswith("samla:served:") for key in redis_cache.keys("*"))
