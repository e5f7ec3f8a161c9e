from django.db import migrations

from home.editorial.setup import ensure_editorial_setup


def forwards(apps, schema_editor):
    # Wagtail's starter groups and workflow are replaced by Samla's roles.
    apps.get_model("auth", "Group").objects.filter(name__in=["Moderators", "Editors"]).delete()
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(name="Moderators approval").delete()
    Workflow.objects.filter(name="Moderators approval").delete()
    ensure_editorial_setup(apps)


class Migration(migrations.Migration):
    """Language trees, the editorial groups and the review workflows."""

    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
