import django.db.models.deletion
from django.db import migrations, models


def to_default_site(apps, schema_editor):
    """The installation's settings become its default site's; a database
    without a default site keeps them with its first site."""
    SiteSettings = apps.get_model("home", "SiteSettings")
    Site = apps.get_model("wagtailcore", "Site")
    site = Site.objects.order_by("-is_default_site", "pk").first()
    settings_rows = list(SiteSettings.objects.order_by("pk"))
    if site is None or not settings_rows:
        SiteSettings.objects.all().delete()
        return
    first, *others = settings_rows
    first.site = site
    first.save(update_fields=["site"])
    SiteSettings.objects.filter(pk__in=[row.pk for row in others]).delete()


class Migration(migrations.Migration):
    """Site settings (urgent notice, statements) per municipality's site."""

    dependencies = [
        ("home", "0021_municipality_required"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="sitesettings",
            name="site",
            field=models.OneToOneField(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to="wagtailcore.site",
            ),
        ),
        migrations.RunPython(to_default_site, migrations.RunPython.noop),
    ]
