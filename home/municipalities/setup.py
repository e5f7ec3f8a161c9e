"""Adding a municipality: its site, its home page in every content language,
its editorial groups and workflows, in one transaction."""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site

from home.editorial.setup import ensure_locales, ensure_municipality_setup
from home.models import GroupRole, HomePage
from home.municipalities.models import Municipality


def free_home_slug(name):
    """A slug for the municipality's home pages that no home page uses yet
    (the translations add -<language code>)."""
    base = slugify(name) or "kommun"
    taken = set(Page.objects.filter(depth=2).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken or any(f"{slug}-{code}" in taken for code, _ in settings.LANGUAGES):
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def add_municipality(name, hostname, port=80, fact_checkers_from=None, translators_from=None):
    home = HomePage(
        title=name,
        slug=free_home_slug(name),
        locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE),
        live=True,
    )
    Page.get_first_root_node().add_child(instance=home)
    site = Site.objects.create(hostname=hostname, port=port, root_page=home, site_name=name)
    municipality = Municipality.objects.create(
        name=name,
        site=site,
        fact_checkers_from=fact_checkers_from,
        translators_from=translators_from,
    )
    ensure_municipality_setup(apps, ensure_locales(apps), municipality)
    copy_role_permissions(Municipality.default(), municipality)
    return municipality


def copy_role_permissions(model_municipality, municipality):
    """Gives each of `municipality`'s own groups what the same role's group of
    `model_municipality` may do beyond its pages: the admin, snippets, the
    inboxes, the urgent lane, whatever each app's migrations granted by role
    (page and collection permissions are the setup's, per tree)."""
    roles = GroupRole.objects.select_related("group")
    model_groups = {
        (role.role, role.locale_id): role.group
        for role in roles.filter(municipality=model_municipality)
    }
    for role in roles.filter(municipality=municipality):
        model_group = model_groups.get((role.role, role.locale_id))
        if model_group is not None:
            role.group.permissions.add(*model_group.permissions.all())
