"""A throw-away Samla with the demo content, served by gunicorn with the
production settings on 127.0.0.1: what `make bench` and `make faults` drive."""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANAGE = [sys.executable, "manage.py"]


def production_env(workdir, **settings):
    """The environment of a production deployment in `workdir`, plus `settings`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "samla.settings.production",
        "DJANGO_SECRET_KEY": "throw-away-secret-" + os.urandom(24).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{workdir / 'samla.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "DJANGO_MEDIA_ROOT": str(workdir / "media"),
        # Production requires the site's address; these runs follow no
        # absolute link, so loopback does (a caller may name its own).
        "SAMLA_SITE_URL": "http://127.0.0.1",
        **settings,
    }


def manage(env, *args, **kwargs):
    return subprocess.run([*MANAGE, *args], cwd=ROOT, env=env, check=True, **kwargs)


def prepare(env):
    """Migrates, collects the static files and loads the demo content."""
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "collectstatic", "--no-input", "-v", "0")
    manage(env, "load_demo", stdout=subprocess.DEVNULL)


def start_gunicorn(env, port, workers, log=None, detached=False):
    """gunicorn on 127.0.0.1:`port`, answering /sv/ before this returns;
    `detached` in a session of its own, which outlives this script."""
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "samla.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
        start_new_session=detached,
    )
    for _ in range(150):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/sv/", timeout=2)  # noqa: S310
            return server
        except OSError:
            if server.poll() is not None:
                sys.exit("gunicorn stopped before it answered")
            time.sleep(0.2)
    server.terminate()
    sys.exit("gunicorn did not answer")
