"""Samla behind a real Varnish with the repository's VCL
(site/deploy/varnish/samla.vcl): a publication's purge makes the new text
visible at once, a signed-in editor never gets the readers' copy, and a
reader's form posts through the cache without a token. varnishd is started
once for the module in front of the test's live server."""

import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode, urlsplit
from urllib.request import Request, urlopen

from django.test import Client

import pytest

from home.models import ContentPage, HomePage, PageFeedback
from tests.utils import publish

ROOT = Path(__file__).resolve().parents[2]
VARNISH_DIR = ROOT / "site" / "deploy" / "varnish"

pytestmark = [
    pytest.mark.skipif(
        shutil.which("varnishd") is None,
        reason="varnishd is not installed (make system-deps installs Debian's varnish)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("varnishd did not answer")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory, django_db_blocker):
    """varnishd on a free loopback port with samla.vcl and the live server as
    its one backend; its address. Its health probes reach the live server
    between tests too, where Django's request start touches the database."""
    run_dir = tmp_path_factory.mktemp("varnish")
    backend = urlsplit(live_server.url).netloc.replace("localhost", "127.0.0.1")
    backends = subprocess.run(
        [VARNISH_DIR / "backends.sh", backend], capture_output=True, text=True, check=True
    ).stdout
    (run_dir / "samla-backends.vcl").write_text(backends)
    address = f"127.0.0.1:{free_port()}"
    process = subprocess.Popen(
        [
            "varnishd",
            "-F",
            "-j",
            "none",
            "-n",
            str(run_dir / "work"),
            "-a",
            address,
            "-f",
            str(VARNISH_DIR / "samla.vcl"),
            "-p",
            f"vcl_path={run_dir}:/usr/share/varnish/vcl",
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://{address}"

    def answers():
        if process.poll() is not None:
            raise RuntimeError(process.stderr.read().decode())
        try:
            return urlopen(url + "/healthz", timeout=1).status == 200
        except (OSError, HTTPError):
            return False

    try:
        with django_db_blocker.unblock():
            wait_until(answers)
            yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def purging(settings, varnish):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {"BACKEND": "home.caching.purge.VarnishBackend", "LOCATION": varnish}
    }
    return varnish


def fetch(varnish, page_url, query="", cookie=None, data=None, headers=()):
    """The answer of Varnish to a request for `page_url` (its host in the Host header)."""
    parts = urlsplit(page_url)
    request = Request(
        varnish + parts.path + query,
        data=urlencode(data, doseq=True).encode() if data else None,
        headers={"Host": parts.netloc, **dict(headers)},
    )
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with urlopen(request, timeout=10) as response:  # noqa: S310 (our own varnishd)
            return response.status, dict(response.headers), response.read().decode()
    except HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture
def about():
    home = HomePage.objects.get(locale__language_code="sv")
    page = ContentPage(title="Öppettider före", slug="oppettider")
    home.add_child(instance=page)
    return publish(page)


def test_a_publication_is_visible_through_the_cache_at_once(purging, about):
    url = about.get_full_url()
    fetch(purging, url)
    fetch(purging, url, "?page=2")
    status, headers, body = fetch(purging, url)
    assert status == 200
    assert headers["X-Cache"] == "HIT"
    assert "Öppettider före" in body

    about.title = "Öppettider efter"
    publish(about)

    status, headers, body = fetch(purging, url)
    assert headers["X-Cache"] == "MISS"
    assert "Öppettider efter" in body
    # Every stored variant of the address went with it.
    assert "Öppettider efter" in fetch(purging, url, "?page=2")[2]


def test_a_signed_in_editor_never_gets_the_readers_copy(purging, about, admin_user):
    url = about.get_full_url()
    fetch(purging, url)
    assert fetch(purging, url)[1]["X-Cache"] == "HIT"
    editor = Client()
    editor.force_login(admin_user)
    session = f"sessionid={editor.cookies['sessionid'].value}; csrftoken=x"

    for _ in range(2):
        status, headers, body = fetch(purging, url, cookie=session)
        assert status == 200
        assert headers["X-Cache"] == "MISS"
        assert headers["Cache-Control"] == "private, no-store"
        assert "wagtail-userbar" in body
    # Nor did the editor's page become the readers' copy.
    status, headers, body = fetch(purging, url)
    assert headers["X-Cache"] == "HIT"
    assert "wagtail-userbar" not in body


def test_a_reader_answers_the_feedback_form_of_a_cached_page(varnish, about):
    url = about.get_full_url()
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
    page = fetch(varnish, url)[2]
    assert 'action="/sv/feedback/"' in page
    assert "csrfmiddlewaretoken" not in page
    feedback = url.replace(urlsplit(url).path, "/sv/feedback/")
    answer = {"page": about.pk, "helpful": "yes"}

    refused = fetch(varnish, feedback, data=answer, headers={"Origin": "https://evil.example"})
    accepted = fetch(varnish, feedback, data=answer, headers={"Origin": origin})

    assert refused[0] == 403
    assert accepted[0] == 200  # urllib follows the redirect back to the page
    assert PageFeedback.objects.filter(page=about).count() == 1
