"""The front-end cache's side of Samla (docs/operations.md, "Front-end cache
(Varnish)"): which answers it may share, which addresses a publication
purges (sent to a real HTTP endpoint that records PURGE requests), what a
failing purge does, and the readers' forms on shared pages. The VCL itself
runs in tests/home/test_varnish.py."""

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from campaigns.models import RumourReport
from home.caching.purge import PREFIX, VarnishBackend
from home.feedback.views import FEEDBACK_LIMIT_PER_HOUR
from home.models import (
    ContentPage,
    HomePage,
    PageFeedback,
    SiteSettings,
    Subscription,
    UrgentNotice,
)
from stories.models import ExampleSuggestion
from tests.campaigns.conftest import translate_to
from tests.factories import campaigns as campaign_factories
from tests.factories import stories as story_factories
from tests.home.test_rate_limits import RUMOUR, SUGGESTION
from tests.utils import publish

pytestmark = pytest.mark.django_db


class PurgeRecorder(ThreadingHTTPServer):
    """A loopback HTTP server standing in for Varnish: records each PURGE
    (path, Host, prefix header) and answers 503 to the first `failures`."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), PurgeHandler)
        self.purges = []
        self.failures = 0
        self.url = f"http://127.0.0.1:{self.server_port}"

    def paths(self):
        return {path + ("*" if prefix else "") for path, _host, prefix in self.purges}


class PurgeHandler(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (http.server's naming)
        if self.server.failures > 0:
            self.server.failures -= 1
            self.send_response(503)
        else:
            prefix = self.headers.get("X-Samla-Purge") == "prefix"
            self.server.purges.append((self.path, self.headers["Host"], prefix))
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def recorder():
    server = PurgeRecorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def varnish(settings, recorder):
    """Purges go to the recorder, as production's go to Varnish."""
    recorder.purges.clear()
    recorder.failures = 0
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "home.caching.purge.VarnishBackend", "LOCATION": recorder.url}
    }
    return recorder


@pytest.fixture(scope="module")
def tree(module_db):
    """Swedish myths and stories with an English translation, built once."""
    with module_db.unblock():
        homes = {home.locale.language_code: home for home in HomePage.objects.all()}
        organisation = campaign_factories.example_organisation(homes["sv"].locale)
        myth_index = campaign_factories.myth_index(homes["sv"])
        myth = campaign_factories.myth(myth_index, organisation, "bidrag")
        library = story_factories.story_library(homes["sv"])
        story = story_factories.story(library, "Språkcafé", slug="sprakcafe")
        about = ContentPage(title="Om Samla", slug="om-samla")
        homes["sv"].add_child(instance=about)
        publish(about)
        return {
            "homes": homes,
            "myth": myth,
            "myth_en": translate_to(myth, homes["en"], title="Myth"),
            "story": story,
            "story_en": translate_to(story, homes["en"], title="Language café"),
            "about": about,
        }


def path_of(page):
    return urlsplit(page.get_full_url()).path


def publish_and_commit(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


# What may be shared -------------------------------------------------------


def test_an_anonymous_reader_gets_a_shareable_page_without_a_cookie(client, tree):
    response = client.get(path_of(tree["about"]))

    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=600"
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
    # Only Cookie: a reader whose session remembers an answer sees the thanks.
    assert "Accept-Language" not in response.get("Vary", "")


@pytest.mark.parametrize(
    "path", ["/api/v2/pages/?type=campaigns.MythPage", "/sitemap.xml", "/sv/myter/rss/"]
)
def test_the_api_sitemap_and_feeds_are_shareable(client, tree, path):
    response = client.get(path)

    assert response.status_code == 200
    assert "s-maxage=600" in response["Cache-Control"]


def test_a_signed_in_editor_never_gets_a_shareable_answer(client, tree, admin_user):
    client.force_login(admin_user)

    for path in (path_of(tree["about"]), "/api/v2/pages/", f"/admin/pages/{tree['about'].pk}/"):
        response = client.get(path)
        assert response["Cache-Control"] == "private, no-store", path


def test_a_preview_is_never_shared(client, tree, admin_user):
    client.force_login(admin_user)
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[tree["about"].pk])

    response = client.get(preview)

    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_form_answer_is_never_shared(client, tree):
    bad_report = client.post("/sv/report-a-rumour/", {"text": ""})
    feedback = client.post("/sv/feedback/", {"page": tree["about"].pk, "helpful": "yes"})

    assert bad_report.status_code == 400
    assert bad_report["Cache-Control"] == "private, no-store"
    assert feedback.status_code == 302
    assert feedback["Cache-Control"] == "private, no-store"
    # The reader's session now remembers the answer: their pages are theirs.
    page = client.get(path_of(tree["about"]))
    assert page["Cache-Control"] == "private, no-store"


def test_personal_links_and_the_language_redirect_are_never_shared(client, tree):
    subscription = Subscription.objects.create(
        email="reader@example.org", locale=tree["homes"]["sv"].locale, topic="myths"
    )
    confirm = client.get(reverse("subscription_confirm", args=[subscription.token]))
    redirect = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")

    assert confirm.status_code == 200
    assert "no-store" in confirm["Cache-Control"]
    assert "public" not in confirm["Cache-Control"]
    assert redirect.status_code == 302
    assert redirect["Cache-Control"] == "private, no-store"


# What a change purges ------------------------------------------------------


def expected_for(page, translation, index_routes):
    index, index_en = page.get_parent(), translation.get_parent()
    return {
        path_of(page),
        path_of(translation),
        path_of(index),
        path_of(index_en),
        *(path_of(index) + route for route in index_routes),
        *(path_of(index_en) + route for route in index_routes),
        "/sv/",
        "/en/",
        "/sitemap.xml",
        "/api/v2/pages/",
        f"/api/v2/pages/{page.pk}/",
        f"/api/v2/pages/{translation.pk}/",
    }


@pytest.mark.parametrize(
    ("kind", "index_routes"), [("myth", ["rss/", "atom/"]), ("story", ["rss/", "atom/"])]
)
def test_a_publication_purges_the_page_in_every_language_and_what_lists_it(
    varnish, tree, django_capture_on_commit_callbacks, kind, index_routes
):
    page, translation = tree[kind], tree[f"{kind}_en"]

    publish_and_commit(page, django_capture_on_commit_callbacks)

    expected = expected_for(page, translation, index_routes)
    assert expected <= varnish.paths()
    assert {host for _path, host, _prefix in varnish.purges} == {
        urlsplit(page.get_full_url()).netloc
    }
    # Nothing of another language's tree beyond the page's own translations.
    assert not {path for path in varnish.paths() if path.startswith(("/ar/", "/uk/"))}


def test_a_translations_publication_purges_its_source_and_siblings(
    varnish, tree, django_capture_on_commit_callbacks
):
    publish_and_commit(tree["myth_en"], django_capture_on_commit_callbacks)

    assert expected_for(tree["myth"], tree["myth_en"], ["rss/", "atom/"]) <= varnish.paths()
    # The share images show the verdict too.
    assert {
        f"/sv/myths/{tree['myth'].pk}/share.png",
        f"/en/myths/{tree['myth_en'].pk}/share.png",
    } <= varnish.paths()


def test_a_page_in_the_menu_purges_every_page_of_its_language(
    varnish, tree, django_capture_on_commit_callbacks
):
    about = tree["about"]
    about.show_in_menus = True

    publish_and_commit(about, django_capture_on_commit_callbacks)

    assert "/sv/*" in varnish.paths()
    assert "/en/*" not in varnish.paths()


def test_an_urgent_notice_purges_every_page_of_every_language(
    varnish, tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notice = UrgentNotice.objects.create(
            title="Stängt", message="Kontoret är stängt.", locale=tree["homes"]["sv"].locale
        )
        site_settings = SiteSettings.load()
        site_settings.urgent_notice = notice
        site_settings.save()

    assert {f"/{code}/*" for code in tree["homes"]} <= varnish.paths()


def test_a_move_purges_the_old_and_the_new_addresses_of_everything_below(
    varnish, tree, django_capture_on_commit_callbacks
):
    story, about = tree["story"], tree["about"]
    old_path = path_of(story)

    with django_capture_on_commit_callbacks(execute=True):
        story.move(about, pos="last-child")

    story.refresh_from_db()
    assert {old_path + "*", path_of(story) + "*", path_of(about)} <= varnish.paths()


def test_a_deletion_purges_the_page_and_its_lists(
    varnish, tree, django_capture_on_commit_callbacks
):
    myth = tree["myth"]
    expected = {path_of(myth) + "*", path_of(myth.get_parent()), f"/api/v2/pages/{myth.pk}/"}

    with django_capture_on_commit_callbacks(execute=True):
        myth.delete()

    assert expected <= varnish.paths()


# When Varnish fails ----------------------------------------------------------


def test_a_refused_purge_is_logged_and_sent_again(
    varnish, tree, django_capture_on_commit_callbacks, caplog
):
    varnish.failures = 1

    with caplog.at_level(logging.WARNING, logger="samla.caching"):
        publish_and_commit(tree["about"], django_capture_on_commit_callbacks)

    assert "Varnish refused to purge" in caplog.text
    assert path_of(tree["about"]) in varnish.paths()


def test_an_editor_unpublishes_while_varnish_is_down(
    client, settings, tree, admin_user, caplog, django_capture_on_commit_callbacks
):
    # A port nothing listens on: the recorder's, once it is gone, would do too.
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "home.caching.purge.VarnishBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    client.force_login(admin_user)
    page = tree["about"]

    with (
        caplog.at_level(logging.WARNING, logger="samla.caching"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))

    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert "Could not reach Varnish" in caplog.text
    assert "Gave up purging" in caplog.text  # after the immediate backend's second try


def test_with_a_task_worker_a_failed_purge_is_retried_later(settings, varnish):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    varnish.failures = 1
    backend = VarnishBackend({"LOCATION": varnish.url})

    backend.purge_batch(["http://testserver/sv/om-samla/", "http://testserver/sv/" + PREFIX])

    retry = DBTaskResult.objects.get(task_path="home.caching.purge.retry_purge")
    assert retry.run_after > timezone.now()
    # The worker runs it when it is due: this time Varnish answers.
    retry.task.call(*retry.args_kwargs["args"], **retry.args_kwargs["kwargs"])
    assert varnish.paths() == {"/sv/om-samla/", "/sv/*"}


# Readers' forms on shared pages ----------------------------------------------


@pytest.fixture
def forms(tree):
    """Each public form's address, a valid answer and the table it fills."""
    return {
        "feedback": ("/sv/feedback/", {"page": tree["about"].pk, "helpful": "yes"}, PageFeedback),
        "subscribe": ("/sv/subscribe/", {"email": "a@example.org", "topics": ["myths"]}, None),
        "suggest": ("/sv/suggest-example/", SUGGESTION, ExampleSuggestion),
        "report": ("/sv/report-a-rumour/", RUMOUR, RumourReport),
    }


FORMS = ["feedback", "subscribe", "suggest", "report"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "origin",
    [{"HTTP_ORIGIN": "https://evil.example"}, {"HTTP_REFERER": "https://evil.example/x/"}, {}],
    ids=["other-origin", "other-referer", "neither"],
)
def test_a_post_from_another_site_is_refused(forms, form, origin):
    url, data, table = forms[form]

    response = Client(enforce_csrf_checks=True).post(url, data, secure=True, **origin)

    assert response.status_code == 403
    assert table is None or not table.objects.exists()
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("secure", "origin"),
    [
        (True, {"HTTP_ORIGIN": "https://testserver"}),
        (True, {"HTTP_REFERER": "https://testserver/sv/"}),
        (False, {"HTTP_REFERER": "http://testserver/sv/"}),
    ],
    ids=["origin", "https-referer", "http-referer"],
)
def test_a_post_from_samlas_own_page_needs_no_token(forms, form, secure, origin):
    url, data, table = forms[form]

    response = Client(enforce_csrf_checks=True).post(url, data, secure=secure, **origin)

    assert response.status_code == 302
    assert (table or Subscription).objects.count() == 1


# Rate limits behind the cache -------------------------------------------------


def test_rate_limits_count_the_reader_the_cache_forwards(settings, forms):
    settings.PROXY_COUNT = 1
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    url, data, _table = forms["feedback"]

    def post(reader, remote="10.0.0.5"):
        return Client().post(url, data, REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=reader)

    for _ in range(FEEDBACK_LIMIT_PER_HOUR):
        assert post("198.51.100.1").status_code == 302
    assert post("198.51.100.1").status_code == 429
    assert post("198.51.100.2").status_code == 302  # another reader behind the same cache
    # Not from the cache: the header is the client's own claim and is ignored.
    for number in range(FEEDBACK_LIMIT_PER_HOUR):
        post(f"192.0.2.{number}", remote="203.0.113.9")
    assert post("192.0.2.200", remote="203.0.113.9").status_code == 429
