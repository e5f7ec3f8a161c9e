"""Entry points by situation ("I am seeking asylum", "I have fled from
Ukraine", "I live here and wonder about the reception"): a page under each
home page that Communicators curate from the stories, myths, forecasts,
campaigns and people that concern readers in that situation.

Situations live in campaigns because they choose campaign pages and stories;
home shows them through `campaigns_tags.situation_list`, composed by the home
page template, so home never imports this module (docs/architecture.md)."""

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from campaigns.campaigns.models import CampaignPage
from campaigns.example_content import ExampleContentMixin
from campaigns.forecasts.models import ForecastPage
from campaigns.myths.models import MythPage
from home.models import BasePage, Person
from home.models.pages import PAGE_TRANSLATABLE_FIELDS
from home.page_form import OwnLanguageChoicesPageForm
from home.review_dates.models import ReviewDatesMixin
from home.translation.lookup import in_locale
from stories.models import StoryPage

# The kinds of page a situation gathers, in the order the page shows them.
CHOSEN_PAGE_TYPES = [StoryPage, MythPage, ForecastPage, CampaignPage]


class SituationPageForm(OwnLanguageChoicesPageForm):
    own_language_fields = ("contacts",)


class SituationPage(ReviewDatesMixin, ExampleContentMixin, BasePage):
    """One situation a reader may be in, and what concerns them in it."""

    template = "campaigns/situations/situation_page.html"
    # As often as the myths and campaigns it gathers: which pages and people
    # concern readers in a situation changes with them.
    review_interval_months = 6

    intro = models.TextField(
        _("introduction"),
        max_length=800,
        help_text=_("Speak to the reader in this situation: what this page gathers for them."),
    )
    contacts = ParentalManyToManyField(
        Person, verbose_name=_("contact persons"), blank=True, related_name="+"
    )

    base_form_class = SituationPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "chosen_pages",
            heading=_("Stories, myths, forecasts and campaigns"),
            label=_("Page"),
            help_text=_(
                "Readers see each page in their language once its translation is live, "
                "else the Swedish page; a page that is not live is not shown."
            ),
        ),
        FieldPanel("contacts", widget=forms.CheckboxSelectMultiple),
    ]
    settings_panels = [*Page.settings_panels, *ExampleContentMixin.settings_panels]
    search_fields = [*Page.search_fields, index.SearchField("intro", boost=2)]

    # The chosen pages and people are the same in every language: a
    # translation keeps the source's choices and shows each in its own
    # language by translation key.
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        *ReviewDatesMixin.change_translatable_fields,
        TranslatableField("intro"),
        SynchronizedField("chosen_pages"),
        SynchronizedField("contacts"),
        SynchronizedField("is_example_content"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("situation page")

    def chosen_in_language(self):
        """[(model name, [(page, fallback language code or "")])]: the chosen
        pages that are live and public, each as its live translation in this
        page's language, else as the live Swedish page (with "sv", so the
        template marks its language), in the order of CHOSEN_PAGE_TYPES and
        then the editor's order. One query for the pages, one per page type."""
        keys = list(self.chosen_pages.values_list("linked_page__translation_key", flat=True))
        candidates = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .filter(Q(locale_id=self.locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
            .specific()
        )
        found = {}
        for page in candidates:
            if page.locale_id == self.locale_id or page.translation_key not in found:
                found[page.translation_key] = page
        shown = [found[key] for key in dict.fromkeys(keys) if key in found]
        return [
            (
                page_type._meta.model_name,
                [
                    (page, "" if page.locale_id == self.locale_id else settings.LANGUAGE_CODE)
                    for page in shown
                    if type(page) is page_type
                ],
            )
            for page_type in CHOSEN_PAGE_TYPES
        ]

    def contact_people(self):
        """The chosen people, each with their role in this page's language where
        it is translated, else with the Swedish one (marked by its locale)."""
        return in_locale(self.contacts.all(), self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            chosen=[(kind, pages) for kind, pages in self.chosen_in_language() if pages],
            contacts=self.contact_people(),
        )
        return context


class SituationChosenPage(Orderable):
    page = ParentalKey(SituationPage, on_delete=models.CASCADE, related_name="chosen_pages")
    linked_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel(
            "linked_page",
            [f"{model._meta.app_label}.{model.__name__}" for model in CHOSEN_PAGE_TYPES],
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("chosen page")
        verbose_name_plural = _("chosen pages")
