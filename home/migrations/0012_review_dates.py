# Review dates and public change history (home/review_dates/).
import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import home.review_dates.models
from home.review_dates.seeding import reviews_from_last_publication


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0011_person_translatable_required"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="contentpage",
            name="change_note",
            field=models.CharField(
                blank=True,
                help_text="One line saying what changed, e.g. “New figures for 2027”.",
                max_length=200,
                verbose_name="change note for readers",
            ),
        ),
        migrations.AddField(
            model_name="contentpage",
            name="major_change",
            field=models.BooleanField(
                default=False,
                help_text="Readers see the note below on the page once this version is published. Leave unticked for a minor change (spelling, links, layout): readers see nothing.",
                verbose_name="major change",
            ),
        ),
        migrations.CreateModel(
            name="PageChange",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("published_at", models.DateTimeField(verbose_name="published")),
                ("note", models.CharField(max_length=200, verbose_name="note")),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="public_changes",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                    ),
                ),
            ],
            options={
                "verbose_name": "public change",
                "ordering": ["-published_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="PageReview",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("reviewed_at", models.DateTimeField(db_index=True, verbose_name="reviewed")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("publication", "published after review"),
                            ("confirmation", "confirmed still correct"),
                        ],
                        max_length=20,
                        verbose_name="kind",
                    ),
                ),
                (
                    "page",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reviews",
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "revision",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="by",
                    ),
                ),
            ],
            options={
                "verbose_name": "page review",
                "ordering": ["-reviewed_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="ReviewInterval",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "months",
                    models.PositiveSmallIntegerField(
                        validators=[
                            django.core.validators.MinValueValidator(1),
                            django.core.validators.MaxValueValidator(60),
                        ],
                        verbose_name="months between reviews",
                    ),
                ),
                (
                    "page_type",
                    models.OneToOneField(
                        limit_choices_to=home.review_dates.models.reviewed_page_type_choices,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                        verbose_name="page type",
                    ),
                ),
            ],
            options={
                "verbose_name": "review interval",
                "verbose_name_plural": "review intervals",
            },
        ),
        migrations.RunPython(
            reviews_from_last_publication("home", "ContentPage"), migrations.RunPython.noop
        ),
    ]
