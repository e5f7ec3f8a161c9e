"""Every municipality's site, with its root page and its site settings, in
one query per content version, from the cache every process shares.

Wagtail asks the database for the request's site on every request
(`Site.find_for_request`, a query whose CASE ordering costs a fifth of a warm
story page's time), for its settings in another, and for the sites again when
it builds the site root paths. The answers change only when a site or its
settings do, which renews the content version (home/caching/signals.py)."""

from django.core.cache import cache

from wagtail.models import Site

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.models.site_settings import SiteSettings


def cached_sites():
    """Every site, its root page and its settings (where it has them) read,
    in the order of Wagtail's site root paths (home/municipalities/trees.py)."""
    key = f"samla:sites:{content_version()}"
    sites = cache.get(key)
    if sites is None:
        settings_relations = [f"sitesettings__{name}" for name in SiteSettings.select_related]
        sites = list(
            Site.objects.select_related("root_page", *settings_relations).order_by(
                "-root_page__url_path", "-is_default_site", "hostname"
            )
        )
        cache.set(key, sites, CHROME_CACHE_SECONDS)
    return sites


def site_for_host(hostname, port):
    """Wagtail's `get_site_for_hostname()` over the cached sites: the site
    of `hostname` and `port`, else the one of `hostname` that is the default,
    else the one site of `hostname`, else the default site; None for none."""
    port = str(port)
    sites = cached_sites()
    named = [site for site in sites if site.hostname == hostname]
    default = next((site for site in sites if site.is_default_site), None)
    for site in named:
        if str(site.port) == port:
            return site
    if default is not None and default.hostname == hostname:
        return default
    if len(named) == 1:
        return named[0]
    return default


def attach_site(request, site):
    """Keep `site` and its settings on `request` where Wagtail looks for
    them (`Site.find_for_request`, `SiteSettings.for_request`)."""
    request._wagtail_site = site
    if site is None:
        return
    try:
        site_settings = site.sitesettings
    except SiteSettings.DoesNotExist:
        return  # Wagtail's for_request creates them when they are first asked for
    site_settings._request = request
    setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
