"""Runs management commands for the browser tests in one long-lived process
against the test server's database: `python -m tests.browser.command_runner`
reads one JSON list of command-line arguments per line (["shell", "-c", ...])
and answers each with one JSON line {"ok", "stdout", "stderr"}.

Starting Django for every command cost the browser tests a second or more
each time. After each command the process drops its database connections,
caches and active language, so the next one starts as a fresh
`manage.py` would."""

import contextlib
import io
import json
import os
import sys
import traceback


def main():
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    # Whatever a command prints past sys.stdout goes to stderr, never into the replies.
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samla.settings.test")

    import django

    django.setup()

    from django.core.cache import caches
    from django.core.management import call_command
    from django.db import connections
    from django.utils import translation

    for line in sys.stdin:
        stdout, stderr = io.StringIO(), io.StringIO()
        ok = True
        try:
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                call_command(*json.loads(line))
        except BaseException:  # a failing command is the test's to report, with its traceback
            ok = False
            stderr.write(traceback.format_exc())
        finally:
            connections.close_all()
            for cache in caches.all():
                cache.clear()
            translation.deactivate()
        reply = {"ok": ok, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
