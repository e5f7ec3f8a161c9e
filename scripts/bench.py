"""`make bench`: serve Samla with gunicorn and production settings on
127.0.0.1, load the demo content, then for each path in bench_paths.txt count
the SQL queries of one request and drive the server with wrk from a second
process. Prints a Markdown table for docs/benchmarks.md."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from demo_site import prepare, production_env, start_gunicorn

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
WORKERS = os.environ.get("BENCH_WORKERS", "3")


def bench_paths():
    lines = (ROOT / "scripts" / "bench_paths.txt").read_text().splitlines()
    return [line.split(maxsplit=1) for line in lines if line.strip() and not line.startswith("#")]


def count_queries(env, paths):
    script = """
import django, json, sys
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_HOST="127.0.0.1")
client.get("/sv/")  # warm the per-process caches a running server has
result = {}
for label, path in json.loads(sys.argv[1]):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    result[label] = [response.status_code, len(queries), len(response.content)]
print(json.dumps(result))
"""
    import json

    output = subprocess.run(
        [sys.executable, "-c", script, json.dumps(paths)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def parse_wrk(output):
    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, latency("50"), latency("99"), int(errors.group(1)) if errors else 0


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: run `make system-deps` (Debian package wrk).")
    workdir = Path(tempfile.mkdtemp(prefix="samla-bench-"))
    env = production_env(workdir)
    prepare(env)
    paths = bench_paths()
    queries = count_queries(env, paths)

    server = start_gunicorn(env, PORT, WORKERS)
    try:
        print(
            f"\ngunicorn {WORKERS} sync workers, SQLite, wrk {CONNECTIONS} connections x {DURATION}, {os.cpu_count()} cores\n"
        )
        print(
            "| page | status | SQL queries | HTML bytes | requests/s | median ms | p99 ms | errors |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for label, path in paths:
            result = subprocess.run(
                [
                    "wrk",
                    "-t2",
                    f"-c{CONNECTIONS}",
                    f"-d{DURATION}",
                    "--latency",
                    f"http://127.0.0.1:{PORT}{path}",
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            rps, median, p99, errors = parse_wrk(result.stdout)
            status, query_count, size = queries[label]
            print(
                f"| {label} `{path}` | {status} | {query_count} | {size} | {rps:.0f} | {median:.1f} | {p99:.1f} | {errors} |"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
