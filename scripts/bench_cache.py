"""`make bench-cache` (also a section of `make bench`): the pages of
bench_paths.txt through Varnish against nginx serving the same HTML as static
files, and the time from a publication to its visibility through Varnish.

Starts a stack of its own (scripts/stack.py with BENCH_STACK_DIR,
BENCH_STACK_PORT and a database of its own; one already running there is
used and left running). Each page is fetched twice through Varnish (the
second answer must be a HIT) and its HTML written to a folder that nginx
serves on BENCH_NGINX_PORT, with a configuration of its own in a temporary
folder (no system service). wrk drives both with the same connections and
duration; the ratio cached/static says how close Varnish comes to the
physical limit of this machine (goal: at least 50 %). Then a page is
published with Wagtail's own publish() in a manage.py process with the
stack's settings (the page_published signal purges Varnish after the
commit, as for an editor's approval) while a reader polls Varnish every
10 ms: the figure is the time from the call to the first answer with the
new title."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import CONNECTIONS, bench_paths, parse_wrk  # noqa: E402
from demo_site import MANAGE, ROOT  # noqa: E402

DURATION = os.environ.get("BENCH_CACHE_DURATION", "5s")
NGINX_PORT = int(os.environ.get("BENCH_NGINX_PORT", "8790"))
STACK_SETTINGS = {
    "STACK_DIR": os.environ.get(
        "BENCH_STACK_DIR", str(Path(tempfile.gettempdir()) / "samla-stack-bench")
    ),
    "STACK_PORT": os.environ.get("BENCH_STACK_PORT", "8740"),
    "STACK_DATABASE": os.environ.get("BENCH_STACK_DATABASE", "samla_stack_bench"),
}
NGINX_CONFIG = """
daemon off;
worker_processes auto;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder}/tmp;
    proxy_temp_path {folder}/tmp;
    fastcgi_temp_path {folder}/tmp;
    uwsgi_temp_path {folder}/tmp;
    scgi_temp_path {folder}/tmp;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    server {{
        listen 127.0.0.1:{port};
        root {folder}/html;
    }}
}}
"""
PUBLISH_SCRIPT = """
import time
from stories.library.models import StoryPage
story = StoryPage.objects.live().filter(locale__language_code="sv").first()
story.title = "{title}"
revision = story.save_revision()
print("began", time.time(), story.url, flush=True)
revision.publish()
print("published", time.time(), flush=True)
"""


def stack_script(action):
    return subprocess.run(
        [sys.executable, "scripts/stack.py", action],
        cwd=ROOT,
        env={**os.environ, **STACK_SETTINGS},
        capture_output=True,
        text=True,
        check=False,
    )


def fetch(port, path):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as answer:  # noqa: S310
        return answer.headers.get("X-Cache"), answer.read()


def wrk(url):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return parse_wrk(output)


def start_nginx(folder):
    (folder / "html").mkdir(parents=True)
    (folder / "tmp").mkdir()
    config = folder / "nginx.conf"
    config.write_text(NGINX_CONFIG.format(folder=folder, port=NGINX_PORT))
    nginx = subprocess.Popen(
        ["nginx", "-c", str(config), "-p", str(folder)], stderr=subprocess.PIPE
    )
    for _ in range(50):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{NGINX_PORT}/", timeout=1)  # noqa: S310
        except OSError as error:
            if getattr(error, "code", None) is not None:
                return nginx
            time.sleep(0.1)
    nginx.terminate()
    sys.exit("nginx did not answer")


def compare(varnish_port, folder):
    print(
        f"\nVarnish (the stack, 2 app servers behind it) and nginx serving the same HTML as "
        f"static files, wrk {CONNECTIONS} connections x {DURATION}, {os.cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f}\n"
    )
    print("| page | Varnish req/s | Varnish p99 ms | nginx req/s | nginx p99 ms | cached/static |")
    print("|---|---|---|---|---|---|")
    ratios = []
    for label, path in bench_paths():
        fetch(varnish_port, path)
        cache, content = fetch(varnish_port, path)
        (folder / "html" / f"{label}.html").write_bytes(content)
        if cache != "HIT":
            print(f"| {label} `{path}` | not cached by Varnish ({cache}) | | | | |")
            continue
        cached_rps, _median, cached_p99, cached_errors = wrk(
            f"http://127.0.0.1:{varnish_port}{path}"
        )
        static_rps, _median, static_p99, _errors = wrk(
            f"http://127.0.0.1:{NGINX_PORT}/{label}.html"
        )
        ratio = cached_rps / static_rps
        ratios.append(ratio)
        errors = f" ({cached_errors} errors)" if cached_errors else ""
        print(
            f"| {label} `{path}` | {cached_rps:.0f}{errors} | {cached_p99:.1f} | {static_rps:.0f} "
            f"| {static_p99:.1f} | {ratio:.0%} |"
        )
    if ratios:
        print(
            f"\nCached/static: lowest {min(ratios):.0%}, median {sorted(ratios)[len(ratios) // 2]:.0%} (goal: at least 50 %)"
        )


def publication_to_visible(stack):
    title = f"Publicerad {uuid.uuid4().hex[:8]}"
    env = {**os.environ, **stack["env"]}
    publisher = subprocess.Popen(
        [*MANAGE, "shell", "-v", "0", "-c", PUBLISH_SCRIPT.format(title=title)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    began_line = publisher.stdout.readline().split()
    began, path = float(began_line[1]), began_line[2]
    path = "/" + path.split("/", 3)[3] if path.startswith("http") else path
    seen = {}

    def poll():
        while time.time() - began < 30:
            if title.encode() in fetch(stack["ports"]["varnish"], path)[1]:
                seen["at"] = time.time()
                return
            time.sleep(0.01)

    reader = threading.Thread(target=poll)
    reader.start()
    published = float(publisher.stdout.readline().split()[1])
    publisher.wait()
    reader.join()
    if "at" not in seen:
        print(f"\nPublication to visibility through Varnish: not visible within 30 s ({path})")
        return
    print(
        f"\nPublication to visibility through Varnish ({path}): {seen['at'] - began:.2f} s from "
        f"publish() to the first reader's answer with the new title "
        f"(publish() itself, with the purge after its commit: {published - began:.2f} s)"
    )


def main():
    for command in ("wrk", "nginx", "varnishd"):
        if not shutil.which(command):
            sys.exit(f"{command} is missing: run `make system-deps`.")
    started = stack_script("start")
    if started.returncode:
        sys.exit(started.stdout + started.stderr)
    folder = Path(tempfile.mkdtemp(prefix="samla-bench-nginx-"))
    nginx = None
    try:
        stack = json.loads((Path(STACK_SETTINGS["STACK_DIR"]) / "stack.json").read_text())
        nginx = start_nginx(folder)
        compare(stack["ports"]["varnish"], folder)
        publication_to_visible(stack)
    finally:
        if nginx:
            nginx.terminate()
            nginx.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)
        if "The stack is already running" not in started.stdout:
            stack_script("stop")


if __name__ == "__main__":
    main()
