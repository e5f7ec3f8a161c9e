"""What a content page shows besides its own fields: the accessibility
statement and the privacy notice on the pages chosen for them in the site
settings."""

from django import template
from django.core.cache import cache

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.models import SiteSettings
from home.privacy.registry import privacy_notice as registered_personal_data

register = template.Library()


def statement_page_keys():
    """The translation keys of every municipality's statement and notice
    pages, cached under the content version (saving settings changes it), so
    that other content pages cost no query for them."""
    cache_key = f"samla:statement-pages:{content_version()}"
    keys = cache.get(cache_key)
    if keys is None:
        keys = {
            key
            for pair in SiteSettings.objects.values_list(
                "accessibility_statement_page__translation_key",
                "privacy_notice_page__translation_key",
            )
            for key in pair
            if key is not None
        }
        cache.set(cache_key, keys, CHROME_CACHE_SECONDS)
    return keys


def _settings_if_shown(context, page):
    if page.translation_key not in statement_page_keys():
        return None
    return SiteSettings.load(request_or_site=context.get("request"))


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
