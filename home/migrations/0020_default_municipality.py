from django.db import migrations

from home.editorial.setup import ensure_editorial_setup


def record_municipalities(apps, schema_editor):
    """Each site becomes a municipality, the default site's owning the groups
    and workflows made so far; its Publishers work in its language trees
    rather than from the root, where they would reach every municipality."""
    Site = apps.get_model("wagtailcore", "Site")
    Municipality = apps.get_model("home", "Municipality")
    GroupRole = apps.get_model("home", "GroupRole")
    WorkflowRole = apps.get_model("home", "WorkflowRole")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    for site in Site.objects.order_by("-is_default_site", "pk"):
        name = site.site_name or site.hostname
        if Municipality.objects.filter(name=name).exists():
            name = f"{name} ({site.hostname}:{site.port})"
        municipality = Municipality.objects.create(name=name, site=site)
        if site.is_default_site:
            GroupRole.objects.update(municipality=municipality)
            WorkflowRole.objects.update(municipality=municipality)
    ensure_editorial_setup(apps)
    GroupPagePermission.objects.filter(
        group__editorial_role__role="publishers", page__depth=1
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0019_municipalities")]

    operations = [migrations.RunPython(record_municipalities, migrations.RunPython.noop)]
