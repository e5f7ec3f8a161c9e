"""`make help` names every command the Makefile declares."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def declared_targets():
    """The targets of the Makefile's .PHONY line: its commands."""
    phony = re.search(r"^\.PHONY:(.*)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    return phony.group(1).split()


@pytest.mark.skipif(not shutil.which("make"), reason="make is not installed")
def test_make_help_names_every_target():
    result = subprocess.run(  # noqa: S603 - fixed arguments
        ["make", "--no-print-directory", "help"],  # noqa: S607 - make from PATH, as people run it
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    listed = re.findall(r"^  make (\S+) +\S", result.stdout, re.MULTILINE)
    assert "system-deps" in declared_targets()
    assert sorted(listed) == sorted(declared_targets()), result.stdout
