"""Demo content helpers and the home app's own demo pages.

Every app has a `demo.py` whose `load()` builds its pages; `load_demo` runs
them in the order of settings.SAMLA_DEMO_LOADERS. Loaders are idempotent:
they look pages up by slug and leave existing ones alone.

Translations go through wagtail-localize exactly as a translator's work does
(segments, string translations, then the translated page), so the demo
translations stay in sync with their Swedish source.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.editorial.models import role_group
from home.models import ContentPage, EditorialRole, HomePage

DEMO_PASSWORD_SUFFIX = "-demo-2026"


def source_home():
    return HomePage.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)


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


# (user name, first name, last name, (role, language code for translators))
DEMO_USERS = [
    ("kommunikator", "Kim", "Kommunikatör", (EditorialRole.COMMUNICATORS, None)),
    ("faktagranskare", "Fatima", "Faktagranskare", (EditorialRole.FACT_CHECKERS, None)),
    ("faktagranskare2", "Filip", "Faktagranskare", (EditorialRole.FACT_CHECKERS, None)),
    ("utgivare", "Ulla", "Utgivare", (EditorialRole.PUBLISHERS, None)),
    *[
        (f"oversattare-{code}", "Översättare", code, (EditorialRole.TRANSLATORS, code))
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ],
]


def create_demo_users():
    """Demo accounts for each role; returns [(username, password, group)]."""
    User = get_user_model()
    created = []
    admin, new = User.objects.get_or_create(
        username="admin",
        defaults={"is_superuser": True, "is_staff": True, "email": "admin@exempelkommun.example"},
    )
    if new:
        admin.set_password("admin" + DEMO_PASSWORD_SUFFIX)
        admin.save()
    created.append(("admin", "admin" + DEMO_PASSWORD_SUFFIX, "superuser"))
    for username, first_name, last_name, (role, language_code) in DEMO_USERS:
        group = role_group(role, language_code)
        user, new = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@exempelkommun.example",
            },
        )
        if new:
            user.set_password(username + DEMO_PASSWORD_SUFFIX)
            user.save()
            user.groups.set([group])
        created.append((username, username + DEMO_PASSWORD_SUFFIX, group.name))
    return created


def load():
    """The home page's introduction and the about, accessibility and privacy pages."""
    from home import demo_content

    home = source_home()
    if not home.intro:
        home.intro = demo_content.HOME_INTRO
        publish(home)
    translate(home, demo_content.TRANSLATIONS)

    for spec in demo_content.CONTENT_PAGES:
        page = add_child_once(
            home,
            ContentPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                show_in_menus=True,
                body=[("text", "".join(f"<p>{p}</p>" for p in spec["paragraphs"]))],
            ),
        )
        translate(page, demo_content.TRANSLATIONS)
