# Review dates and public change history for the story library (home/review_dates/).

from django.db import migrations, models

from home.review_dates.seeding import reviews_from_last_publication


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0018_index_and_home_review_dates"),
        ("stories", "0007_example_suggestion_language_label"),
    ]

    operations = [
        migrations.AddField(
            model_name="storyindexpage",
            name="change_note",
            field=models.CharField(
                blank=True,
                help_text="One line saying what changed, e.g. “New figures for 2027”.",
                max_length=200,
                verbose_name="change note for readers",
            ),
        ),
        migrations.AddField(
            model_name="storyindexpage",
            name="major_change",
            field=models.BooleanField(
                default=False,
                help_text="Readers see the note below on the page once this version is published. Leave unticked for a minor change (spelling, links, layout): readers see nothing.",
                verbose_name="major change",
            ),
        ),
        migrations.RunPython(
            reviews_from_last_publication("stories", "StoryIndexPage"), migrations.RunPython.noop
        ),
    ]
