from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    urgent_notice = models.ForeignKey(
        "home.UrgentNotice",
        verbose_name=_("urgent notice"),
        help_text=_("Shown at the top of every page, in the reader's language, until removed."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("public contact e-mail"), blank=True)

    panels = [FieldPanel("urgent_notice"), FieldPanel("contact_email")]

    class Meta:
        verbose_name = _("site settings")
