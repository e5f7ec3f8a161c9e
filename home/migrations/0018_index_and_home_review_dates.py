# Review dates and public change history for the home pages and the easy-to-read index (home/review_dates/).

from django.db import migrations, models

from home.review_dates.seeding import reviews_from_last_publication


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0017_search_title_body_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="easyreadindexpage",
            name="change_note",
            field=models.CharField(
                blank=True,
                help_text="One line saying what changed, e.g. “New figures for 2027”.",
                max_length=200,
                verbose_name="change note for readers",
            ),
        ),
        migrations.AddField(
            model_name="easyreadindexpage",
            name="major_change",
            field=models.BooleanField(
                default=False,
                help_text="Readers see the note below on the page once this version is published. Leave unticked for a minor change (spelling, links, layout): readers see nothing.",
                verbose_name="major change",
            ),
        ),
        migrations.AddField(
            model_name="homepage",
            name="change_note",
            field=models.CharField(
                blank=True,
                help_text="One line saying what changed, e.g. “New figures for 2027”.",
                max_length=200,
                verbose_name="change note for readers",
            ),
        ),
        migrations.AddField(
            model_name="homepage",
            name="major_change",
            field=models.BooleanField(
                default=False,
                help_text="Readers see the note below on the page once this version is published. Leave unticked for a minor change (spelling, links, layout): readers see nothing.",
                verbose_name="major change",
            ),
        ),
        migrations.RunPython(
            reviews_from_last_publication("home", "HomePage", "EasyReadIndexPage"),
            migrations.RunPython.noop,
        ),
    ]
