"""The demo library that `load_demo` builds."""

import re

import pytest

from home.demo import loader, translate
from stories.library import demo
from stories.models import StoryIndexPage, StoryPage


@pytest.fixture
def committing_translate(monkeypatch, django_capture_on_commit_callbacks):
    """Runs each translation's on-commit publishing as soon as it is made, as
    outside a test transaction (load_demo runs in autocommit mode)."""

    def run(instance, translations):
        with django_capture_on_commit_callbacks(execute=True):
            translate(instance, translations)

    monkeypatch.setattr(loader, "translate", run)


def test_demo_builds_four_translated_stories_once_and_sala_is_findable(
    client, db, committing_translate
):
    demo.load()
    demo.load()  # idempotent

    for code in ("sv", "en", "ar"):
        assert StoryIndexPage.objects.live().filter(locale__language_code=code).count() == 1
        assert StoryPage.objects.live().filter(locale__language_code=code).count() == 4, code

    for code, title in [
        ("sv", "Sala: asylsökande"),
        ("en", "Sala: asylum seekers"),
        ("ar", "سالا"),
    ]:
        content = client.get(
            f"/{code}/goda-exempel/?target_group=asylsokande&county=U"
        ).content.decode()
        found = re.findall(r'<h3><a href="[^"]+">([^<]+)</a>', content)
        assert len(found) == 1 and found[0].startswith(title), (code, found)

    arabic = client.get("/ar/goda-exempel/sala-tidig-aktivering/").content.decode()
    assert "طالبو اللجوء" in arabic and "بلدية سالا" in arabic
    assert "أُخذت مبادرات طالبي اللجوء" in arabic  # a translated success factor
