"""Communicators and publishers work the rumour inbox and the myth topics;
fact checkers read the inbox. Permissions are granted here, like home's
editorial setup, so no one sets them up by hand."""

from django.db import migrations

GRANTS = {
    "Communicators": [
        "view_rumourreport",
        "change_rumourreport",
        "add_mythtopic",
        "change_mythtopic",
        "view_mythtopic",
    ],
    "Publishers": [
        "view_rumourreport",
        "change_rumourreport",
        "delete_rumourreport",
        "add_mythtopic",
        "change_mythtopic",
        "view_mythtopic",
        "delete_mythtopic",
    ],
    "Fact checkers": ["view_rumourreport", "view_mythtopic"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            model = codename.split("_", 1)[1]
            content_type, _ = ContentType.objects.get_or_create(app_label="campaigns", model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("home", "0002_editorial_setup"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
