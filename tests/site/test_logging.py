"""Each log call prints one line, whoever logs it: Django, runserver's
request log, Samla or a library (settings LOGGING), in development and in
production."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LOGGERS = ["django.request", "django.server", "samla.outbox", "wagtail", "axes"]
LOG_ONCE_EACH = f"""
import logging
import django

django.setup()
for name in {LOGGERS!r}:
    logging.getLogger(name).error("a line from %s", name)
"""


@pytest.mark.parametrize("settings_module", ["samla.settings.dev", "samla.settings.production"])
def test_each_log_call_prints_one_line(settings_module):
    """Logging is configured in a process of its own, as manage.py or
    gunicorn configures it, so the test run's own logging stays as it is."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DJANGO_SECRET_KEY": "test-only-key",
        "DJANGO_ALLOWED_HOSTS": "samla.example",
        "SAMLA_SITE_URL": "https://samla.example",
    }
    environment.pop("DJANGO_DEBUG", None)  # each settings module's own default
    result = subprocess.run(  # noqa: S603 - this Python, fixed arguments
        [sys.executable, "-c", LOG_ONCE_EACH],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = result.stderr.splitlines()
    printed = {
        name: sum(line.endswith(f"a line from {name}") for line in lines) for name in LOGGERS
    }
    assert printed == dict.fromkeys(LOGGERS, 1), result.stderr
    # runserver's request lines keep the time in front, as Django writes them.
    assert any(line.startswith("[") for line in lines if "django.server" in line), lines
