"""Communicators and publishers work through the inbox of suggested examples."""

from django.db import migrations

GROUPS = ["Communicators", "Publishers"]
ACTIONS = ["change", "view"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="stories", model="examplesuggestion")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_examplesuggestion",
            defaults={"name": f"Can {action} example suggestion"},
        )[0]
        for action in ACTIONS
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [("stories", "0003_example_suggestions")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
