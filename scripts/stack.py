"""`make stack`: the production topology on loopback, with production settings.

    python scripts/stack.py start    # or `make stack`
    python scripts/stack.py status
    python scripts/stack.py stop     # or `make stack-stop`

Starts, each on 127.0.0.1 only: PostgreSQL (Debian's cluster, through
scripts/postgres.sh, with a database of the stack's own), Redis (no
persistence), an S3 API server (moto's server mode: no S3 server is packaged
for Debian), two gunicorn app servers, the task worker (`manage.py
db_worker`) and Varnish in front of both app servers
(site/deploy/varnish/samla.vcl). The database is migrated and given the demo
content at every start; media and image renditions go to the S3 bucket, so
the database and the bucket start empty together.

Every process runs in a session of its own that outlives this script, marked
in its environment with SAMLA_STACK=<run folder>; `stop` ends those sessions,
then any process that still carries the mark, drops the database and removes
the run folder. The run folder (STACK_DIR, default samla-stack in the temporary
folder) holds the logs and stack.json: the ports, the process ids and the
environment the app servers run with (docs/operations.md, "Production
topology"). Ports: Varnish on STACK_PORT (default 8700), then the app servers,
Redis and S3 on the next four.
"""

import contextlib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from demo_site import MANAGE, ROOT, manage, prepare, production_env, start_gunicorn

RUN_DIR = Path(os.environ.get("STACK_DIR", Path(tempfile.gettempdir()) / "samla-stack"))
STATE_FILE = RUN_DIR / "stack.json"
BASE_PORT = int(os.environ.get("STACK_PORT", "8700"))
DATABASE = os.environ.get("STACK_DATABASE", "samla_stack")
# Both app servers share this machine: each gets one sync worker per core
# (docs/operations.md gives the rule for a machine of its own).
WORKERS = int(os.environ.get("STACK_WORKERS", str(os.cpu_count() or 1)))
BUCKET = "samla-media"
VCL = ROOT / "site" / "deploy" / "varnish" / "samla.vcl"
BACKENDS_SCRIPT = ROOT / "site" / "deploy" / "varnish" / "backends.sh"
MARK = "SAMLA_STACK"
WORKER = shlex.join([*MANAGE, "db_worker", "--interval", "0.5", "--no-startup-delay"])
STOP_SECONDS = 15


def ports():
    names = ["varnish", "app1", "app2", "redis", "s3"]
    return {name: BASE_PORT + offset for offset, name in enumerate(names)}


def psql(sql):
    subprocess.run(
        ["su", "postgres", "-c", f'psql -q -d postgres -c "{sql}"'],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return not Path(f"/proc/{pid}/stat").read_text().split(") ")[-1].startswith("Z")


def marked_processes():
    """Every process whose environment carries this run folder's mark."""
    mark = f"{MARK}={RUN_DIR}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if mark in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def read_state():
    try:
        return json.loads(STATE_FILE.read_text())
    except (OSError, ValueError):
        return None


def write_state(state):
    STATE_FILE.touch(mode=0o600)
    STATE_FILE.write_text(json.dumps(state, indent=2))


def wait_for(check, what, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise SystemExit(f"{what} did not start: see the logs in {RUN_DIR / 'logs'}")


def answers(url):
    try:
        urllib.request.urlopen(url, timeout=2)  # noqa: S310 (loopback only)
    except OSError as error:
        return getattr(error, "code", None) is not None
    return True


class Launcher:
    """Starts each process detached, in its own session, with the stack's mark."""

    def __init__(self, env):
        self.env = {**env, MARK: str(RUN_DIR)}
        self.pids = {}

    def log(self, name):
        return open(RUN_DIR / "logs" / f"{name}.log", "ab")  # noqa: SIM115

    def start(self, name, command):
        with self.log(name) as log:
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.pids[name] = process.pid
        return process

    def gunicorn(self, name, port):
        with self.log(name) as log:
            server = start_gunicorn(self.env, port, WORKERS, log=log, detached=True)
        self.pids[name] = server.pid


def stack_env(port):
    """What the app servers, the worker and every manage.py command run with."""
    return production_env(
        RUN_DIR,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        # A TLS proxy and Varnish each append to X-Forwarded-For; on loopback
        # the clients (tests/stack, make faults) play the TLS proxy.
        DJANGO_PROXY_COUNT="2",
        DJANGO_TRUSTED_PROXIES="127.0.0.1",
        SAMLA_FRONTEND_CACHE_URL=f"http://127.0.0.1:{port['varnish']}",
        DJANGO_TASKS_BACKEND="database",
        DATABASE_URL=f"postgres://samla:samla@127.0.0.1:5432/{DATABASE}",
        REDIS_URL=f"redis://127.0.0.1:{port['redis']}/0",
        AWS_ACCESS_KEY_ID="stack",
        AWS_SECRET_ACCESS_KEY="stack",  # noqa: S106 (moto accepts any key)
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_REGION_NAME="us-east-1",
        AWS_S3_ENDPOINT_URL=f"http://127.0.0.1:{port['s3']}",
        AWS_S3_CUSTOM_DOMAIN=f"127.0.0.1:{port['s3']}/{BUCKET}",
        AWS_S3_URL_PROTOCOL="http:",
        AWS_DEFAULT_ACL="public-read",
        SAMLA_SITE_URL=f"http://127.0.0.1:{port['varnish']}",
        # No mail server: e-mail waits in the outbox (docs/operations.md, "E-mail").
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT="9",
    )


def start():
    state = read_state()
    if state and any(alive(pid) for pid in state["pids"].values()):
        print(f"The stack is already running: http://127.0.0.1:{state['ports']['varnish']}/")
        return
    for command in ("pg_ctlcluster", "redis-server", "varnishd"):
        if not shutil.which(command):
            sys.exit(f"{command} is missing: run `make system-deps`.")
    began = time.monotonic()
    shutil.rmtree(RUN_DIR, ignore_errors=True)
    (RUN_DIR / "logs").mkdir(parents=True)
    RUN_DIR.chmod(0o755)  # varnishd compiles the VCL as its own user
    port = ports()
    env = stack_env(port)
    launcher = Launcher(env)
    state = {"ports": port, "pids": launcher.pids, "database": DATABASE, "env": {}}
    state["env"] = {
        key: value for key, value in launcher.env.items() if os.environ.get(key) != value
    }
    write_state(state)
    try:
        subprocess.run(["bash", "scripts/postgres.sh", "start"], cwd=ROOT, check=True)
        psql(f"DROP DATABASE IF EXISTS {DATABASE}")
        psql(f"CREATE DATABASE {DATABASE} OWNER samla")
        launcher.start("redis", redis_command(port))
        launcher.start(
            "s3",
            [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1"]
            + ["-p", str(port["s3"])],
        )
        write_state(state)
        wait_for(lambda: answers(f"http://127.0.0.1:{port['s3']}/"), "The S3 server")
        create_bucket(port)
        prepare(launcher.env)
        # Purges and absolute links name the sites as readers reach them:
        # Varnish (the default site at its address, another municipality's
        # at its own host name). Saved, not updated, so Wagtail forgets the
        # cached address.
        site = (
            "s.port = {port}; s.hostname = '127.0.0.1' if s.is_default_site else s.hostname; "
            "s.save()"
        ).format(port=port["varnish"])
        script = f"from wagtail.models import Site\nfor s in Site.objects.all(): {site}"
        manage(launcher.env, "shell", "-c", script)
        launcher.gunicorn("app1", port["app1"])
        write_state(state)
        launcher.gunicorn("app2", port["app2"])
        write_state(state)
        # As systemd would run it: started again a second after it stops
        # (it exits when the database goes away).
        launcher.start(
            "worker", ["bash", "-c", f"while true; do echo worker started; {WORKER}; sleep 1; done"]
        )
        start_varnish(launcher, port)
        write_state(state)
        wait_for(lambda: answers(f"http://127.0.0.1:{port['varnish']}/sv/"), "Varnish", seconds=60)
    except BaseException:
        stop()
        raise
    print(
        f"The stack is running ({time.monotonic() - began:.0f} s to start): "
        f"http://127.0.0.1:{port['varnish']}/ through Varnish, app servers on "
        f"{port['app1']} and {port['app2']}, logs in {RUN_DIR / 'logs'}. "
        "Stop it with `make stack-stop`."
    )


def redis_command(port):
    """Redis on loopback, without persistence: the cache only."""
    address = ["--port", str(port["redis"]), "--bind", "127.0.0.1"]
    return ["redis-server", *address, "--save", "", "--appendonly", "no", "--dir", str(RUN_DIR)]


def restart_redis():
    """Starts the stack's Redis again after it was shut down (`make faults`)."""
    state = read_state()
    launcher = Launcher({**os.environ, **state["env"]})
    launcher.start("redis", redis_command(state["ports"]))
    state["pids"]["redis"] = launcher.pids["redis"]
    write_state(state)
    ping = ["redis-cli", "-p", str(state["ports"]["redis"]), "ping"]
    wait_for(lambda: subprocess.run(ping, capture_output=True).returncode == 0, "Redis")


def create_bucket(port):
    import boto3

    boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{port['s3']}",
        region_name="us-east-1",
        aws_access_key_id="stack",
        aws_secret_access_key="stack",  # noqa: S106
    ).create_bucket(Bucket=BUCKET)


def start_varnish(launcher, port):
    backends = subprocess.run(
        ["bash", str(BACKENDS_SCRIPT), f"127.0.0.1:{port['app1']}", f"127.0.0.1:{port['app2']}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (RUN_DIR / "samla-backends.vcl").write_text(backends)
    launcher.start(
        "varnish",
        [
            "varnishd",
            "-F",
            "-n",
            str(RUN_DIR / "varnish"),
            "-a",
            f"127.0.0.1:{port['varnish']}",
            "-T",
            "none",
            "-f",
            str(VCL),
            "-p",
            f"vcl_path={RUN_DIR}:/usr/share/varnish/vcl",
            "-s",
            "malloc,128m",
        ],
    )


def stop():
    state = read_state()
    if state is None and not RUN_DIR.exists():
        print("The stack is not running.")
        return
    pids = list((state or {}).get("pids", {}).values())
    for pid in reversed(pids):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    while marked_processes() and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in marked_processes():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    if state:
        with contextlib.suppress(subprocess.CalledProcessError):
            psql(f"DROP DATABASE IF EXISTS {state['database']}")
    shutil.rmtree(RUN_DIR, ignore_errors=True)
    print("The stack is stopped.")


def status():
    state = read_state()
    if state is None:
        print("The stack is not running.")
        return
    for name, pid in state["pids"].items():
        print(f"{name:8} pid {pid:>7}  {'running' if alive(pid) else 'STOPPED'}")
    print(f"Varnish: http://127.0.0.1:{state['ports']['varnish']}/")


if __name__ == "__main__":
    actions = {"start": start, "stop": stop, "status": status}
    action = sys.argv[1] if len(sys.argv) > 1 else "start"
    if action not in actions:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(actions)}}}")
    actions[action]()
