"""Every public UI string is translated into every content language."""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE_DIRS = [
    ROOT / "site" / "locale",
    ROOT / "home" / "locale",
    ROOT / "stories" / "locale",
    ROOT / "campaigns" / "locale",
]
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def catalogues():
    return [directory for directory in CATALOGUE_DIRS if directory.exists()]


@pytest.mark.parametrize("directory", catalogues(), ids=lambda d: d.parent.name)
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_catalogue_translates_every_string(directory, code):
    po_path = directory / code / "LC_MESSAGES" / "django.po"
    assert po_path.exists(), f"{po_path} is missing"
    catalogue = polib.pofile(str(po_path))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, f"{po_path}: untranslated {missing}"
    assert not fuzzy, f"{po_path}: fuzzy {fuzzy}"
    assert (po_path.with_suffix(".mo")).exists(), "run `make translations` to compile"


@pytest.mark.parametrize("directory", catalogues(), ids=lambda d: d.parent.name)
def test_catalogues_share_the_same_strings(directory):
    msgids = {
        code: {
            entry.msgid
            for entry in polib.pofile(str(directory / code / "LC_MESSAGES" / "django.po"))
        }
        for code in LANGUAGE_CODES
    }
    source = msgids["sv"]
    for code, ids in msgids.items():
        assert ids == source, f"{directory}/{code} differs from sv: {ids ^ source}"


@pytest.mark.parametrize("directory", catalogues(), ids=lambda d: d.parent.name)
def test_compiled_catalogues_are_current(directory):
    for code in LANGUAGE_CODES:
        po_path = directory / code / "LC_MESSAGES" / "django.po"
        with open(po_path.with_suffix(".mo"), "rb") as mo_file:
            compiled = gettext.GNUTranslations(mo_file)._catalog
        for entry in polib.pofile(str(po_path)):
            if entry.msgid_plural:
                expected = {(entry.msgid, int(i)): text for i, text in entry.msgstr_plural.items()}
                actual = {key: compiled.get(key) for key in expected}
            else:
                expected, actual = entry.msgstr, compiled.get(entry.msgid)
            assert actual == expected, (
                f"{po_path}: {entry.msgid!r} is stale; run `make translations`"
            )


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="gettext is installed by `make system-deps`"
)
@pytest.mark.parametrize("directory", catalogues(), ids=lambda d: d.parent.name)
def test_catalogues_hold_every_string_the_code_uses(directory, tmp_path):
    """Extracts the strings afresh from a copy of the app and compares."""
    copy = tmp_path / directory.parent.name
    shutil.copytree(directory.parent, copy, ignore=shutil.ignore_patterns("locale", "__pycache__"))
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "makemessages.sh"), str(copy), sys.executable],
        check=True,
        capture_output=True,
    )
    fresh = {
        entry.msgid
        for entry in polib.pofile(str(copy / "locale" / "sv" / "LC_MESSAGES" / "django.po"))
    }
    committed = {
        entry.msgid for entry in polib.pofile(str(directory / "sv" / "LC_MESSAGES" / "django.po"))
    }
    assert fresh == committed, (
        f"run `make translations`: new {fresh - committed}, unused {committed - fresh}"
    )
