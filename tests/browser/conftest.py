"""Browser tests: a real gunicorn server on loopback with the demo content,
driven by Debian's Chromium through Playwright, checked with axe-core.

The server runs in its own process with its own SQLite database, so what a
test sees is what a reader would see. The database with the demo content
and users (`migrate`, `load_demo`) is built once per test run and copied for
each pytest-xdist worker that runs browser tests. `run_manage` runs a
management command against that same database, for the few checks a browser
cannot make.

The shared fixtures last as long as the browser tests (package scope), not
the whole session: a worker may run database tests after them, and Django
refuses database calls while Playwright's event loop is running."""

import email
import email.policy
import fcntl
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.demo import DEMO_PASSWORD_SUFFIX
from tests import databases
from tests.browser.editorial import open_session, sign_in

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SECOND_PUBLISHER = "utgivare2"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class MailServer:
    """A real SMTP server on loopback that a test can stop and start again on
    the same port: the site's mail relay, whose outage the outbox survives."""

    def __init__(self):
        self.port = _free_port()
        self.messages = []
        self._controller = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 Message accepted"

    @property
    def running(self):
        return self._controller is not None

    def start(self):
        from aiosmtpd.controller import Controller

        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self):
        self._controller.stop()
        self._controller = None

    def subjects_to(self, address):
        return [m["Subject"] for m in self.messages if address in (m["To"] or "")]


@pytest.fixture(scope="package")
def mail_server():
    server = MailServer()
    server.start()
    yield server
    server.stop()


class MachineTranslationHandler(http.server.BaseHTTPRequestHandler):
    """Stands in for a LibreTranslate server at its HTTP boundary (DeepL and
    LibreTranslate are outside services): "[ar] <text>" for each string."""

    def do_POST(self):  # noqa: N802 (http.server's name)
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        body = json.dumps(
            {"translatedText": [f"[{request['target']}] {text}" for text in request["q"]]}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="package")
def machine_translation_url():
    service = http.server.ThreadingHTTPServer(("127.0.0.1", 0), MachineTranslationHandler)
    threading.Thread(target=service.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{service.server_address[1]}"
    service.shutdown()


@pytest.fixture(scope="package")
def server_env(tmp_path_factory, mail_server, machine_translation_url):
    directory = tmp_path_factory.mktemp("site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "samla.settings.test",
        "DATABASE_URL": f"sqlite:///{directory / 'site.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(directory / "media"),
        # The server and the commands the tests run (a publication in another
        # process, as `publish_scheduled` does) share a cache, as in production.
        "SAMLA_CACHE_DIR": str(directory / "cache"),
        # People sign in as they do in production: Publishers and superusers
        # through the two-factor pages (tests/browser/editorial.py).
        "ADMIN_TWO_FACTOR_ENFORCED": "true",
        "EMAIL_URL": f"smtp://127.0.0.1:{mail_server.port}",
        "LIBRETRANSLATE_URL": machine_translation_url,
        "LIBRETRANSLATE_LANGUAGES": "en,ar",
        # The server's own address is the site's: canonical links, hreflang,
        # feeds and e-mail links point to it (home/site_address.py).
        "SAMLA_SITE_URL": f"http://127.0.0.1:{_free_port()}",
    }
    return env


class CommandRunner:
    """Management commands against the test server's database, run one after
    another in one process (tests/browser/command_runner.py)."""

    def __init__(self, env):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.browser.command_runner"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def __call__(self, *args):
        self.process.stdin.write(json.dumps(args) + "\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        assert reply, f"the command runner stopped during {args[:2]}"
        reply = json.loads(reply)
        assert reply["ok"], reply["stderr"][-3000:]
        return reply["stdout"]

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


def _database_file(env):
    return Path(env["DATABASE_URL"].removeprefix("sqlite:///"))


@pytest.fixture(scope="package")
def demo_site_files(request, tmp_path_factory, server_env):
    """The server's database holding the demo content and the demo users, and
    its media: built by the first session of the test run that needs them,
    then copied into each session's own directory. Under pytest-xdist it
    starts from the migrated SQLite template (tests/databases.py), which
    `migrate` then finds up to date."""
    worker_basetemp = tmp_path_factory.getbasetemp()
    shared = worker_basetemp.parent if os.environ.get("PYTEST_XDIST_WORKER") else worker_basetemp
    built = shared / "demo-site"
    built_env = {
        **server_env,
        "DATABASE_URL": f"sqlite:///{built / 'site.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(built / "media"),
        "SAMLA_CACHE_DIR": str(built / "cache"),
    }
    with open(shared / "demo-site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (built / "complete").exists():
            built.mkdir(exist_ok=True)
            template = getattr(request.config, "workerinput", {}).get(databases.TEMPLATE_KEY)
            if template and Path(template).is_file():
                shutil.copyfile(template, _database_file(built_env))
            build = CommandRunner(built_env)
            build("migrate", "--no-input", "-v", "0")
            build("load_demo")
            build("shell", "-c", "from home.demo import create_demo_users; create_demo_users()")
            build.close()
            (built / "complete").touch()
    copy_demo_site(built, server_env)
    return built


def copy_demo_site(built, env):
    """The demo site's database and media, as built, for the server of `env`."""
    shutil.copyfile(built / "site.sqlite3", _database_file(env))
    if (built / "media").exists():  # once the demo content holds images or documents
        shutil.copytree(built / "media", env["DJANGO_MEDIA_ROOT"])


@pytest.fixture(scope="package")
def run_manage(server_env, demo_site_files):
    runner = CommandRunner(server_env)
    yield runner
    runner.close()


@pytest.fixture(scope="package")
def site_url(server_env, run_manage):
    """Base URL of a server holding the demo content and the demo users."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make system-deps` (Debian package chromium)")
    yield from serve(server_env)


def serve(env):
    """Runs the app server of `env` (at its SAMLA_SITE_URL) until the generator is closed."""
    url = env["SAMLA_SITE_URL"]
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "samla.wsgi",
            "--bind",
            url.removeprefix("http://"),
            "--workers",
            "1",
            "--threads",
            "4",
            "--log-level",
            "warning",
            # The browser keeps connections open; at the end nothing waits for them.
            "--graceful-timeout",
            "1",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/sv/", timeout=2)  # noqa: S310 (loopback)
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.terminate()
        pytest.fail("the test server did not start")
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="package")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site_url):
    """A phone-sized page in US English, not in whatever language the
    Chromium build defaults to (the admin follows the browser's language);
    any Content Security Policy violation fails the test."""
    context = browser.new_context(
        base_url=site_url, locale="en-US", viewport={"width": 390, "height": 844}
    )
    page = context.new_page()
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    yield page
    context.close()
    assert not violations, violations


@pytest.fixture(scope="package")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    """Zero axe-core violations (WCAG 2.1 A/AA rules) on the page as shown."""

    def check(page):
        results = axe.run(
            page,
            options={
                "runOnly": {
                    "type": "tag",
                    "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
                }
            },
        )
        assert results.violations_count == 0, results.generate_report()

    return check


@pytest.fixture
def login(page):
    """Signs `username` in on the test's own page."""
    return lambda username: sign_in(page, username)


@pytest.fixture(scope="module")
def signed_in(browser, site_url):
    """Each person's own browser, signed in once for the whole module and in
    Swedish: `signed_in(username)`."""
    sessions = {}

    def session(username):
        if username not in sessions:
            sessions[username] = open_session(browser, site_url, username)
        return sessions[username]

    yield session
    for page in sessions.values():
        page.context.close()


@pytest.fixture(scope="package")
def second_publisher(run_manage):
    """A second demo Publisher ("Ulrik Utgivare"), for journeys where one
    Publisher edits and another approves."""
    run_manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; from home.models import EditorialRole; "
        "from home.editorial.models import role_group; "
        f"user, _ = get_user_model().objects.get_or_create(username='{SECOND_PUBLISHER}', "
        "defaults={'first_name': 'Ulrik', 'last_name': 'Utgivare', "
        f"'email': '{SECOND_PUBLISHER}@exempelkommun.example'}}); "
        f"user.set_password('{SECOND_PUBLISHER}{DEMO_PASSWORD_SUFFIX}'); user.save(); "
        "user.groups.set([role_group(EditorialRole.PUBLISHERS)])",
    )
    return SECOND_PUBLISHER


@pytest.fixture
def admin_session(browser, site_url):
    """A separate browser session per user, for scenarios with several people."""

    return lambda username: open_session(browser, site_url, username, locale="en-GB")
