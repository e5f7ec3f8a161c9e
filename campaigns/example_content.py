from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class ExampleContentMixin(models.Model):
    """Marks demo pages about the fictional Exempelkommun, so that a tool
    against disinformation never presents invented facts as real ones."""

    is_example_content = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_("Shows readers that the page describes a fictional municipality."),
    )

    settings_panels = [FieldPanel("is_example_content")]

    class Meta:
        abstract = True
