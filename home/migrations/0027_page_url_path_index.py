"""An index on the pages' url_path, which Wagtail does not index: every
public request finds its page by url_path (home/serving.py) and every listing
keeps to one municipality's tree in one language by its prefix
(home/municipalities/trees.py). On PostgreSQL with text_pattern_ops, so that
the prefix (LIKE 'x%') uses it as well as equality."""

from django.db import migrations

INDEX = "samla_page_url_path"


def create_index(apps, schema_editor):
    operator_class = " text_pattern_ops" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path{operator_class})"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("home", "0026_urgent_notices_by_municipality")]

    operations = [migrations.RunPython(create_index, drop_index)]
