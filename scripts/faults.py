"""`make faults`: Samla keeps answering when what it depends on fails.

Starts the multi-server stack of `make stack` (scripts/stack.py) with a
database and ports of its own: Varnish in front of two gunicorn app servers
with production settings, the task worker, Debian's PostgreSQL, Redis and the
S3 server, all on loopback, with a mail server address where nothing listens
and the demo content. Every request goes through Varnish. Then, while readers,
residents sending rumour reports and an editor saving drafts keep coming, it:

1. restarts PostgreSQL in the middle of the run,
2. stops Redis and starts it again,
3. breaks the search backend (its index table disappears) and mends it,
4. floods the public forms from one client while many other clients read.

The mail server stays unreachable throughout. Each fault passes when readers
only ever get a page (fresh, or the last good copy) or the friendly 503 page,
never a 500 or a dropped connection; every form post answered with a redirect
was stored exactly once; every saved draft is a whole revision; a flood stores
no more than the rate limit allows; and the site answers normally again within
RECOVERY_SECONDS of the fault ending, without anybody restarting it.

Prints a Markdown report (docs/operations.md records a run) and exits
non-zero when any check fails. Every request goes to 127.0.0.1 only.
"""

import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from http_client import Browser as PortBrowser

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "samla_faults"
# The stack this run starts: its own folder, ports (Varnish on FAULTS_PORT)
# and database, beside any `make stack`.
os.environ.update(
    STACK_DIR=str(Path(tempfile.gettempdir()) / "samla-faults-stack"),
    STACK_PORT=os.environ.get("FAULTS_PORT", "8766"),
    STACK_DATABASE=DATABASE,
)
import stack  # noqa: E402 (reads the settings above)
from demo_site import MANAGE  # noqa: E402

PORT = stack.ports()["varnish"]
REDIS_PORT = stack.ports()["redis"]
DATABASE_URL = f"postgres://samla:samla@127.0.0.1:5432/{DATABASE}"
READERS = 6
FLOOD_POSTS = 60  # per form: several times each form's hourly limit
RECOVERY_SECONDS = 10
EDITOR = ("faults-editor", "faults-editor-password-2026")
READ_PATHS = [
    "/sv/",
    "/ar/",
    "/sv/om-samla/",
    "/sv/goda-exempel/",
    "/sv/goda-exempel/sala-tidig-aktivering/",
    "/ar/goda-exempel/sala-tidig-aktivering/",
    "/sv/myter/",
    "/ar/myter/bostadskon/",
    "/sv/prognoser/prognos-2026-2/",
    "/ti/kampanjer/valkommen-till-exempelkommun/",
    "/sv/goda-exempel/rss/",
]
SEARCH_PATH = "/sv/search/?q=information"
STALE_HEADER = "X-Samla-Stale-Copy"


def run(*command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def psql(sql, database="postgres"):
    run("su", "postgres", "-c", f'psql -q -d {database} -c "{sql}"', stdout=subprocess.DEVNULL)


def pg_cluster():
    version, cluster = subprocess.check_output(["pg_lsclusters", "--no-header"], text=True).split()[
        :2
    ]
    return version, cluster


# -- the clients ---------------------------------------------------------------------


@dataclass
class Answer:
    at: float
    kind: str
    path: str
    status: int
    stale: bool = False
    key: str = ""


class Browser(PortBrowser):
    """A browser that talks to Varnish."""

    def __init__(self, forwarded_for=None):
        super().__init__(PORT, forwarded_for=forwarded_for)


@dataclass
class Load:
    """Readers, rumour reporters and an editor, all at once, until stopped."""

    draft_id: int
    label: str
    answers: list = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)
    read_paths: list = field(default_factory=lambda: list(READ_PATHS))

    def record(self, kind, path, status, headers=None, key=""):
        stale = bool(headers and headers.get(STALE_HEADER))
        self.answers.append(Answer(time.monotonic(), kind, path, status, stale, key))

    def reader(self, number):
        browser = Browser(forwarded_for=f"198.51.100.{number + 1}")
        for path in itertools.cycle(self.read_paths[number % 3 :] + self.read_paths[: number % 3]):
            if self.stop.is_set():
                return
            status, headers, _content = browser.request("GET", path)
            self.record("read", path, status, headers)

    def reporter(self):
        """Residents behind the proxy, each from their own address. The form
        carries no token: the page is shared by every reader (docs/operations.md)."""
        browser = Browser()
        for number in itertools.count():
            if self.stop.is_set():
                return
            text = f"{self.label} {number}: någon sa att skolan stänger"
            form = {"text": text, "heard_where": "people", "language": "sv"}
            status, headers, _content = browser.request(
                "POST",
                "/sv/report-a-rumour/",
                form,
                forwarded_for=f"10.{number // 250 % 250}.{number % 250}.{hash(self.label) % 250}",
            )
            self.record("report", "/sv/report-a-rumour/", status, headers, key=text)
            time.sleep(0.1)

    def editor(self):
        browser = Browser()
        signed_in = False
        for number in itertools.count():
            if self.stop.is_set():
                return
            if not signed_in:
                signed_in = browser.sign_in(*EDITOR)
                if not signed_in:
                    time.sleep(0.5)
                    continue
            token = browser.cookies.get("csrftoken", "")
            title = f"Utkast {self.label} {number}"
            form = {
                "title": title,
                "slug": "fault-draft",
                "intro": "",
                "body-count": "0",
                "csrfmiddlewaretoken": token,
            }
            path = f"/admin/pages/{self.draft_id}/edit/"
            status, headers, _content = browser.request("POST", path, form)
            if status == 302 and "/login/" in headers.get("Location", ""):
                signed_in = False
                continue
            self.record("draft", path, status, headers, key=title)
            time.sleep(0.3)

    def __enter__(self):
        self.threads = [threading.Thread(target=self.reader, args=(n,)) for n in range(READERS)]
        self.threads += [
            threading.Thread(target=self.reporter),
            threading.Thread(target=self.editor),
        ]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


# -- the checks ----------------------------------------------------------------------


@dataclass
class Outcome:
    name: str
    fault_seconds: float
    rows: list = field(default_factory=list)
    failures: list = field(default_factory=list)

    def check(self, condition, failure):
        if not condition:
            self.failures.append(failure)


def tally(answers):
    fresh = sum(1 for a in answers if a.status == 200 and not a.stale)
    stale = sum(1 for a in answers if a.status == 200 and a.stale)
    unavailable = sum(1 for a in answers if a.status == 503)
    other = [a for a in answers if a.status not in (200, 503)]
    return fresh, stale, unavailable, other


def check_load(outcome, load, fault_start, fault_end, allow_unavailable=True, recovered=None):
    reads = [a for a in load.answers if a.kind == "read"]
    during = [a for a in reads if fault_start <= a.at < fault_end + RECOVERY_SECONDS]
    after = [a for a in reads if a.at >= fault_end + RECOVERY_SECONDS]
    fresh, stale, unavailable, other = tally(reads)
    outcome.rows.append(
        f"readers: {len(reads)} requests, {fresh} fresh pages, {stale} last good copies, "
        f"{unavailable} × 503 page, {len(other)} other"
    )
    outcome.check(not other, f"readers got {sorted({(a.path, a.status) for a in other})[:5]}")
    if not allow_unavailable:
        outcome.check(unavailable == 0, f"{unavailable} readers got a 503 page")
    outcome.check(after, "no reader requests after the recovery window")
    late = [a for a in after if a.status != 200 or a.stale]
    outcome.check(
        not late, f"{len(late)} requests still degraded {RECOVERY_SECONDS} s after the fault"
    )
    degraded = [a.at for a in during if a.status != 200 or a.stale]
    if degraded:
        outcome.rows.append(
            f"degraded answers from {max(0.0, degraded[0] - fault_start):.1f} s to "
            f"{max(degraded) - fault_start:.1f} s after the fault began; the fault lasted "
            f"{fault_end - fault_start:.1f} s; normal again {max(0.0, max(degraded) - fault_end):.1f} s after it ended"
        )
    forms_and_drafts(outcome, load)


def forms_and_drafts(outcome, load):
    """Every accepted report stored once; every confirmed draft a whole revision."""
    reports = [a for a in load.answers if a.kind == "report"]
    drafts = [a for a in load.answers if a.kind == "draft"]
    with psycopg.connect(DATABASE_URL.replace("postgres://", "postgresql://")) as db:
        stored = dict(
            db.execute(
                "SELECT text, count(*) FROM campaigns_rumourreport WHERE text LIKE %s GROUP BY text",
                (f"{load.label} %",),
            ).fetchall()
        )
        revisions = {
            row[0]
            for row in db.execute(
                "SELECT content->>'title' FROM wagtailcore_revision WHERE object_id = %s",
                (str(load.draft_id),),
            )
        }
        page = db.execute(
            "SELECT p.draft_title, r.content->>'title', p.latest_revision_id = "
            "(SELECT max(id) FROM wagtailcore_revision WHERE object_id = %s "
            "AND content_type_id = p.content_type_id) "
            "FROM wagtailcore_page p JOIN wagtailcore_revision r ON r.id = p.latest_revision_id "
            "WHERE p.id = %s",
            (str(load.draft_id), load.draft_id),
        ).fetchone()
    accepted = [a.key for a in reports if a.status == 302]
    refused = [a for a in reports if a.status != 302]
    lost = [key for key in accepted if stored.get(key) != 1]
    stored_anyway = [a for a in refused if a.key in stored]
    outcome.rows.append(
        f"rumour reports: {len(reports)} sent, {len(accepted)} accepted and all stored once"
        if not lost
        else f"rumour reports: {len(lost)} accepted but not stored once"
    )
    outcome.rows.append(
        f"rumour reports answered otherwise: {sorted({a.status for a in refused}) or 'none'}, "
        f"{len(stored_anyway)} of them stored all the same (the reader is asked to send again)"
    )
    outcome.check(not lost, f"accepted rumour reports lost or doubled: {lost[:3]}")
    outcome.check(accepted, "no rumour report was accepted")
    outcome.check(
        all(a.status in (302, 503) for a in refused),
        f"rumour reports got {[a.status for a in refused][:5]}",
    )
    saved = [a.key for a in drafts if a.status == 302]
    missing = [title for title in saved if title not in revisions]
    draft_title, revision_title, latest_is_newest = page
    outcome.rows.append(
        f"editor: {len(drafts)} saves, {len(saved)} confirmed, {len(missing)} of those missing; "
        f"page points at its newest revision: {latest_is_newest}; draft title matches it: "
        f"{draft_title == revision_title}"
    )
    outcome.check(saved, "the editor could not save a single draft")
    outcome.check(not missing, f"confirmed drafts without a revision: {missing[:3]}")
    outcome.check(
        all(a.status == 503 for a in drafts if a.status != 302),
        f"draft saves got {sorted({a.status for a in drafts})}",
    )
    outcome.check(
        latest_is_newest and draft_title == revision_title, "the page and its revisions disagree"
    )


# -- the faults ----------------------------------------------------------------------


def restart_postgresql(draft_id):
    outcome = Outcome("PostgreSQL restarted during a load run", 0)
    version, cluster = pg_cluster()
    with Load(draft_id, "pg-restart") as load:
        time.sleep(10)
        start = time.monotonic()
        run("pg_ctlcluster", version, cluster, "stop", "-m", "fast")
        time.sleep(8)
        run("pg_ctlcluster", version, cluster, "start")
        end = time.monotonic()
        time.sleep(RECOVERY_SECONDS + 10)
    outcome.fault_seconds = end - start
    check_load(outcome, load, start, end)
    return outcome


def stop_redis(draft_id):
    outcome = Outcome("Redis stopped and started again", 0)
    with Load(draft_id, "redis-stop") as load:
        time.sleep(8)
        start = time.monotonic()
        subprocess.run(
            ["redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave"], capture_output=True
        )
        time.sleep(10)
        stack.restart_redis()
        end = time.monotonic()
        time.sleep(RECOVERY_SECONDS + 5)
    outcome.fault_seconds = end - start
    check_load(outcome, load, start, end, allow_unavailable=False)
    keys = subprocess.check_output(
        ["redis-cli", "-p", str(REDIS_PORT), "dbsize"], text=True
    ).strip()
    outcome.rows.append(f"keys in Redis after it came back: {keys}")
    outcome.check(int(keys) > 0, "nothing was cached again after Redis came back")
    return outcome


def break_search(draft_id):
    outcome = Outcome("Search backend failing (its index table gone)", 0)
    with Load(draft_id, "search-broken", read_paths=[*READ_PATHS, SEARCH_PATH]) as load:
        time.sleep(6)
        start = time.monotonic()
        psql(
            "ALTER TABLE wagtailsearch_indexentry RENAME TO wagtailsearch_indexentry_away", DATABASE
        )
        time.sleep(10)
        psql(
            "ALTER TABLE wagtailsearch_indexentry_away RENAME TO wagtailsearch_indexentry", DATABASE
        )
        end = time.monotonic()
        time.sleep(RECOVERY_SECONDS + 5)
    outcome.fault_seconds = end - start
    pages = [a for a in load.answers if a.kind == "read" and a.path != SEARCH_PATH]
    searches = [a for a in load.answers if a.path == SEARCH_PATH]
    outcome.check(all(a.status == 200 for a in pages), "pages other than search were hurt")
    during = [a.status for a in searches if start <= a.at < end]
    after = [a.status for a in searches if a.at >= end + RECOVERY_SECONDS]
    outcome.rows.append(
        f"other pages: {len(pages)} requests, all 200: {all(a.status == 200 for a in pages)}; "
        f"search while broken: {sorted(set(during))}; search afterwards: {sorted(set(after))}"
    )
    outcome.check(set(during) <= {200, 503}, f"search answered {sorted(set(during))} while broken")
    outcome.check(after and set(after) == {200}, "search did not come back")
    # Indexing runs in the task worker, so saves go on while the index is
    # broken; the pages saved meanwhile are indexed again by their next save.
    late_saves = {
        a.status for a in load.answers if a.kind == "draft" and a.at >= end + RECOVERY_SECONDS
    }
    outcome.check(late_saves == {302}, f"draft saves after the fault got {sorted(late_saves)}")
    forms_and_drafts(outcome, load)
    return outcome


def flood_forms(draft_id):
    """One client posts as fast as it can while many others read."""
    outcome = Outcome("Public forms flooded from one client", 0)
    flooder = Browser(forwarded_for="203.0.113.66")
    posts = {"report": [], "subscribe": [], "feedback": []}
    with psycopg.connect(DATABASE_URL.replace("postgres://", "postgresql://")) as db:
        page_id = db.execute(
            "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
            "WHERE p.slug = 'om-samla' AND l.language_code = 'sv'"
        ).fetchone()
        before = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in ("campaigns_rumourreport", "home_subscription", "home_pagefeedback")
        }
    with Load(draft_id, "flood") as load:
        time.sleep(3)
        start = time.monotonic()
        for number in range(FLOOD_POSTS):
            forms = {
                "report": (
                    "/sv/report-a-rumour/",
                    {"text": f"flood {number} rykte", "language": "sv"},
                ),
                "subscribe": (
                    "/sv/subscribe/",
                    {"email": f"flood{number}@example.org", "topics": "myths"},
                ),
                "feedback": (
                    "/sv/feedback/",
                    {"page": page_id[0] if page_id else 0, "helpful": "yes"},
                ),
            }
            for kind, (path, form) in forms.items():
                flooder.cookies.pop("sessionid", None)  # a bot starts a new session every time
                status, _headers, _content = flooder.request("POST", path, form)
                posts[kind].append(status)
        end = time.monotonic()
        time.sleep(3)
    outcome.fault_seconds = end - start
    with psycopg.connect(DATABASE_URL.replace("postgres://", "postgresql://")) as db:
        after = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in before
        }
    reporters = sum(1 for a in load.answers if a.kind == "report" and a.status == 302)
    added = {table: after[table] - before[table] for table in before}
    added["campaigns_rumourreport"] -= reporters  # the ordinary residents of the Load
    for kind, statuses in posts.items():
        outcome.rows.append(
            f"flood of {len(statuses)} {kind} posts: "
            + ", ".join(f"{statuses.count(s)} × {s}" for s in sorted(set(statuses)))
        )
    outcome.rows.append(f"rows the flood added: {added}")
    outcome.check(added["campaigns_rumourreport"] <= 5, "rumour reports not bounded by the limit")
    outcome.check(added["home_subscription"] <= 10, "subscriptions not bounded by the limit")
    outcome.check(added["home_pagefeedback"] <= 30, "feedback not bounded by the limit")
    reads = [a for a in load.answers if a.kind == "read"]
    fresh, stale, unavailable, other = tally(reads)
    outcome.rows.append(
        f"{READERS} other readers meanwhile: {len(reads)} requests, {fresh} × 200, "
        f"{unavailable} × 503, {len(other)} other"
    )
    outcome.check(fresh == len(reads), "ordinary readers saw errors during the flood")
    forms_and_drafts(outcome, load)
    return outcome


# -- the set-up ----------------------------------------------------------------------


def main():
    began = time.monotonic()
    stack.start()
    env = {**os.environ, **stack.read_state()["env"]}
    outcomes = []
    try:
        draft_id = int(
            subprocess.check_output(
                [*MANAGE, "shell", "-v", "0", "-c", DRAFT_PAGE_SCRIPT], cwd=ROOT, env=env, text=True
            ).split()[-1]
        )
        with Load(draft_id, "warm-up"):  # every page visited once: the copies exist
            time.sleep(3)
        outcomes.append(restart_postgresql(draft_id))
        outcomes.append(stop_redis(draft_id))
        outcomes.append(break_search(draft_id))
        outcomes.append(flood_forms(draft_id))
        logs = stack.RUN_DIR / "logs"
        mail_failures = sum(
            (logs / f"{name}.log").read_text().count("ConnectionRefusedError")
            for name in ("app1", "app2", "worker")
        )
        worker_restarts = (logs / "worker.log").read_text().count("worker started") - 1
        with psycopg.connect(DATABASE_URL.replace("postgres://", "postgresql://")) as db:
            tasks = dict(
                db.execute(
                    "SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
                ).fetchall()
            )
    finally:
        stack.stop()
    print(
        f"\n## make faults, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, {time.monotonic() - began:.0f} s\n"
    )
    print(
        f"Varnish in front of two gunicorn app servers ({stack.WORKERS} sync workers each, "
        "production settings) on PostgreSQL, Redis and S3 on loopback (`make stack`); "
        f"{READERS} readers, one resident reporting rumours every 0.1 s and one editor saving "
        f"a draft every 0.3 s throughout, all through Varnish; the mail server unreachable the "
        f"whole time ({mail_failures} refused connections logged, no request failed for it). "
        f"Background tasks in the database, run by `db_worker` (restarted {worker_restarts} times "
        f"when it stopped): {tasks}.\n"
    )
    failed = False
    for outcome in outcomes:
        verdict = "passed" if not outcome.failures else "FAILED"
        failed |= bool(outcome.failures)
        print(f"**{outcome.name}** ({outcome.fault_seconds:.1f} s): {verdict}")
        for row in outcome.rows + [f"FAILED: {failure}" for failure in outcome.failures]:
            print(f"- {row}")
        print()
    sys.exit(1 if failed else 0)


DRAFT_PAGE_SCRIPT = f"""
from django.contrib.auth.models import User
from wagtail.models import Site
from home.models import ContentPage, EditorialRole
from home.editorial.models import role_group
editor = User.objects.create_user("{EDITOR[0]}", password="{EDITOR[1]}")
editor.groups.add(role_group(EditorialRole.COMMUNICATORS))
# The default municipality's Swedish home page (the demo holds two).
home = Site.objects.get(is_default_site=True).root_page
page = ContentPage(title="Utkast", slug="fault-draft", live=False)
home.add_child(instance=page)
page.save_revision()
print(page.pk)
"""

if __name__ == "__main__":
    main()
