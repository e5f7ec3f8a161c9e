"""The pages the chrome of every public page links to, found together: the
menu and the indexes the home page's sections link to (the live children of
the language's home page), the page's live translations (the language
switcher and the hreflang links), and the easy-to-read version of a Swedish
page and the easy-to-read index, which lives in the Swedish tree. A page
served from its path has them read by the path's own query (home/serving.py:
`pages_on_path_q()`, `remember()`); any other page in one query per request
and page. The chrome shows their titles and links, so their specific types'
own fields are not read."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page

from home.caching.content_version import content_version
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
        read_with_path = request.__dict__.pop("_samla_path_navigation", None)
        if read_with_path and read_with_path[:2] == (key, content_version()):
            found[key] = read_with_path[2]
        else:
            found[key] = _navigation(request, page if key else None)
    return found[key]


@dataclass(frozen=True)
class _Wanted:
    """Where the chrome's pages are: the language's home page, the Swedish
    home page, and whether the page shown may have an easy-to-read version."""

    home_url_path: str | None
    swedish_home_path: str | None
    index_type: ContentType
    version_type: ContentType

    @classmethod
    def of(cls, request):
        types = ContentType.objects.get_for_models(EasyReadIndexPage, EasyReadPage)
        return cls(
            site_home_path(request),
            site_home_path(request, settings.LANGUAGE_CODE),
            types[EasyReadIndexPage],
            types[EasyReadPage],
        )

    def may_have_version(self, url_path):
        """Only a Swedish page read in Swedish can link an easy-to-read
        version: one of its children."""
        return bool(
            get_language() == settings.LANGUAGE_CODE
            and self.swedish_home_path
            and url_path.startswith(self.swedish_home_path)
        )

    def pages_of_any_page(self):
        wanted = Q(pk__in=[])
        if self.home_url_path:
            wanted |= Q(url_path=self.home_url_path)
            wanted |= Q(url_path__startswith=self.home_url_path, depth=HOME_DEPTH + 1)
        if self.swedish_home_path:
            wanted |= Q(content_type=self.index_type, url_path__startswith=self.swedish_home_path)
        return wanted


def _navigation(request, page):
    where = _Wanted.of(request)
    wanted = where.pages_of_any_page()
    if page is not None:
        wanted |= Q(translation_key=page.translation_key)
        if page.numchild and where.may_have_version(page.url_path):
            wanted |= Q(
                content_type=where.version_type,
                path__startswith=page.path,
                depth=page.depth + 1,
            )
    found = all_pages().live().filter(wanted).select_related("locale").order_by("path")
    return _built(where, page, found)


def pages_on_path_q(request, url_paths):
    """The pages the Navigation of the page at `url_paths[-1]` (home/serving.py's
    path, from the home page down) reads, as a condition on pages, for the
    query that reads the path; `remember()` keeps what it found."""
    where = _Wanted.of(request)
    page_url_path = url_paths[-1]
    wanted = where.pages_of_any_page() | Q(
        translation_key__in=Page.objects.filter(url_path=page_url_path).values("translation_key")
    )
    if where.may_have_version(page_url_path):
        wanted |= Q(
            content_type=where.version_type,
            url_path__startswith=page_url_path,
            depth=HOME_DEPTH + len(url_paths),
        )
    return wanted


def remember(request, page, found, version):
    """Keep the Navigation of `page` built from `found`, the pages read under
    the content version `version` by the condition pages_on_path_q() gave
    (and the path's); navigation() takes it while the content is unchanged."""
    live = sorted((each for each in found if each.live), key=lambda each: each.path)
    request._samla_path_navigation = (page.pk, version, _built(_Wanted.of(request), page, live))


def _built(where, page, found):
    """The Navigation from `found`, the live pages it may show, in tree order."""
    home_url_path = where.home_url_path
    has_version = page is not None and where.may_have_version(page.url_path)
    pages = [specific_with_locale(each, deferred=True) for each in found]
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
                and found.content_type_id == where.version_type.pk
                and found.depth == page.depth + 1
                and found.path.startswith(page.path)
            ),
            None,
        ),
        easy_read_index=next(
            (
                found
                for found in public
                if where.swedish_home_path
                and found.content_type_id == where.index_type.pk
                and found.url_path.startswith(where.swedish_home_path)
            ),
            None,
        ),
    )
