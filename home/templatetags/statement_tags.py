"""What a content page shows besides its own fields: the accessibility
statement and the privacy notice on the pages chosen for them in the site
settings."""

from django import template
from django.core.cache import cache

from wagtail.models import Site

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.models import SiteSettings
from home.privacy.registry import privacy_notice as registered_personal_data

register = template.Library()


def statement_page_keys(request):
    """The translation keys of the request's municipality's statement and
    notice pages, cached under the content version (saving settings changes
    it), so that other content pages cost no query for them. Read from the
    site settings that the page's urgent notice loads when it is not cached
    either."""
    site = Site.find_for_request(request)
    if site is None:
        return set()
    cache_key = f"samla:statement-pages:{site.pk}:{content_version()}"
    keys = cache.get(cache_key)
    if keys is None:
        settings = SiteSettings.load(request_or_site=request)
        keys = {
            page.translation_key
            for page in (settings.accessibility_statement_page, settings.privacy_notice_page)
            if page is not None
        }
        cache.set(cache_key, keys, CHROME_CACHE_SECONDS)
    return keys


def _settings_if_shown(context, page):
    request = context.get("request")
    if page.translation_key not in statement_page_keys(request):
        return None
    return SiteSettings.load(request_or_site=request)


@register.simple_tag(takes_context=True)
def accessibility_statement(context, page):
    """The site settings that fill the statement when `page` is the statement
    page (in any language), else None."""
    settings = _settings_if_shown(context, page)
    return settings if settings and settings.shows_accessibility_statement(page) else None


@register.simple_tag(takes_context=True)
def privacy_notice(context, page):
    """The site settings and every kind of personal data, from the registry
    the erasure job uses, when `page` is the privacy notice page, else None."""
    settings = _settings_if_shown(context, page)
    if not (settings and settings.shows_privacy_notice(page)):
        return None
    return {"settings": settings, "kinds": registered_personal_data()}
