"""Myths as readers use them: the index page's filters and results, its
RSS and Atom feeds, and each myth's share image."""

from django.core.cache import cache
from django.http import Http404, HttpResponse

from wagtail.models import Locale

from campaigns.models import MythIndexPage, MythPage
from campaigns.myths import share_image
from campaigns.myths.feeds import MythAtomFeed, MythRssFeed
from campaigns.myths.forms import MythFilterForm
from home.models.pages import context_view, route_view

SHARE_IMAGE_CACHE_SECONDS = 7 * 24 * 3600


@context_view(MythIndexPage)
def myth_index(page, request):
    """The myths a reader filtered by topic, verdict and words, a page at a time."""
    form = MythFilterForm(request.GET, topics=page.topics_in_use())
    return {
        "filter_form": form,
        "myths": page.listing(request, form.filter(page.published_myths())),
        "feed_query": form.query_string(),
    }


@route_view(MythIndexPage, "rss")
def rss_feed(request, page):
    return MythRssFeed()(request, index_page=page)


@route_view(MythIndexPage, "atom")
def atom_feed(request, page):
    return MythAtomFeed()(request, index_page=page)


def myth_share_image(request, page_id):
    """The Open Graph image of a live myth page, in that page's language."""
    page = (
        MythPage.objects.live()
        .public()
        .filter(pk=page_id, locale=Locale.get_active())
        .select_related("locale")
        .first()
    )
    if page is None:
        raise Http404
    language = page.locale.language_code
    key = f"myth-share:{page.pk}:{language}:{page.last_published_at.timestamp()}"
    png = cache.get(key)
    if png is None:
        png = share_image.render(page.claim, page.verdict, language)
        cache.set(key, png, SHARE_IMAGE_CACHE_SECONDS)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response
