"""`make bench`: serve Samla with gunicorn and production settings on
127.0.0.1, load the demo content, then for each path in bench_paths.txt count
the SQL queries of one request and drive the server with wrk from a second
process. Prints a Markdown table for docs/benchmarks.md.

`make bench BENCH_PAGES=story-page,home-sv` measures only those pages.
`make bench BASELINE=<git ref>` also builds that ref in a temporary git
worktree, with the same virtual environment and its own demo database, serves
it beside this checkout with the same gunicorn settings and measures both in
the same run, page by page in turn, so that a busy machine slows both alike;
it prints the ratio of requests/s and removes the worktree at the end. The
ref needs scripts/demo_site.py (dfd9a7d and later): it is built with its own."""

import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
WORKERS = os.environ.get("BENCH_WORKERS", "3")

COUNT_QUERIES = """
import django, json, sys
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
client.get("/sv/")  # warm the per-process caches a running server has
result = {}
for label, path in json.loads(sys.argv[1]):
    client.get(path)  # and the page's own cached fragments
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    result[label] = [response.status_code, len(queries), len(response.content)]
print(json.dumps(result))
"""


@dataclass
class Checkout:
    """One checkout of Samla under test: its folder, its own scripts/demo_site.py
    (which builds and serves it) and the environment it runs in."""

    name: str
    root: Path
    port: int
    workdir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="samla-bench-")))
    env: dict = field(default_factory=dict)
    queries: dict = field(default_factory=dict)
    server: subprocess.Popen | None = None

    def demo_site(self):
        """The checkout's own scripts/demo_site.py, as a module."""
        spec = importlib.util.spec_from_file_location(
            f"demo_site_{self.port}", self.root / "scripts" / "demo_site.py"
        )
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    def build(self, path_shim=None):
        """Migrates a fresh SQLite database and loads the demo content."""
        demo_site = self.demo_site()
        self.env = demo_site.production_env(self.workdir)
        if path_shim is not None:
            self.env["PYTHONPATH"] = os.pathsep.join(
                filter(None, [str(path_shim), self.env.get("PYTHONPATH")])
            )
        demo_site.prepare(self.env)

    def count_queries(self, paths):
        output = subprocess.run(
            [sys.executable, "-c", COUNT_QUERIES, json.dumps(paths)],
            cwd=self.root,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        self.queries = json.loads(output.strip().splitlines()[-1])

    def serve(self):
        self.server = self.demo_site().start_gunicorn(self.env, self.port, WORKERS)

    def stop(self):
        try:
            if self.server is not None:
                self.server.terminate()
                try:
                    self.server.wait(timeout=30)
                except subprocess.TimeoutExpired:  # a busy machine
                    self.server.kill()
                    self.server.wait()
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)


def bench_paths():
    """(label, path) for each line of bench_paths.txt, or for the labels
    BENCH_PAGES names (comma-separated)."""
    lines = (ROOT / "scripts" / "bench_paths.txt").read_text().splitlines()
    paths = [line.split(maxsplit=1) for line in lines if line.strip() and not line.startswith("#")]
    chosen = set(filter(None, os.environ.get("BENCH_PAGES", "").split(",")))
    return [(label, path) for label, path in paths if not chosen or label in chosen]


def baseline_worktree(stack, ref):
    """`ref` checked out in a temporary git worktree, and a folder for
    PYTHONPATH in which `samla` is that worktree's site/ (the virtual
    environment's editable install points at this checkout's). Both go when
    `stack` closes."""
    folder = Path(tempfile.mkdtemp(prefix="samla-baseline-"))
    worktree = folder / "checkout"
    subprocess.run(
        ["git", "worktree", "add", "--detach", "--quiet", str(worktree), ref], cwd=ROOT, check=True
    )
    stack.callback(shutil.rmtree, folder, ignore_errors=True)
    stack.callback(
        subprocess.run,
        ["git", "worktree", "remove", "--force", str(worktree)],
        cwd=ROOT,
        check=False,
    )
    path_shim = folder / "pythonpath"
    path_shim.mkdir()
    (path_shim / "samla").symlink_to(worktree / "site")
    return worktree, path_shim


def run_wrk(port, path):
    result = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{DURATION}",
            "--latency",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_wrk(result.stdout)


def parse_wrk(output):
    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, latency("50"), latency("99"), int(errors.group(1)) if errors else 0


def load_average():
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


def measure(checkouts, paths):
    """{checkout name: {label: wrk figures}}, the checkouts taking turns per page."""
    figures = {checkout.name: {} for checkout in checkouts}
    for label, path in paths:
        for checkout in checkouts:
            figures[checkout.name][label] = run_wrk(checkout.port, path)
    return figures


def print_table(checkout, paths, figures):
    print(f"\n{checkout.name}\n")
    print("| page | status | SQL queries | HTML bytes | requests/s | median ms | p99 ms | errors |")
    print("|---|---|---|---|---|---|---|---|")
    for label, path in paths:
        status, query_count, size = checkout.queries[label]
        rps, median, p99, errors = figures[label]
        print(
            f"| {label} `{path}` | {status} | {query_count} | {size} | {rps:.0f} | {median:.1f} | {p99:.1f} | {errors} |"
        )


def print_ratios(current, baseline, paths, figures):
    print(f"\n{current.name} against {baseline.name}\n")
    print("| page | SQL queries | requests/s | ratio |")
    print("|---|---|---|---|")
    for label, _path in paths:
        rps, base_rps = figures[current.name][label][0], figures[baseline.name][label][0]
        queries, base_queries = current.queries[label][1], baseline.queries[label][1]
        ratio = f"{rps / base_rps:.1f}×" if base_rps else "–"
        print(f"| {label} | {base_queries} → {queries} | {base_rps:.0f} → {rps:.0f} | {ratio} |")


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: run `make system-deps` (Debian package wrk).")
    baseline_ref = os.environ.get("BASELINE", "").strip()
    paths = bench_paths()
    # Stopped (Ctrl-C, a timeout), it still stops its servers and removes the worktree.
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit("stopped"))
    with ExitStack() as stack:
        current = Checkout("this checkout", ROOT, PORT)
        stack.callback(current.stop)
        current.build()
        checkouts = [current]
        if baseline_ref:
            worktree, path_shim = baseline_worktree(stack, baseline_ref)
            commit = subprocess.run(
                ["git", "rev-parse", "--short", baseline_ref],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            baseline = Checkout(f"baseline {baseline_ref} ({commit})", worktree, PORT + 1)
            stack.callback(baseline.stop)
            baseline.build(path_shim)
            checkouts.append(baseline)
        for checkout in checkouts:
            checkout.count_queries(paths)
            checkout.serve()

        print(
            f"\ngunicorn {WORKERS} sync workers each, SQLite, wrk {CONNECTIONS} connections x {DURATION}, "
            f"{os.cpu_count()} cores, load average before: {load_average()}"
        )
        figures = measure(checkouts, paths)
        print(f"load average after: {load_average()}")
        for checkout in checkouts:
            print_table(checkout, paths, figures[checkout.name])
        if baseline_ref:
            print_ratios(current, baseline, paths, figures)


if __name__ == "__main__":
    main()
