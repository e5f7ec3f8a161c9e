from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from home.municipalities.models import Municipality

# Where readers report to the supervisory authority, the Agency for Digital
# Government (DIGG), under the Act (2018:1937) on accessibility to digital
# public service.
DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan"


class AccessibilityCompliance(models.TextChoices):
    """How far the site meets the Act (2018:1937), in DIGG's model's terms."""

    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AccessibilityTestMethod(models.TextChoices):
    SELF_ASSESSMENT = "self", _("self-assessment (our own testing)")
    EXTERNAL_AUDIT = "external", _("review by an independent party")


class SiteSettingsForm(WagtailAdminModelForm):
    """Offers the urgent notices of the settings' own municipality only: the
    chooser lists those, and a hand-made request naming another's is refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["urgent_notice"].queryset = self.fields["urgent_notice"].queryset.filter(
            municipality__site_id=self.instance.site_id
        )


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Each municipality's own: its urgent notice, contact address, and the
    facts of its accessibility statement and privacy notice."""

    # Every page shows the notice and looks up the statement pages.
    select_related = ["urgent_notice", "accessibility_statement_page", "privacy_notice_page"]

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

    # The accessibility statement (DIGG's model, docs/editor-guide.md): the
    # facts here, the structure in the catalogues, the known shortcomings in
    # the page's body, which is translated and reviewed like any page.
    accessibility_statement_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement page"),
        help_text=_(
            "The Swedish content page that shows the accessibility statement; its "
            "translations show it in their languages. Its body lists the known shortcomings."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_compliance = models.CharField(
        _("compliance with the Act (2018:1937)"),
        max_length=10,
        choices=AccessibilityCompliance.choices,
        default=AccessibilityCompliance.PARTIAL,
    )
    accessibility_contact_email = models.EmailField(
        _("e-mail for accessibility questions"), blank=True
    )
    accessibility_contact_phone = models.CharField(
        _("phone for accessibility questions"), max_length=40, blank=True
    )
    accessibility_response_days = models.PositiveSmallIntegerField(
        _("answer within (working days)"), default=5
    )
    accessibility_test_method = models.CharField(
        _("how the site was tested"),
        max_length=10,
        choices=AccessibilityTestMethod.choices,
        default=AccessibilityTestMethod.SELF_ASSESSMENT,
    )
    accessibility_tested_on = models.DateField(_("latest test"), null=True, blank=True)
    accessibility_prepared_on = models.DateField(_("statement prepared on"), null=True, blank=True)
    accessibility_reviewed_on = models.DateField(
        _("statement last reviewed on"), null=True, blank=True
    )
    accessibility_supervisory_url = models.URLField(
        _("the supervisory authority's report form"), default=DIGG_REPORT_URL
    )

    # The privacy notice (docs/privacy.md): who is responsible here, the rest
    # from the personal-data registry the erasure job uses.
    privacy_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice page"),
        help_text=_(
            "The Swedish content page that shows the privacy notice after its own text; its "
            "translations show it in their languages."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_controller = models.CharField(
        _("controller of personal data"),
        max_length=200,
        blank=True,
        help_text=_(
            "The organisation responsible for the personal data, e.g. the municipal board."
        ),
    )
    privacy_contact_email = models.EmailField(_("e-mail for personal data questions"), blank=True)

    base_form_class = SiteSettingsForm
    panels = [
        FieldPanel("urgent_notice"),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                PageChooserPanel("accessibility_statement_page", "home.ContentPage"),
                FieldPanel("accessibility_compliance"),
                FieldPanel("accessibility_contact_email"),
                FieldPanel("accessibility_contact_phone"),
                FieldPanel("accessibility_response_days"),
                FieldPanel("accessibility_test_method"),
                FieldPanel("accessibility_tested_on"),
                FieldPanel("accessibility_prepared_on"),
                FieldPanel("accessibility_reviewed_on"),
                FieldPanel("accessibility_supervisory_url"),
            ],
            heading=_("Accessibility statement"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("privacy_notice_page", "home.ContentPage"),
                FieldPanel("privacy_controller"),
                FieldPanel("privacy_contact_email"),
            ],
            heading=_("Privacy notice"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def load(cls, request_or_site=None):
        """The settings of the request's or site's municipality; without
        either, the default municipality's."""
        if request_or_site is None:
            return cls.for_site(Municipality.default().site)
        if isinstance(request_or_site, Site):
            return cls.for_site(request_or_site)
        return cls.for_request(request_or_site)

    def shows_accessibility_statement(self, page):
        """Whether `page` is the statement page or one of its translations."""
        return _is_or_translates(self.accessibility_statement_page, page)

    def shows_privacy_notice(self, page):
        """Whether `page` is the privacy notice page or one of its translations."""
        return _is_or_translates(self.privacy_notice_page, page)


def _is_or_translates(chosen, page):
    return chosen is not None and chosen.translation_key == page.translation_key
