"""Easy-to-read Swedish (lättläst): a page's simpler Swedish version is a page
of its own, the child of the page it simplifies, so it is written, reviewed
and published like any other page (its parent's workflow: "Review" under a
story, "Fact check" under a myth) and has its own address (…/lattlast/).
The index lists every live one. Easy-to-read is Swedish only: neither page
type is created outside the Swedish tree nor translated (docs/architecture.md)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models.pages import BasePage, HomePage, IndexPage
from home.municipalities.trees import in_tree_of
from home.review_dates.models import ReviewDatesMixin

EASY_READ_SLUG = "lattlast"
# Swedish whatever the interface language, as the page they describe.
EASY_READ_SUMMARY = "Lättläst svenska: korta meningar och vanliga ord."
EASY_READ_AUDIENCE = "Läsare som behöver lättläst svenska"


def is_in_swedish_tree(page):
    return page.locale.language_code == settings.LANGUAGE_CODE


class SwedishOnlyMixin:
    """A page type that exists in the Swedish tree only. Translating a section
    with its subpages skips such a page: wagtail-localize passes over a page
    whose copy raises ValidationError, and the translation record it leaves
    is disabled ("simple" mode), so nothing offers to sync it."""

    localize_default_translation_mode = "simple"
    not_translated_because = _(
        "Easy-to-read Swedish is not translated. Translate the original page "
        "instead: readers of other languages read its translations."
    )

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and is_in_swedish_tree(parent)

    def copy_for_translation(self, locale, *args, **kwargs):
        raise ValidationError(_("Easy-to-read Swedish is not translated."))


class EasyReadPage(ReviewDatesMixin, SwedishOnlyMixin, BasePage):
    """The easy-to-read version of its parent page: a title, a short
    introduction and a body, in short sentences and common words."""

    # Nothing updates it when its original changes, so it is checked against
    # the original as often as the myths and campaigns it may simplify.
    review_interval_months = 6

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    subpage_types = []
    max_count_per_parent = 1

    template = "home/easy_read/easy_read_page.html"

    class Meta:
        verbose_name = _("easy-to-read version")
        verbose_name_plural = _("easy-to-read versions")

    @property
    def is_easy_to_read_version(self):
        return True

    @classmethod
    def can_create_at(cls, parent):
        # Under a page readers read, not under the root, a home or an index
        # page (those list other pages) nor under another easy-to-read version.
        parent = parent.specific
        return (
            super().can_create_at(parent)
            and not parent.is_root()
            and not isinstance(parent, (HomePage, IndexPage, EasyReadPage, EasyReadIndexPage))
        )

    def clean(self):
        # One address for every easy-to-read version, the original's address
        # followed by lattlast/, whatever the editor's slug field says: readers
        # and search engines can find one from the other.
        self.slug = EASY_READ_SLUG
        super().clean()

    def original(self):
        return self.get_parent().specific

    def structured_data(self, request, original):
        """schema.org for search engines: a Swedish page based on its original,
        in simplified language, for readers who need easy-to-read Swedish."""
        data = {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": settings.LANGUAGE_CODE,
            "accessibilitySummary": EASY_READ_SUMMARY,
            "audience": {"@type": "Audience", "audienceType": EASY_READ_AUDIENCE},
        }
        if original.live:
            data["isBasedOn"] = original.get_full_url(request)
        return data


class EasyReadIndexPage(SwedishOnlyMixin, IndexPage):
    """Every live easy-to-read version, linked from every page's footer."""

    max_count_per_parent = 1
    subpage_types = []
    show_listen_button = False

    template = "home/easy_read/easy_read_index_page.html"

    class Meta:
        verbose_name = _("easy-to-read index")

    def easy_read_pages(self):
        return (
            in_tree_of(EasyReadPage.objects.live().public(), self)
            .filter(locale_id=self.locale_id)
            .order_by("title")
        )


# The page types that exist in the Swedish tree only, left out of the
# translation status grid.
SWEDISH_ONLY_PAGE_TYPES = (EasyReadPage, EasyReadIndexPage)
