"""Which municipality's pages a listing shows. Each municipality has a home
page per language directly under the root, so the first segment of a page's
`url_path` names its municipality and language: keeping a listing to one
tree is one `url_path__startswith` filter, and costs no query."""

from django.utils.translation import get_language

from wagtail.models import Page, Site


def home_path(page):
    """The url_path of the home page whose tree holds `page`."""
    return "/{}/".format(page.url_path.strip("/").split("/")[0])


def in_tree_of(pages, page):
    """`pages` kept to the municipality and language tree that holds `page`."""
    return pages.filter(url_path__startswith=home_path(page))


def site_home_path(request, language_code=None):
    """The url_path of the request's site's home page in `language_code`
    (the active language); None where the site has no such home page. Both
    the site and its root paths are cached by Wagtail."""
    site = Site.find_for_request(request)
    language_code = language_code or get_language()
    for root in Site.get_site_root_paths():
        if site is not None and root.site_id == site.pk and root.language_code == language_code:
            return root.root_path
    return None


def in_site(pages, request, language_code=None):
    """`pages` kept to the request's site, in its tree for `language_code`
    (the active language)."""
    path = site_home_path(request, language_code)
    return pages.none() if path is None else pages.filter(url_path__startswith=path)


def searchable_in_site(pages, request):
    """`pages` kept to the request's site in the active language, for the
    search backends, which filter on a page's id but not on its `url_path`:
    the tree is a subquery, not a query of its own."""
    path = site_home_path(request)
    if path is None:
        return pages.none()
    return pages.filter(pk__in=Page.objects.filter(url_path__startswith=path).values("pk"))
