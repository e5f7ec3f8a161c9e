"""Communicators and publishers maintain the story facets, as they do
organisations and people (home.editorial.setup)."""

from django.db import migrations

GROUPS = ["Communicators", "Publishers"]
MODELS = ["activity", "targetgroup", "exampletype"]
ACTIONS = ["add", "change", "view"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    permissions = []
    for model in MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label="stories", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            permissions.append(permission)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0001_initial"),
        ("home", "0002_editorial_setup"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
