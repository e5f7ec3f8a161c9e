"""The data step of the migrations that make what readers send a
municipality's (rumour reports, suggested examples, subscriptions): what was
sent before there were several municipalities was sent to the first."""


def to_default_municipality(app_label, model_name):
    """A RunPython function giving every row of the model the municipality of
    the default site (else the first one added), as Municipality.default()."""

    def seed(apps, schema_editor):
        Municipality = apps.get_model("home", "Municipality")
        default = Municipality.objects.order_by("-site__is_default_site", "pk").first()
        if default is not None:
            apps.get_model(app_label, model_name).objects.update(municipality=default)

    return seed
