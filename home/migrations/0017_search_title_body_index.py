"""A GIN index on the expression Wagtail's PostgreSQL search backend filters
on, `title || body` of wagtailsearch_indexentry. Wagtail indexes the two
columns apart, which that filter cannot use: every search read the whole
index (250 ms at 10,000 stories, docs/benchmarks.md); with this index, 1 ms.
Other databases search differently and get nothing."""

from django.db import migrations

INDEX = "samla_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING GIN ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0016_easy_read_review_dates"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
