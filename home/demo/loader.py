"""Reads the demo content files and builds pages and snippets from their records.

Each domain keeps its demo content in a `demo/` folder beside its code: a YAML
file, the media it needs, and a `load()` that maps the file's records onto its
models with the helpers here; `manage.py load_demo` runs the loaders in the
order of settings.SAMLA_DEMO_LOADERS. Loading is idempotent: pages are looked
up by slug, snippets by their name or slug, and what exists is left alone.

In a content file a record's keys are its model's field names. A text is
either plain, the same in every language, or a mapping from language code to
text with the Swedish source first:

    title:
      sv: Om Samla
      en: About Samla

The Swedish text goes into the page; the others are published as its
translations through wagtail-localize, exactly as a translator's work is
(`translate`), so the demo translations stay in sync with their source. A
record is translated into the languages its texts name, or into those it lists
under `languages`. `!today -20` is the date 20 days before the content is
loaded. A list given to a rich-text field is a list of paragraphs; a list
given to a StreamField is a body as `stream()` describes it."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import yaml

from home.models import HomePage, Municipality

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class ContentFileLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe YAML (through libyaml where PyYAML has it: ten times faster)
    with the `!today <days>` tag."""


ContentFileLoader.add_constructor(
    "!today",
    lambda loader, node: (
        timezone.localdate() + datetime.timedelta(days=int(loader.construct_scalar(node)))
    ),
)


def read(path):
    with open(path, encoding="utf-8") as content_file:
        return yaml.load(content_file, Loader=ContentFileLoader)  # noqa: S506 (a safe loader)


def is_multilingual(value):
    return (
        isinstance(value, dict)
        and settings.LANGUAGE_CODE in value
        and all(key in LANGUAGE_CODES for key in value)
    )


def swedish(value):
    """The value with every multilingual text replaced by its Swedish source."""
    if is_multilingual(value):
        return value[settings.LANGUAGE_CODE]
    if isinstance(value, dict):
        return {key: swedish(item) for key, item in value.items()}
    if isinstance(value, list):
        return [swedish(item) for item in value]
    return value


def translations(*values):
    """{language code: {Swedish text: translation}} for every multilingual
    text in `values`, in the order of settings.LANGUAGES, with a table (perhaps
    empty) for each language a value lists under `languages`."""
    tables = {}

    def collect(value):
        if is_multilingual(value):
            source = value[settings.LANGUAGE_CODE]
            for code, text in value.items():
                if code != settings.LANGUAGE_CODE:
                    tables.setdefault(code, {})[source] = text
        elif isinstance(value, dict):
            for code in value.get("languages", ()):
                tables.setdefault(code, {})
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(list(values))
    return {code: tables[code] for code in LANGUAGE_CODES if code in tables}


def paragraphs(texts):
    return "".join(f"<p>{text}</p>" for text in texts)


def stream(body):
    """StreamField data from a body in a content file: a list of {block name:
    value}. `text` takes a list of paragraphs, `list` a list of items (a text
    block holding a bulleted list), `heading` a level-2 heading's text; any
    other block takes its value as it is."""
    blocks = []
    for item in swedish(body):
        ((name, value),) = item.items()
        if name == "text":
            blocks.append(("text", paragraphs(value)))
        elif name == "list":
            blocks.append(("text", "<ul>" + "".join(f"<li>{i}</li>" for i in value) + "</ul>"))
        elif name == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        else:
            blocks.append((name, value))
    return blocks


def fields(model, record, exclude=()):
    """The model's own field values from a record (its Swedish texts). Keys
    naming relations, `languages` and `exclude` are left to the caller; a key
    that is none of these is a mistake in the content file."""
    values = {}
    for name, value in record.items():
        if name == "languages" or name in exclude:
            continue
        field = model._meta.get_field(name)  # FieldDoesNotExist on a misspelt key
        if field.is_relation:
            continue
        if isinstance(field, StreamField):
            values[name] = stream(value)
        elif isinstance(field, RichTextField) and isinstance(value, list):
            values[name] = paragraphs(swedish(value))
        else:
            values[name] = swedish(value)
    return values


def source_home(municipality=None):
    """The Swedish home page of `municipality` (by default the default one)."""
    municipality = municipality or Municipality.default()
    return HomePage.objects.get(pk=municipality.site.root_page_id)


def publish(page, user=None):
    page.save_revision(user=user, log_action=True).publish(user=user)
    return page


def add_child_once(parent, page):
    """Adds and publishes `page` under `parent` unless a sibling has its slug."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        return existing.specific
    parent.add_child(instance=page)
    return publish(page)


def build(model, record, exclude=(), **relations):
    """An unsaved instance from the record, with `relations` (foreign keys,
    many-to-many and child objects) as the caller found them."""
    return model(**fields(model, record, exclude), **relations)


def add_page(parent, model, record, translated=True, exclude=(), **relations):
    """The record's page under `parent`, added and published once (see
    `build`); translated now unless the caller translates it later."""
    page = add_child_once(parent, build(model, record, exclude, **relations))
    if translated:
        translate(page, translations(record))
    return page


def get_or_create(model, record, key="name", **relations):
    """The object whose `key` field has the record's value, created with the
    record's other fields if there is none."""
    values = {**fields(model, record), **relations}
    lookup = {key: values.pop(key)}
    if "locale" in values:
        lookup["locale"] = values.pop("locale")
    elif issubclass(model, TranslatableMixin):
        # Its translations share the key (a person's name): the source is meant.
        lookup["locale"] = Locale.get_default()
    return model.objects.get_or_create(**lookup, defaults=values)[0]


def add_snippet(model, record, locale, key="name"):
    """A translatable snippet in the source `locale`, translated as its record says."""
    snippet = get_or_create(model, record, key, locale=locale)
    translate(snippet, translations(record))
    return snippet


@transaction.atomic
def translate(instance, translations):
    """Publishes `instance` (a page or snippet) in each language of
    `translations`: {language code: {Swedish text: translated text}}.
    Strings without a translation keep the Swedish text. A language that
    already has a wagtail-localize translation is left alone, so running the
    loader again never overwrites a translator's work."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    for code, strings in translations.items():
        locale = Locale.objects.get(language_code=code)
        _translation, created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        if not created:
            continue
        for segment in segments:
            text = strings.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": text,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    },
                )
        source.create_or_update_translation(locale, publish=True, fallback=True)
