from django.db import migrations

from home.editorial.setup import add_partner_sign_off


def add_step(apps, schema_editor):
    add_partner_sign_off(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_partner_signoff"),
    ]

    operations = [migrations.RunPython(add_step, migrations.RunPython.noop)]
