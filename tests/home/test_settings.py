import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_python(*args, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def run_manage(*args, **env):
    return run_python("manage.py", *args, **env)


def test_production_settings_pass_the_deployment_checklist():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="samla.settings.production",
        DJANGO_SECRET_KEY="a-long-random-production-secret-" + "x" * 40,
        DJANGO_ALLOWED_HOSTS="samla.example.se",
        SAMLA_SITE_URL="https://samla.example.se",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="samla.settings.production")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_the_site_address():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="samla.settings.production", DJANGO_SECRET_KEY="k" * 50
    )
    assert result.returncode != 0
    assert "SAMLA_SITE_URL" in result.stderr


def test_debug_is_off_unless_asked_for():
    # The settings as Django reads them, without starting the apps: a tenth
    # of the CPU `manage.py shell` costs.
    script = "from django.conf import settings; print(settings.DEBUG)"
    common = {
        "DJANGO_SETTINGS_MODULE": "samla.settings.production",
        "DJANGO_SECRET_KEY": "k" * 50,
        "SAMLA_SITE_URL": "https://samla.example.se",
    }
    assert run_python("-c", script, **common).stdout.strip().endswith("False")
    assert run_python("-c", script, DJANGO_DEBUG="true", **common).stdout.strip().endswith("True")


SETTINGS_WRITE_PROBE = """
import os, sys
sys.dont_write_bytecode = True
writes = []
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


def record(event, args):
    if event == "open" and args[0] is not None and not isinstance(args[0], int):
        mode, flags = args[1], args[2]
        if (mode and set(mode) & set("wax+")) or (mode is None and flags & WRITE_FLAGS):
            writes.append(f"open {args[0]}")
    elif event in ("os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.symlink", "os.truncate"):
        writes.append(f"{event} {args[0]}")


sys.addaudithook(record)
import django
django.setup()
from django.core.files.storage import default_storage
print(type(default_storage._wrapped if hasattr(default_storage, "_wrapped") else default_storage))
print("WRITES", writes)
"""


def test_importing_the_production_settings_writes_nothing_to_disk():
    """A read-only container can import them: no folder made, no file written
    (S3 media and Redis configured, as in the multi-server stack)."""
    result = run_python(
        "-c",
        SETTINGS_WRITE_PROBE,
        DJANGO_SETTINGS_MODULE="samla.settings.production",
        DJANGO_SECRET_KEY="k" * 50,
        SAMLA_SITE_URL="https://samla.example.se",
        DATABASE_URL="postgres://samla:samla@127.0.0.1:5432/nowhere",
        REDIS_URL="redis://127.0.0.1:1/0",
        AWS_STORAGE_BUCKET_NAME="samla-media",
        AWS_S3_CUSTOM_DOMAIN="media.samla.example.se",
        PYTHONDONTWRITEBYTECODE="1",
    )
    assert result.returncode == 0, result.stderr
    assert "S3Storage" in result.stdout
    assert result.stdout.strip().endswith("WRITES []"), result.stdout
