# Review dates and public change history for SituationPage (home/review_dates/).
from django.db import migrations, models

from home.review_dates.seeding import reviews_from_last_publication


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0010_merge_0009_review_dates_0009_situation_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="situationpage",
            name="change_note",
            field=models.CharField(
                blank=True,
                help_text="One line saying what changed, e.g. “New figures for 2027”.",
                max_length=200,
                verbose_name="change note for readers",
            ),
        ),
        migrations.AddField(
            model_name="situationpage",
            name="major_change",
            field=models.BooleanField(
                default=False,
                help_text="Readers see the note below on the page once this version is published. Leave unticked for a minor change (spelling, links, layout): readers see nothing.",
                verbose_name="major change",
            ),
        ),
        migrations.RunPython(
            reviews_from_last_publication("campaigns", "SituationPage"), migrations.RunPython.noop
        ),
    ]
