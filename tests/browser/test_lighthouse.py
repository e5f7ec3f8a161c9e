"""Lighthouse's accessibility, best-practices and SEO audits on every public
page type in Swedish and Arabic: what search engines and browsers ask for
(descriptions, canonical and hreflang links, robots.txt, icons, no console
errors). One Node process runs them all in one Chromium
(tests/browser/lighthouse/run.mjs), with Lighthouse's desktop settings and
no throttling (simulated, which leaves the page unthrottled)."""

import json
import os
import shutil
import subprocess

import pytest

from tests.browser.conftest import CHROMIUM, ROOT
from tests.browser.editorial import last_line

LIGHTHOUSE = ROOT / "tests" / "browser" / "lighthouse"
LANGUAGES = ["sv", "ar"]
# The public pages that are not Wagtail pages, in Arabic: right to left, the
# harder case; in Swedish they are the same templates.
VIEW_PATHS = [
    "/ar/search/?q=samla",
    "/ar/subscribe/",
    "/ar/report-a-rumour/",
    "/ar/suggest-example/",
]


def page_type_paths(run_manage):
    """The address of one live page of each page type in each language."""
    output = run_manage(
        "shell",
        "-c",
        "import json; from wagtail.models import Page; paths = {}\n"
        "for page in Page.objects.live().public().filter(depth__gt=1, "
        f"locale__language_code__in={LANGUAGES!r}).specific().order_by('path'):\n"
        "    paths.setdefault((type(page).__name__, page.locale.language_code), page.get_url_parts()[2])\n"
        "print(json.dumps(sorted(paths.values())))",
    )
    return json.loads(last_line(output))


def test_every_public_page_type_scores_100_in_lighthouse(site_url, run_manage):
    node = shutil.which("node")
    if not node or not (LIGHTHOUSE / "node_modules" / "lighthouse").is_dir():
        pytest.fail("Lighthouse is not installed: run `make system-deps install`")
    urls = [site_url + path for path in [*page_type_paths(run_manage), *VIEW_PATHS]]
    finished = subprocess.run(
        [node, str(LIGHTHOUSE / "run.mjs")],
        input=json.dumps(urls),
        capture_output=True,
        text=True,
        cwd=LIGHTHOUSE,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=900,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-3000:]
    results = json.loads(finished.stdout)
    failures = {
        url: result
        for url, result in results.items()
        if result["runtimeError"] or set(result["scores"].values()) != {100}
    }
    assert len(results) == len(urls) and not failures, json.dumps(failures, indent=1)
