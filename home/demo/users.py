"""Demo accounts for each role, made by `load_demo` only with DEBUG on."""

from django.conf import settings
from django.contrib.auth import get_user_model

from home.editorial.models import role_group
from home.models import EditorialRole, Municipality

DEMO_PASSWORD_SUFFIX = "-demo-2026"

# (user name, first name, last name, (role, language code for translators)),
# of the default municipality unless SECOND_MUNICIPALITY_USERS names another
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
    ("kommunikator-exempelstad", "Stina", "Stadsson", (EditorialRole.COMMUNICATORS, None)),
    ("utgivare-exempelstad", "Sam", "Stadsson", (EditorialRole.PUBLISHERS, None)),
]
# The demo's second municipality (home/municipalities/demo/).
SECOND_MUNICIPALITY_USERS = {
    "kommunikator-exempelstad": "Exempelstad",
    "utgivare-exempelstad": "Exempelstad",
}


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
        municipality = None
        if username in SECOND_MUNICIPALITY_USERS:
            municipality = Municipality.objects.filter(
                name=SECOND_MUNICIPALITY_USERS[username]
            ).first()
            if municipality is None:  # the municipalities' demo was left out
                continue
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
