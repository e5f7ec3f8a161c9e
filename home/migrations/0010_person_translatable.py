"""People become translatable (their role reads in the page's language).
Existing people are Swedish, each with its own translation key; 0011 then
makes both fields required."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def make_existing_people_swedish(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Person = apps.get_model("home", "Person")
    source_locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for person in Person.objects.filter(locale__isnull=True):
        person.locale = source_locale
        person.translation_key = uuid.uuid4()
        person.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_partner_signoff_step"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="person",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(make_existing_people_swedish, migrations.RunPython.noop),
    ]
