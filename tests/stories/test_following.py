"""Following another Samla installation (issue 19): its shared stories,
read through its API v2, become read-only copies here, credited and linked
to their originals, changed when they change and removed when they are
withdrawn. A source that is down, slow or answers garbage changes nothing,
and nothing it sends can put markup or scripts on this site.

The source here is this installation's own API: what it answered (with its
ETags) is served over HTTP by a small server on loopback, which also serves
the broken answers of the failure tests. tests/browser/test_following.py
follows a second real installation."""

import http.server
import json
import threading
import time
import xml.etree.ElementTree as ET
from io import StringIO

from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Locale

import pytest

from home.caching.content_version import content_version
from home.models import HomePage, Municipality
from home.review_dates.models import PageReview
from stories.following import sync as following
from stories.following.models import FollowedSource, FollowedStoryIndexPage, FollowedStoryPage
from stories.following.sync import api_url, sync
from tests.factories import stories as factories
from tests.utils import OTHER_HOST


class SourceHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        server = self.server
        server.requests.append((self.path, self.headers.get("If-None-Match", "")))
        if server.delay:
            time.sleep(server.delay)
        status, etag, body = server.routes.get(self.path, (404, "", b"{}"))
        if etag and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(autouse=True)
def site_address(settings):
    # The source's addresses must be ones a follower accepts ("testserver" has no domain).
    settings.SAMLA_SITE_URL = "http://exempellan.localhost"


@pytest.fixture
def client(client):
    """Readers on the default municipality's public address."""
    client.defaults["HTTP_HOST"] = "exempellan.localhost"
    return client


def path(page):
    return page.get_url_parts()[2]


@pytest.fixture(scope="module")
def source_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), SourceHandler)
    server.routes, server.requests, server.delay = {}, [], 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


@pytest.fixture
def server(source_server):
    source_server.routes.clear()
    source_server.requests.clear()
    source_server.delay = 0
    return source_server


@pytest.fixture
def source(db, server):
    return FollowedSource.objects.create(
        name="Samla Exempellän", address=f"http://127.0.0.1:{server.server_address[1]}/"
    )


def path_of(url):
    return url.split("/", 3)[3].join(("/", ""))


def mirror(client, server, source):
    """Serves what this installation's API answers to every request the
    sync makes: the listing of shared stories and each story in it."""
    server.routes.clear()
    offset = 0
    while True:
        url = api_url(
            source,
            "pages/",
            type=following.STORY_TYPE,
            shared="true",
            fields="_,id,type,last_published_at",
            order="id",
            limit=following.PAGE_SIZE,
            offset=offset,
        )
        response = client.get(path_of(url))
        server.routes[path_of(url)] = (200, response["ETag"], response.content)
        listing = response.json()
        for item in listing["items"]:
            detail = client.get(f"/api/v2/pages/{item['id']}/")
            server.routes[f"/api/v2/pages/{item['id']}/"] = (
                200,
                detail["ETag"],
                detail.content,
            )
        offset += following.PAGE_SIZE
        if offset >= listing["meta"]["total_count"]:
            return


@pytest.fixture
def neighbour_library(exempelby):
    """A second municipality's library, showing shared stories: where
    followed stories are listed."""
    library = factories.story_library(HomePage.objects.get(pk=exempelby.site.root_page_id))
    library.shows_shared_stories = True
    library.save_revision().publish()
    return library


@pytest.fixture
def shared_story(library, facets):
    return factories.story(
        library,
        "Språkcafé varje tisdag",
        slug="sprakcafe",
        shared=True,
        year=2024,
        target_groups=[facets["asylum_seekers"]],
        body=[
            ("text", '<p>Volontärer <b>leder</b> samtalen, läs <a href="/sv/om/">mer</a>.</p>'),
            ("heading", {"text": "Så gick det till", "level": "h2"}),
        ],
    )


def copies():
    return FollowedStoryPage.objects.order_by("pk")


def test_a_shared_story_becomes_a_credited_read_only_copy_listed_with_shared_ones(
    client, server, source, shared_story, neighbour_library, admin_client
):
    factories.story(shared_story.get_parent(), "Intern rutin", slug="rutin")  # not shared
    mirror(client, server, source)

    assert sync(source) == (1, 0)

    copy = copies().get()
    assert copy.title == "Språkcafé varje tisdag"
    assert copy.live and copy.shared
    assert copy.source_municipality == Municipality.default().name
    assert copy.source_url == shared_story.get_full_url()
    assert [facet.slug for facet in copy.target_groups.all()] == ["asylsokande"]
    assert isinstance(copy.get_parent().specific, FollowedStoryIndexPage)
    source.refresh_from_db()
    assert source.last_error == "" and source.last_synced_at is not None

    page = client.get(path(copy)).content.decode()
    assert f'<link rel="canonical" href="{shared_story.get_full_url()}">' in page
    assert "Samla Exempellän" in page
    assert f'<a href="{shared_story.get_full_url()}" lang="sv">' in page
    # A link to the source's own page keeps its words, on the source's site.
    assert 'href="http://exempellan.localhost/sv/om/"' in page
    assert "Så gick det till" in page

    library = client.get(path(neighbour_library), HTTP_HOST=OTHER_HOST)
    html = library.content.decode()
    assert "Språkcafé varje tisdag" in html and "Intern rutin" not in html
    assert "Samla Exempellän" in html
    facet = {
        option.value: (option.label, option.count)
        for group in library.context["library"].facet_groups
        if group.name == "municipality"
        for option in group.options
    }
    assert facet[f"samla-{source.pk}"] == ("Samla Exempellän", 1)
    # The original counts for its own municipality; the copy does not.
    assert facet[Municipality.default().site.root_page.slug][1] == 1
    only_followed = client.get(
        f"{path(neighbour_library)}?municipality=samla-{source.pk}", HTTP_HOST=OTHER_HOST
    )
    assert only_followed.context["library"].results.paginator.count == 1
    assert only_followed.context["library"].cards[0].story.pk == copy.pk

    # Search engines are sent to the original.
    sitemap = client.get("/sitemap.xml").content.decode()
    assert copy.url_path.split("/", 2)[2] not in sitemap

    # It is not offered as one of this municipality's own stories, and has no
    # review dates here: its own municipality reviews it.
    assert path(copy) not in client.get("/sv/").content.decode()
    assert not PageReview.objects.filter(page=copy).exists()
    assert 'class="page-dates"' not in page
    assert 'class="page-dates"' in client.get(path(shared_story)).content.decode()

    # Nobody edits, deletes, moves or translates a copy here, not even a superuser.
    translate = admin_client.get(f"/admin/localize/submit/page/{copy.pk}/")
    assert translate.status_code == 302
    assert not FollowedStoryPage.objects.exclude(locale=copy.locale).exists()
    assert admin_client.get(f"/admin/pages/{copy.pk}/edit/").status_code in (302, 403)
    assert admin_client.get(f"/admin/pages/{copy.pk}/delete/").status_code in (302, 403)
    assert admin_client.get(f"/admin/pages/{copy.pk}/move/").status_code in (302, 403)
    copy.refresh_from_db()
    assert copy.live


def test_every_language_is_copied_as_one_story(client, server, source, shared_story):
    ar = Locale.objects.get(language_code="ar")
    shared_story.get_parent().copy_for_translation(ar).save_revision().publish()
    arabic = shared_story.copy_for_translation(ar)
    arabic.title = "مقهى اللغة"
    arabic.save_revision().publish()
    mirror(client, server, source)

    sync(source)

    by_language = {copy.locale.language_code: copy for copy in copies()}
    assert set(by_language) == {"sv", "ar"}
    assert by_language["ar"].title == "مقهى اللغة"
    assert by_language["ar"].translation_key == by_language["sv"].translation_key
    assert by_language["ar"].get_parent().locale.language_code == "ar"


def test_an_unchanged_source_is_asked_conditionally_and_nothing_is_rewritten(
    client, server, source, shared_story
):
    mirror(client, server, source)
    sync(source)
    revisions = copies().get().revisions.count()
    server.requests.clear()

    version = content_version()
    assert sync(source) == (0, 0)

    # Nothing here changed: no page is renewed or purged.
    assert content_version() == version
    # One request, for the listing, naming its ETag: answered 304.
    assert len(server.requests) == 1
    assert server.requests[0][1] == server.routes[server.requests[0][0]][1]
    assert copies().get().revisions.count() == revisions


def test_a_change_at_the_source_changes_the_copy(client, server, source, shared_story):
    mirror(client, server, source)
    sync(source)

    shared_story.title = "Språkcafé varje tisdag och torsdag"
    shared_story.save_revision().publish()
    mirror(client, server, source)

    assert sync(source) == (1, 0)
    assert copies().get().title == "Språkcafé varje tisdag och torsdag"


def test_a_withdrawn_story_is_removed_within_one_sync(
    client, server, source, shared_story, neighbour_library
):
    mirror(client, server, source)
    sync(source)

    shared_story.unpublish()
    mirror(client, server, source)

    assert sync(source) == (0, 1)
    assert not copies().exists()
    library = client.get(path(neighbour_library), HTTP_HOST=OTHER_HOST).content.decode()
    assert "Språkcafé varje tisdag" not in library


def test_a_source_no_longer_followed_loses_its_copies(client, server, source, shared_story):
    mirror(client, server, source)
    sync(source)
    source.active = False
    source.save()
    server.requests.clear()

    assert sync(source) == (0, 1)
    assert not copies().exists()
    assert server.requests == []


def test_the_listing_is_read_a_page_at_a_time(
    client, server, source, library, monkeypatch, neighbour_library
):
    monkeypatch.setattr(following, "PAGE_SIZE", 2)
    for number in range(5):
        factories.story(library, f"Exempel {number}", slug=f"exempel-{number}", shared=True)
    mirror(client, server, source)

    assert sync(source) == (5, 0)
    listing_requests = [path for path, _etag in server.requests if "offset=" in path]
    assert [path.rsplit("offset=", 1)[1] for path in listing_requests] == ["0", "2", "4"]


def broken(server, status=200, body=b"{}"):
    for path in server.routes:
        server.routes[path] = (status, "", body)


@pytest.mark.parametrize(
    "status, body",
    [
        (500, b"Internal Server Error"),
        (200, b"<html>not JSON</html>"),
        (200, b'{"meta": {"total_count": "many"}, "items": []}'),
        (200, b'{"items": [{"id": "one"}]}'),
        (200, b"[1, 2, 3]"),
        (200, b"[" * 100_000),  # nested past the parser's recursion limit
        (302, b""),  # sent elsewhere: not followed
    ],
)
def test_a_source_answering_garbage_changes_nothing(
    client, server, source, shared_story, status, body
):
    mirror(client, server, source)
    sync(source)
    before = list(copies().values_list("pk", "title", "live"))

    broken(server, status, body)
    assert sync(source) == (0, 0)

    assert list(copies().values_list("pk", "title", "live")) == before
    source.refresh_from_db()
    assert source.last_error


def test_a_source_that_is_down_or_slow_changes_nothing(client, server, source, shared_story):
    mirror(client, server, source)
    sync(source)
    before = list(copies().values_list("pk", "title", "live"))

    server.delay = 1.5
    with override_settings(SAMLA_FOLLOWED_SOURCE_TIMEOUT=0.3):
        started = time.monotonic()
        assert sync(source) == (0, 0)
        assert time.monotonic() - started < 1.5
    server.delay = 0
    source.address = "http://127.0.0.1:9/"  # nothing listens on the discard port
    assert sync(source) == (0, 0)

    assert list(copies().values_list("pk", "title", "live")) == before
    source.refresh_from_db()
    assert "127.0.0.1:9" in source.last_error


def test_a_story_that_cannot_be_taken_is_left_out_and_the_rest_copied(
    client, server, source, library
):
    good = factories.story(library, "Läxhjälp", slug="laxhjalp", shared=True)
    bad = factories.story(library, "Simskola", slug="simskola", shared=True)
    failing = factories.story(library, "Simhall", slug="simhall", shared=True)
    mirror(client, server, source)
    detail_path = f"/api/v2/pages/{bad.pk}/"
    document = server.routes[detail_path][2].replace(b'"year": 2017', b'"year": 3017')
    server.routes[detail_path] = (200, '"other"', document)
    # One story's error status is that story's problem, not the source's.
    failing_path = f"/api/v2/pages/{failing.pk}/"
    server.routes[failing_path] = (500, "", b"Internal Server Error")

    assert sync(source) == (1, 0)

    assert [copy.source_page_id for copy in copies()] == [good.pk]
    source.refresh_from_db()
    assert detail_path in source.last_error and "year" in source.last_error
    assert f"{failing_path} answered 500" in source.last_error
    assert source.last_synced_at is not None


def test_nothing_a_source_sends_puts_markup_or_scripts_on_the_site(
    client, server, source, shared_story
):
    mirror(client, server, source)
    detail_path = f"/api/v2/pages/{shared_story.pk}/"
    document = json.loads(server.routes[detail_path][2])
    document["title"] = "<img src=x onerror=alert(1)>Språkcafé"
    text = document["body"][0]["value"]
    document["body"][0]["value"] = text.replace(
        "<p>Volontärer",
        '<p onclick="alert(2)"><script>alert(3)</script>'
        '<a href="javascript:alert(4)">länk</a><iframe src="https://evil.example"></iframe>'
        '<a linktype="page" id="1">sidan</a>Volontärer',
    )
    # Rich text that is not a string would reach the page uncleaned.
    document["body"].append(
        {"type": "text", "value": {"x": "<form action=https://evil.example>"}, "id": "x"}
    )
    document = json.dumps(document)
    server.routes[detail_path] = (200, '"injected"', document.encode())

    sync(source)

    html = client.get(path(copies().get())).content.decode()
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    for sign in ("alert(2)", "<script>alert(3)", "javascript:", "<iframe", "evil.example"):
        assert sign not in html
    assert "länk" in html and "sidan" in html


def test_the_api_answers_a_request_naming_the_current_etag_with_304(client, shared_story):
    response = client.get("/api/v2/pages/?type=stories.StoryPage&shared=true")
    assert response["ETag"]

    again = client.get(
        "/api/v2/pages/?type=stories.StoryPage&shared=true", HTTP_IF_NONE_MATCH=response["ETag"]
    )

    assert again.status_code == 304
    changed = client.get(
        "/api/v2/pages/?type=stories.StoryPage&shared=true", HTTP_IF_NONE_MATCH='"old"'
    )
    assert changed.status_code == 200


def test_the_api_says_when_each_story_last_changed_and_which_pages_are_one_story(
    client, shared_story
):
    item = client.get(f"/api/v2/pages/{shared_story.pk}/").json()

    assert item["meta"]["last_published_at"]
    assert item["meta"]["translation_key"] == str(shared_story.translation_key)


def test_copies_are_not_followed_again(client, server, source, shared_story):
    """An installation that follows this one gets its own stories, not the
    copies it holds of others'."""
    mirror(client, server, source)
    sync(source)

    listing = client.get(
        "/api/v2/pages/?type=stories.StoryPage&shared=true&fields=_,id,type,last_published_at"
    ).json()

    types = sorted(item["meta"]["type"] for item in listing["items"])
    assert types == ["stories.FollowedStoryPage", "stories.StoryPage"]
    _total, items = following.listing_page("listing", listing)
    assert [page_id for page_id, _published in items] == [shared_story.pk]


def test_the_command_reports_each_source(client, server, source, shared_story):
    mirror(client, server, source)
    output = StringIO()

    call_command("sync_followed_stories", stdout=output)

    assert f"{source.address}: 1 copied, 0 removed (ok)" in output.getvalue()


def test_the_feed_credits_a_copys_municipality(
    client, server, source, shared_story, neighbour_library
):
    mirror(client, server, source)
    sync(source)

    channel = ET.fromstring(
        client.get(path(neighbour_library) + "rss/", HTTP_HOST=OTHER_HOST).content
    ).find("channel")

    authors = [
        item.findtext("{http://purl.org/dc/elements/1.1/}creator")
        for item in channel.findall("item")
    ]
    # The original and its copy
    assert authors.count(Municipality.default().name) == 2
