"""The multi-server stack (scripts/stack.py, docs/operations.md "Production
topology"): two app servers behind Varnish share the database, the Redis
cache, the S3 bucket and the sessions, and Varnish hides a dead app server.

The stack is started once for this module, on ports and with a database of
its own, through the same script as `make stack`; the last test stops it.
Every request goes to 127.0.0.1."""

import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from pathlib import Path

import psycopg
import pytest
from django_otp.oath import TOTP
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from http_client import Browser  # noqa: E402

pytestmark = pytest.mark.stack

STACK_DIR = Path(tempfile.gettempdir()) / "samla-stack-tests"
STACK_SETTINGS = {
    "STACK_DIR": str(STACK_DIR),
    "STACK_PORT": os.environ.get("STACK_TEST_PORT", "8720"),
    "STACK_DATABASE": "samla_stack_tests",
}
COMMUNICATOR = ("stack-communicator", "stack-communicator-password-2026")
PUBLISHER = ("stack-publisher", "stack-publisher-password-2026")
PUBLISHER_KEY = "3132333435363738393031323334353637383930"
PAGE_SLUG = "stack-sida"
PUBLICATION_SECONDS = 5


def stack_script(action):
    return subprocess.run(
        [sys.executable, "scripts/stack.py", action],
        cwd=ROOT,
        env={**os.environ, **STACK_SETTINGS},
        capture_output=True,
        text=True,
        timeout=1200,
    )


@pytest.fixture(scope="module")
def stack():
    """The stack, started for these tests; one that was already running (a
    developer's, started with the same STACK_DIR) is used and left running."""
    started = stack_script("start")
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        yield json.loads((STACK_DIR / "stack.json").read_text())
    finally:
        if "already running" not in started.stdout:
            stack_script("stop")


@pytest.fixture(scope="module")
def page_id(stack):
    """The accounts and the live page the tests use, made with the stack's own settings."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", SETUP_SCRIPT],
        cwd=ROOT,
        env={**os.environ, **stack["env"]},
        capture_output=True,
        text=True,
        check=True,
    )
    return int(result.stdout.split()[-1])


def database(stack):
    return psycopg.connect(
        stack["env"]["DATABASE_URL"].replace("postgres://", "postgresql://"), autocommit=True
    )


def via_varnish(stack, **kwargs):
    return Browser(stack["ports"]["varnish"], **kwargs)


def app_server(stack, number, client="192.0.2.10"):
    """A browser talking to one app server directly, as Varnish would for `client`."""
    return Browser(stack["ports"][f"app{number}"], forwarded_for=f"{client}, 127.0.0.1")


def csrf(browser):
    return browser.cookies.get("csrftoken") or browser.csrf_token("/admin/login/")


def test_make_stack_says_when_it_is_already_running(stack):
    again = stack_script("start")
    assert again.returncode == 0
    assert "already running" in again.stdout


def test_a_sign_in_on_one_app_server_holds_on_the_other(stack, page_id):
    first = app_server(stack, 1)
    assert first.sign_in(*COMMUNICATOR)
    second = app_server(stack, 2)
    second.cookies = dict(first.cookies)
    status, _headers, content = second.request("GET", "/admin/")
    assert status == 200
    assert COMMUNICATOR[0].encode() in content
    status, headers, _content = app_server(stack, 2).request("GET", "/admin/")
    assert status == 302 and "/admin/login/" in headers["Location"]


def test_an_image_uploaded_through_one_app_server_renders_through_the_other(stack, page_id):
    uploader = app_server(stack, 1)
    assert uploader.sign_in(*COMMUNICATOR)
    picture = io.BytesIO()
    Image.new("RGB", (640, 480), (20, 120, 200)).save(picture, "PNG")
    status, _headers, content = uploader.request(
        "POST",
        "/admin/images/multiple/add/",
        {"csrfmiddlewaretoken": csrf(uploader)},
        files={"files[]": ("stack-upload.png", "image/png", picture.getvalue())},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert status == 200, content[:500]
    image_id = json.loads(content)["image_id"]

    viewer = app_server(stack, 2)
    viewer.cookies = dict(uploader.cookies)
    status, _headers, content = viewer.request("GET", f"/admin/images/{image_id}/")
    assert status == 200
    bucket_address = f"http://{stack['env']['AWS_S3_CUSTOM_DOMAIN']}/"
    renditions = re.findall(rf'src="({re.escape(bucket_address)}images/[^"]+)"', content.decode())
    assert renditions, "the image's page shows no rendition from the bucket"
    s3 = Browser(stack["ports"]["s3"])
    status, _headers, rendition = s3.request("GET", urllib.parse.urlsplit(renditions[0]).path)
    assert status == 200
    with Image.open(io.BytesIO(rendition)) as shown:
        assert shown.width <= 640 and shown.getpixel((5, 5))[:3] == (20, 120, 200)
    with database(stack) as db:
        stored = db.execute(
            "SELECT count(*) FROM wagtailimages_rendition WHERE image_id = %s", (image_id,)
        ).fetchone()[0]
    assert stored >= 1


def test_rate_limits_count_across_both_app_servers(stack):
    """Rumour reports: five an hour per client, wherever they land."""
    client = f"198.51.100.{uuid.uuid4().int % 250 + 1}"
    marker = f"stack-limit-{uuid.uuid4().hex[:8]}"
    statuses = []
    for number in range(7):
        browser = app_server(stack, 1 + number % 2, client=client)
        form = {
            "text": f"{marker} {number}: någon sa att biblioteket stänger",
            "heard_where": "people",
            "language": "sv",
        }
        status, _headers, _content = browser.request("POST", "/sv/report-a-rumour/", form)
        statuses.append(status)
    assert statuses == [302] * 5 + [429, 429]
    with database(stack) as db:
        stored = db.execute(
            "SELECT count(*) FROM campaigns_rumourreport WHERE text LIKE %s", (f"{marker} %",)
        ).fetchone()[0]
    assert stored == 5


def test_a_publication_through_one_app_server_is_visible_through_varnish_at_once(stack, page_id):
    reader = via_varnish(stack)
    path = f"/sv/{PAGE_SLUG}/"
    reader.request("GET", path)
    status, headers, content = reader.request("GET", path)
    assert status == 200 and b"Stacksidan" in content
    assert headers.get("X-Cache") == "HIT", "Varnish does not keep the page"

    communicator = app_server(stack, 1)
    assert communicator.sign_in(*COMMUNICATOR)
    new_title = f"Stacksidan {uuid.uuid4().hex[:6]}"
    form = {
        "title": new_title,
        "slug": PAGE_SLUG,
        "intro": "",
        "body-count": "0",
        "action-submit": "Submit for review",
        "csrfmiddlewaretoken": csrf(communicator),
    }
    status, _headers, content = communicator.request("POST", f"/admin/pages/{page_id}/edit/", form)
    assert status == 302, content[:1000]

    publisher = app_server(stack, 1, client="192.0.2.11")
    assert publisher.sign_in(*PUBLISHER)
    code = f"{TOTP(bytes.fromhex(PUBLISHER_KEY)).token():06d}"
    form = {"token": code, "csrfmiddlewaretoken": csrf(publisher)}
    status, _headers, _content = publisher.request("POST", "/admin/2fa/verify/", form)
    assert status == 302
    with database(stack) as db:
        (task_state,) = db.execute(
            "SELECT t.id FROM wagtailcore_taskstate t "
            "JOIN wagtailcore_workflowstate w ON w.id = t.workflow_state_id "
            "WHERE w.object_id = %s AND w.status = 'in_progress' AND t.status = 'in_progress'",
            (str(page_id),),
        ).fetchone()
    status, _headers, _content = publisher.request(
        "POST",
        f"/admin/pages/workflow/action/{page_id}/approve/{task_state}/",
        {"comment": "", "csrfmiddlewaretoken": csrf(publisher)},
    )
    assert status == 302
    approved = time.monotonic()

    while time.monotonic() - approved < PUBLICATION_SECONDS:
        status, _headers, content = reader.request("GET", path)
        if new_title.encode() in content:
            break
        time.sleep(0.2)
    assert new_title.encode() in content, (
        f"not visible through Varnish {PUBLICATION_SECONDS} s after"
    )


def test_an_app_server_killed_under_load_costs_no_retryable_request_and_no_data(stack):
    """Readers and residents sending rumour reports through Varnish while app
    server 1 is killed: every page is answered; Varnish cannot repeat a POST
    to the dead server, so a report may be refused (503), but none that was
    accepted is lost or stored twice."""
    stop = threading.Event()
    answers = []
    marker = f"stack-kill-{uuid.uuid4().hex[:8]}"

    def reader(number):
        browser = via_varnish(stack, forwarded_for=f"198.51.100.{number + 100}")
        paths = ["/sv/", "/sv/myter/", "/sv/goda-exempel/", "/ar/", "/sv/om-samla/"]
        while not stop.is_set():
            for path in paths:
                status, _headers, _content = browser.request("GET", path)
                answers.append(("read", path, status, time.monotonic()))

    def reporter():
        browser = via_varnish(stack)
        for number in range(10_000):
            if stop.is_set():
                return
            client = f"10.{number // 250 % 250}.{number % 250}.7"
            text = f"{marker} {number}: någon sa att skolan stänger"
            form = {"text": text, "heard_where": "people", "language": "sv"}
            status, _headers, _content = browser.request(
                "POST", "/sv/report-a-rumour/", form, forwarded_for=client
            )
            answers.append(("report", text, status, time.monotonic()))

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(3)]
    threads.append(threading.Thread(target=reporter))
    for thread in threads:
        thread.start()
    time.sleep(2)
    os.killpg(stack["pids"]["app1"], signal.SIGKILL)
    killed = time.monotonic()
    time.sleep(8)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)

    reads = [a for a in answers if a[0] == "read"]
    assert [a for a in reads if a[3] > killed], "no reader request after the kill"
    failed_reads = [(path, status) for _kind, path, status, _at in reads if status != 200]
    assert not failed_reads
    reports = [a for a in answers if a[0] == "report"]
    accepted = [text for _kind, text, status, _at in reports if status == 302]
    assert accepted and all(status in (302, 503) for _kind, _text, status, _at in reports)
    with database(stack) as db:
        stored = dict(
            db.execute(
                "SELECT text, count(*) FROM campaigns_rumourreport WHERE text LIKE %s GROUP BY text",
                (f"{marker} %",),
            ).fetchall()
        )
    assert [text for text in accepted if stored.get(text) != 1] == []


def test_the_stack_stops_cleanly_and_leaves_no_process_behind(stack):
    stopped = stack_script("stop")
    assert stopped.returncode == 0, stopped.stderr
    mark = f"SAMLA_STACK={STACK_DIR}".encode()
    left = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and mark in (entry / "environ").read_bytes().split(b"\0"):
                left.append((entry / "cmdline").read_bytes())
        except OSError:
            continue
    assert left == []
    assert not STACK_DIR.exists()
    for port in stack["ports"].values():
        assert Browser(port).request("GET", "/")[0] == 0, f"port {port} still answers"


# Made again without harm when the tests run twice against a running stack.
SETUP_SCRIPT = f"""
from django.contrib.auth.models import User
from django_otp.plugins.otp_totp.models import TOTPDevice
from home.editorial.models import EditorialRole, role_group
from wagtail.models import Site
from home.models import ContentPage


def account(username, password, role):
    user = User.objects.filter(username=username).first()
    user = user or User.objects.create_user(username, password=password)
    user.groups.add(role_group(role))
    return user


account("{COMMUNICATOR[0]}", "{COMMUNICATOR[1]}", EditorialRole.COMMUNICATORS)
publisher = account("{PUBLISHER[0]}", "{PUBLISHER[1]}", EditorialRole.PUBLISHERS)
TOTPDevice.objects.get_or_create(
    user=publisher, defaults={{"name": "app", "confirmed": True, "key": "{PUBLISHER_KEY}"}}
)
# The default municipality's Swedish home page (the demo holds two).
home = Site.objects.get(is_default_site=True).root_page
page = ContentPage.objects.filter(slug="{PAGE_SLUG}", locale=home.locale).first()
if page is None:
    page = ContentPage(title="Stacksidan", slug="{PAGE_SLUG}")
    home.add_child(instance=page)
    page.save_revision().publish()
print(page.pk)
"""
