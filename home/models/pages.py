from collections import defaultdict

from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import BaseStreamBlock
from home.editorial.permissions import ReviewedPagePermissionTester
from home.models.page_queries import (
    PageManager,
    all_pages,
    pages_on_path,
    route_along,
    specific_with_locale,
    under_restriction,
    view_restrictions_of,
)
from home.municipalities.trees import public_root_url
from home.page_form import BasePageForm
from home.pagination import paginate
from home.readability.panels import ReadabilityPanel
from home.review_dates.models import ReviewDatesMixin

# What a page type shows besides its own fields (an index page's filter form)
# and what its routes answer (feeds, downloads) are views. The domain's views
# module registers them here and its app's ready() imports that module, so
# that models import no views, forms or feeds
# (tests/site/test_import_directions.py).
_context_views = {}
_route_views = {}

# Search engines show about this many characters of a description.
META_DESCRIPTION_LENGTH = 160

# What a translation does with Page's own fields, for the page types that
# name their translatable fields (wagtail-localize derives them for the rest).
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


def context_view(page_type):
    """Registers view(page, request) -> dict for the template context of `page_type`."""

    def register(view):
        _context_views[page_type] = view
        return view

    return register


def route_view(page_type, route_name):
    """Registers view(request, page) -> response for a route of `page_type`."""

    def register(view):
        _route_views[page_type, route_name] = view
        return view

    return register


class BasePage(Page):
    """What every public page shares. base.html renders the feedback prompt,
    the "Listen" button, hreflang alternates and the outdated-translation
    notice for it."""

    show_feedback = True
    show_listen_button = True
    base_form_class = BasePageForm
    # The fields whose text describes the page when the editor wrote no
    # search description, first filled one first (meta_description).
    summary_fields = ("summary", "intro")

    def get_url_parts(self, request=None):
        """Wagtail's parts with the site's public address as the root (the
        configured SAMLA_SITE_URL for the default site), so every full URL
        Wagtail builds uses it."""
        url_parts = super().get_url_parts(request)
        if url_parts is None or url_parts[1] is None:
            return url_parts
        site_id, root_url, page_path = url_parts
        return site_id, public_root_url(site_id, root_url), page_path

    def free_child_slug(self, slug):
        """`slug`, or the first of slug-2, slug-3… that no child of this page has."""
        taken = set(self.get_children().values_list("slug", flat=True))
        candidate, number = slug, 2
        while candidate in taken:
            candidate, number = f"{slug}-{number}", number + 1
        return candidate

    def get_canonical_url(self, request=None):
        """The address search engines should index for this page's content:
        its own, unless it is a copy of a page elsewhere."""
        return self.get_full_url(request)

    @property
    def meta_description(self):
        """What search engines and link previews show: the editor's search
        description, else the page's summary or introduction (plain-text
        fields: what the editor typed is kept as text, a "<" included), of
        at most META_DESCRIPTION_LENGTH characters, cut at a word."""
        fields = [
            self.search_description,
            *(getattr(self, name, "") for name in self.summary_fields),
        ]
        texts = (" ".join(str(field or "").split()) for field in fields)
        text = next((text for text in texts if text), "")
        if len(text) <= META_DESCRIPTION_LENGTH:
            return text
        shortened = text[: META_DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0]
        return shortened.rstrip(",;:–-") + "…"

    objects = PageManager()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        view = _context_views.get(type(self))
        if view is not None:
            context.update(view(self, request))
        return context

    def route_response(self, route_name, request):
        """The response of the view registered for this page type's route."""
        return _route_views[type(self), route_name](request, self)

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)

    def get_view_restrictions(self):
        """Wagtail asks before serving the page. Most pages have none: the
        cached paths of the restricted pages tell without a query. An alias
        has its original's."""
        if self.alias_of_id is None and not under_restriction(self):
            return PageViewRestriction.objects.none()
        return view_restrictions_of(self)

    @property
    def is_easy_to_read_version(self):
        """Whether this page is the easy-to-read (lättläst) version of another
        (home.EasyReadPage); the readability panel warns the editor of one
        whose text is above the easy band before submitting."""
        return False

    @cached_classmethod
    def get_edit_handler(cls):
        """Wagtail's tabs for this page type, the content tab opening with the
        readability panel, so every page type has it without listing it."""
        edit_handler = Page.get_edit_handler.fn(cls)
        content_tab = edit_handler.children[0]
        content_tab.children.insert(
            0, ReadabilityPanel(heading=_("Readability")).bind_to_model(cls)
        )
        if issubclass(cls, ReviewDatesMixin):
            change_panel = MultiFieldPanel(cls.change_panels, heading=_("Change for readers"))
            content_tab.children.append(change_panel.bind_to_model(cls))
        return edit_handler

    def clean(self):
        super().clean()
        # A title is one line. A line break (only a hand-made request sends
        # one) would reach the subject of the review and subscription
        # e-mails, which Django then refuses to send.
        self.title = " ".join(self.title.split())
        self.seo_title = " ".join(self.seo_title.split())

    class Meta:
        abstract = True

    @cached_property
    def live_translations(self):
        """This page's live, public translations, itself included (see
        live_translations_of()). The sitemap gives each of its pages these,
        read for all of them at once (site/sitemap.py)."""
        return live_translations_of(Page.objects.filter(pk=self.pk))[self.translation_key]

    def get_sitemap_urls(self, request=None):
        """hreflang alternates for every live translation. The sitemap walks
        only the default site's (Swedish) tree, so a Swedish page also lists
        its translations; a page elsewhere lists just itself."""
        translations = self.live_translations
        urls = {page.locale.language_code: page.get_full_url(request) for page in translations}
        alternates = [{"lang_code": code, "location": url} for code, url in urls.items()]
        if settings.LANGUAGE_CODE in urls:
            alternates.append({"lang_code": "x-default", "location": urls[settings.LANGUAGE_CODE]})
        listed = [page for page in translations if page.pk == self.pk]
        if listed and listed[0].locale.language_code == settings.LANGUAGE_CODE:
            listed = translations
        return [
            {
                "location": urls[page.locale.language_code],
                "lastmod": page.last_published_at or page.latest_revision_created_at,
                "alternates": alternates,
            }
            for page in listed
        ]


def live_translations_of(pages):
    """{translation key: [page]}: the live, public pages that share a
    translation key with one of `pages` (a queryset), those of `pages` that
    are live and public included, in tree order, one query for any number of
    pages. Each is its specific type with its locale, without its own fields:
    a sitemap entry reads its address (BasePage.get_url_parts), language and
    dates."""
    translations = defaultdict(list)
    found = (
        all_pages()
        .live()
        .public()
        .filter(translation_key__in=pages.values("translation_key"))
        .select_related("locale")
        .order_by("path")
    )
    for page in found:
        translations[page.translation_key].append(specific_with_locale(page, deferred=True))
    return translations


class IndexPage(ReviewDatesMixin, BasePage):
    """One language's list of one page type, directly below its home page:
    an introduction, then the live pages below it, a page of them at a time.
    What the list shows (filters, cards) is its domain's context view. Its
    introduction is reviewed like any page's text (review dates)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    items_per_page = 12

    class Meta:
        abstract = True

    def listing(self, request, pages, count=None):
        """The page of `pages` the request asks for, `items_per_page` long
        (`count`: their number, where the caller has counted them)."""
        return paginate(request, pages, self.items_per_page, count)


class FeedRoutesMixin(RoutablePageMixin):
    """An index page's RSS and Atom feeds at rss/ and atom/, answered by the
    feeds its domain registers with `route_view(PageType, "rss")` and "atom"."""

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return self.route_response("rss", request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return self.route_response("atom", request)


class HomePage(ReviewDatesMixin, BasePage):
    # The first page readers see: its introduction says what the situation is.
    review_interval_months = 6

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    show_feedback = False
    show_listen_button = False

    def route(self, request, path_components):
        """The page a path below this language's home names, found in one
        query (Wagtail asks each level for its children, two queries a
        level)."""
        if path_components:
            below = pages_on_path(self.url_path, path_components)[1:]
            found = route_along([self, *below], request, path_components)
            if found is not None:
                return found
        return super().route(request, path_components)

    class Meta:
        verbose_name = _("home page")


class ContentPage(ReviewDatesMixin, BasePage):
    """About, contact, accessibility statement, privacy notice and the like."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
