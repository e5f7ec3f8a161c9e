"""Demo accounts for each role, made by `load_demo` only with DEBUG on."""

from django.conf import settings
from django.contrib.auth import get_user_model

from home.editorial.models import role_group
from home.models import EditorialRole, Municipality

DEMO_PASSWORD_SUFFIX = "-demo-2026"

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
# The same for the demo's second municipality (home/municipalities/demo/).
EXEMPELSTAD_USERS = [
    ("kommunikator-exempelstad", "Stina", "Stadsson", (EditorialRole.COMMUNICATORS, None)),
    ("utgivare-exempelstad", "Sam", "Stadsson", (EditorialRole.PUBLISHERS, None)),
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
    exempelstad = Municipality.objects.filter(name="Exempelstad").first()
    accounts = [(user, None) for user in DEMO_USERS]
    if exempelstad is not None:  # unless the municipalities' demo was left out
        accounts += [(user, exempelstad) for user in EXEMPELSTAD_USERS]
    for (username, first_name, last_name, (role, language_code)), municipality in accounts:
        group = role_group(role, language_code, municipality=municipality)
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
