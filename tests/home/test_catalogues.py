"""Every public UI string is translated into every content language, and every
admin string of Samla's own code into Swedish (the admin is in Swedish and English)."""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import trans_real

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
    fresh = {entry.msgid for entry in extracted_strings(directory.parent, tmp_path)}
    committed = {
        entry.msgid for entry in polib.pofile(str(directory / "sv" / "LC_MESSAGES" / "django.po"))
    }
    assert fresh == committed, (
        f"run `make translations`: new {fresh - committed}, unused {committed - fresh}"
    )


ADMIN_APPS = ["home", "stories", "campaigns"]


def extracted_strings(app_dir, tmp_path, *options):
    """The Swedish catalogue scripts/makemessages.sh builds afresh from a copy of
    the app: the public strings, or with --all the admin's too (models,
    wagtail_hooks, reports, inboxes, admin templates)."""
    copy = tmp_path / app_dir.name
    shutil.copytree(
        app_dir, copy, ignore=shutil.ignore_patterns("locale", "admin_locale", "__pycache__")
    )
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "makemessages.sh"), *options, str(copy), sys.executable],
        check=True,
        capture_output=True,
    )
    return polib.pofile(str(copy / "locale" / "sv" / "LC_MESSAGES" / "django.po"))


def swedish_catalogue():
    """Every Swedish translation Django looks up in the admin: the admin
    catalogues, the public ones, Wagtail's, wagtail-localize's and Django's."""
    return trans_real.translation("sv")._catalog


def catalogue_key(msgid, context=None):
    return f"{context}\x04{msgid}" if context else msgid


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="gettext is installed by `make system-deps`"
)
@pytest.mark.parametrize("app", ADMIN_APPS)
def test_the_swedish_admin_translates_every_string_of_the_code(app, tmp_path):
    translated = swedish_catalogue()
    keys = {
        entry.msgid: catalogue_key(entry.msgid, entry.msgctxt)
        for entry in extracted_strings(ROOT / app, tmp_path, "--all")
    }
    # A plural string's key is (msgid, form).
    untranslated = [
        msgid for msgid, key in keys.items() if key not in translated and (key, 0) not in translated
    ]
    assert not untranslated, (
        f"add Swedish to {app}/admin_locale/sv/LC_MESSAGES/django.po and run "
        f"`make translations`: {untranslated}"
    )


def lazy_msgid(text):
    """The message id of a gettext_lazy or pgettext_lazy string, None for plain text."""
    if not isinstance(text, Promise):
        return None
    return catalogue_key(*reversed(text._args)) if len(text._args) == 2 else text._args[0]


def declared_in_samla(model, field):
    """False for a field that Wagtail or Django declares (Page.title,
    TranslatableMixin.locale): their own catalogues translate it."""
    if field.model._meta.app_label not in ADMIN_APPS:
        return False
    for klass in reversed(model.__mro__):
        meta = getattr(klass, "_meta", None)
        if meta and meta.abstract and field.name in {f.name for f in meta.local_fields}:
            return klass.__module__.split(".")[0] in ADMIN_APPS
    return True


def admin_labels(model):
    """The texts the admin shows for a model: the names and help texts given
    in the code, choice labels (language names are endonyms, never translated)."""
    endonyms = {name for _code, name in settings.LANGUAGES}
    given = model._meta.original_attrs
    yield "verbose_name", given.get("verbose_name")
    yield "verbose_name_plural", given.get("verbose_name_plural")
    for field in model._meta.get_fields():
        if field.auto_created or not declared_in_samla(model, field):
            continue
        yield field.name, field._verbose_name
        yield f"{field.name} help text", field.help_text or None
        for _value, label in getattr(field, "flatchoices", None) or []:
            if label not in endonyms:
                yield f"{field.name} choice", label


@pytest.mark.parametrize("app", ADMIN_APPS)
def test_every_model_label_is_translatable_and_in_swedish(app):
    translated = swedish_catalogue()
    english = [
        f"{model._meta.label}.{where}: {str(text)!r}"
        for model in apps.get_app_config(app).get_models()
        for where, text in admin_labels(model)
        if text is not None and lazy_msgid(text) not in translated
    ]
    assert not english, f"wrap in gettext_lazy and translate into Swedish: {english}"
