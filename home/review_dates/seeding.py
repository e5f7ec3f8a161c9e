"""The data step of the migrations that give page types review dates: a page
live before them was last reviewed when it was last published."""


def reviews_from_last_publication(app_label, *model_names):
    """A RunPython function recording one review per live page of the models."""

    def seed(apps, schema_editor):
        PageReview = apps.get_model("home", "PageReview")
        for model_name in model_names:
            model = apps.get_model(app_label, model_name)
            PageReview.objects.bulk_create(
                PageReview(page_id=page.pk, reviewed_at=page.last_published_at, kind="publication")
                for page in model.objects.filter(live=True, last_published_at__isnull=False).only(
                    "pk", "last_published_at"
                )
            )

    return seed
