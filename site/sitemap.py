"""/sitemap.xml: Wagtail's sitemap of the request's site, in the same few
queries for ten pages as for thousands (issue 17)."""

from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

from home.models.pages import live_translations_of


class Sitemap(WagtailSitemap):
    """Wagtail would read the pages type by type (a query per page type) and
    each page would read its translations for its hreflang alternates
    (BasePage.get_sitemap_urls, a query per page). Here the pages are one
    query and their translations another."""

    def items(self):
        # An entry reads only Page's fields; the specific type is there for
        # its get_sitemap_urls (some types list nothing).
        return super().items().specific(defer=True)

    def _urls(self, page, protocol, domain):
        """Wagtail's (sitemap_generator.Sitemap._urls), each page given its
        live translations, read for all the pages at once."""
        pages = self.paginator.page(page).object_list
        translations = live_translations_of(pages)
        urls = []
        for item in pages:
            item.live_translations = translations[item.translation_key]
            urls.extend(item.get_sitemap_urls(self.request))
        # A Last-Modified header only where every entry has a date (as Wagtail).
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
