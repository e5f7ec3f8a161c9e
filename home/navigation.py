"""The pages the chrome of every public page links to, found together in one
query per request and page: the menu and the indexes the home page's sections
link to (the live children of the language's home page), the page's live
translations (the language switcher and the hreflang links), and the
easy-to-read version of a Swedish page and the easy-to-read index, which
lives in the Swedish tree. The chrome shows their titles and links, so their
specific types' own fields are not read."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page

from home.easy_read.models import EasyReadIndexPage, EasyReadPage
from home.models.page_queries import (
    all_pages,
    restricted_paths,
    specific_with_locale,
    under_restriction,
)
from home.municipalities.trees import HOME_DEPTH, site_home_path


@dataclass(frozen=True)
class Navigation:
    # The live, public children of the language's home page, in tree order:
    # the menu's pages and the indexes (IndexPage's parent is the home page).
    home_children: tuple[Page, ...]
    home_is_live: bool
    # The page's live translations, itself included, by language code.
    translations: dict[str, Page]
    easy_read_version: Page | None
    easy_read_index: Page | None

    def menu(self):
        """The pages editors put in the menu, while the home page is live."""
        if not self.home_is_live:
            return []
        return [page for page in self.home_children if page.show_in_menus]

    def index_of_type(self, page_class):
        """The live, public index of `page_class` in the language's tree, or None."""
        content_type = ContentType.objects.get_for_model(page_class)
        return next(
            (page for page in self.home_children if page.content_type_id == content_type.pk),
            None,
        )


def navigation(request, page=None):
    """The Navigation of the request's site in the active language, and of
    `page` (the page shown; None on a page that is not in the tree)."""
    found = request.__dict__.setdefault("_samla_navigation", {})
    key = getattr(page, "pk", None)
    if key not in found:
        found[key] = _navigation(request, page if key else None)
    return found[key]


def _navigation(request, page):
    home_url_path = site_home_path(request)
    swedish_home_path = site_home_path(request, settings.LANGUAGE_CODE)
    types = ContentType.objects.get_for_models(EasyReadIndexPage, EasyReadPage)
    index_type, version_type = types[EasyReadIndexPage], types[EasyReadPage]
    # Only a Swedish page with children, read in Swedish, can link an
    # easy-to-read version: one of its children.
    has_version = (
        page is not None
        and page.numchild
        and get_language() == settings.LANGUAGE_CODE
        and swedish_home_path
        and page.url_path.startswith(swedish_home_path)
    )
    wanted = Q(pk__in=[])
    if home_url_path:
        wanted |= Q(url_path=home_url_path)
        wanted |= Q(url_path__startswith=home_url_path, depth=HOME_DEPTH + 1)
    if swedish_home_path:
        wanted |= Q(content_type=index_type, url_path__startswith=swedish_home_path)
    if has_version:
        wanted |= Q(content_type=version_type, path__startswith=page.path, depth=page.depth + 1)
    if page is not None:
        wanted |= Q(translation_key=page.translation_key)
    pages = [
        specific_with_locale(found, deferred=True)
        for found in all_pages().live().filter(wanted).select_related("locale").order_by("path")
    ]
    # Language links lead to translations behind a login too; the other
    # links lead to public pages only (PageQuerySet.public(), from the cached paths).
    paths = restricted_paths()
    public = [found for found in pages if not under_restriction(found, paths)]
    translations = {}
    if page is not None:
        for found in pages:
            if found.translation_key == page.translation_key:
                translations[found.locale.language_code] = found
                if found.pk == page.pk:
                    # The outdated-translation notice reads the page's own locale.
                    page.locale = found.locale
    return Navigation(
        home_children=tuple(
            found
            for found in public
            if home_url_path
            and found.depth == HOME_DEPTH + 1
            and found.url_path.startswith(home_url_path)
        ),
        home_is_live=any(found.url_path == home_url_path for found in pages),
        translations=translations,
        easy_read_version=next(
            (
                found
                for found in public
                if has_version
                and found.content_type_id == version_type.pk
                and found.depth == page.depth + 1
                and found.path.startswith(page.path)
            ),
            None,
        ),
        easy_read_index=next(
            (
                found
                for found in public
                if swedish_home_path
                and found.content_type_id == index_type.pk
                and found.url_path.startswith(swedish_home_path)
            ),
            None,
        ),
    )
