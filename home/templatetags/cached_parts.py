"""{% cached_part "name" %}…{% end_cached_part %}: a part of a page that is the
same for every reader (a story's article, without forms), rendered once per
page, language and content version (home/caching/content_version.py).

Django's {% cache %} would also store what a preview renders, under the live
page's key: readers would see a draft. A preview renders the part afresh and
stores nothing."""

from django import template
from django.core.cache import cache
from django.utils import translation

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version

register = template.Library()


class CachedPartNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        page = context.get("page")
        request = context.get("request")
        if page is None or not page.pk or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        key = f"samla:part:{self.name.resolve(context)}:{page.pk}:{translation.get_language()}:{content_version()}"
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, CHROME_CACHE_SECONDS)
        return html


@register.tag
def cached_part(parser, token):
    try:
        _tag, name = token.split_contents()
    except ValueError:
        raise template.TemplateSyntaxError("{% cached_part %} takes one name") from None
    nodelist = parser.parse(("end_cached_part",))
    parser.delete_first_token()
    return CachedPartNode(nodelist, parser.compile_filter(name))
