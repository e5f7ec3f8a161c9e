from django import template
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale

from home.caching.content_version import CHROME_CACHE_SECONDS
from home.feedback.forms import PageFeedbackForm
from home.feedback.views import FEEDBACK_SESSION_KEY
from home.models import SiteSettings
from home.municipalities.trees import site_home_path
from home.navigation import navigation
from home.review_dates.models import has_review_dates
from home.review_dates.reviews import public_changes
from home.review_dates.reviews import review_dates as page_review_dates
from home.site_address import absolute_url
from home.translation.state import outdated_source_state

register = template.Library()


def _live_translations(page, request):
    """The page's live translations by language code."""
    if page is None or not getattr(page, "pk", None):
        return {}
    return navigation(request, page).translations


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """Every content language, named in itself: the page's own translation
    where one is published, otherwise that language's home page."""
    request = context["request"]
    translations = _live_translations(page, request)
    current = context.get("LANGUAGE_CODE")
    links = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        links.append(
            {
                "code": code,
                "name": name,
                "bidi": get_language_info(code)["bidi"],
                "url": translation.get_url(request) if translation else f"/{code}/",
                "has_page": code in translations,
                "is_current": code == current,
            }
        )
    return links


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context, page=None):
    """The page's addresses for search engines and link previews: canonical,
    og:url and the hreflang alternates of its live translations, all on the
    configured site address (home/site_address.py)."""
    request = context["request"]
    translations = _live_translations(page, request)
    alternates = [
        (code, translation.get_full_url(request)) for code, translation in translations.items()
    ]
    default = translations.get(settings.LANGUAGE_CODE)
    return {
        "canonical": page.get_canonical_url(request) if page is not None and page.pk else None,
        "alternates": alternates,
        "x_default": default.get_full_url(request) if default else None,
    }


@register.simple_tag(name="absolute_url")
def absolute_url_tag(path):
    """`path` on the configured site address, for links that leave the page
    (share images, e-mails)."""
    return absolute_url(path)


@register.simple_tag(takes_context=True)
def language_home_url(context):
    """The address of the site's home page in the reader's language."""
    return (
        "/{}/".format(context.get("LANGUAGE_CODE")) if site_home_path(context["request"]) else "/"
    )


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The current language's top-level pages that editors put in the menu,
    in the order of the page tree, while the language's home page is live."""
    return navigation(context["request"], context.get("page")).menu()


@register.inclusion_tag("components/urgent_notice.html", takes_context=True)
def urgent_notice(context):
    site_settings = SiteSettings.load(request_or_site=context.get("request"))
    notice = site_settings.urgent_notice
    if notice is not None:
        notice = notice.get_translation_or_none(Locale.get_active()) or notice
    return {"notice": notice}


@register.inclusion_tag("components/feedback_form.html", takes_context=True)
def feedback_form(context, page):
    request = context["request"]
    already_given = page.pk in request.session.get(FEEDBACK_SESSION_KEY, [])
    return {
        "page": page,
        "already_given": already_given,
        # The form is the same for every reader of the page in a language.
        "language": get_language(),
        "cache_seconds": CHROME_CACHE_SECONDS,
        # Built only where the cached form is rendered.
        "form": SimpleLazyObject(lambda: PageFeedbackForm(initial={"page": page.pk})),
        "request": request,
    }


@register.filter
def document_meta(document):
    """File type and size of a document, e.g. "PDF, 1.2 MB", in the reader's language."""
    size = document.get_file_size()
    kind = document.file_extension.upper()
    return f"{kind}, {filesizeformat(size)}" if size else kind


@register.inclusion_tag("components/outdated_translation.html", takes_context=True)
def outdated_translation_notice(context, page):
    """Tells readers of a translation that its Swedish source has changed since."""
    state = outdated_source_state(page) if page.live else None
    return {
        "state": state,
        "translated_at": page.last_published_at,
        "source_url": state.page.get_url(context["request"]) if state else None,
    }


@register.inclusion_tag("components/review_dates.html", takes_context=True)
def review_dates(context, page):
    """When the page was last reviewed, when it is next due, and its major
    changes, newest first. A preview also shows the change awaiting review, so
    its reviewer reads the note as readers will."""
    if not has_review_dates(page):
        return {}
    changes = [(change.published_at, change.note) for change in public_changes(page)]
    request = context.get("request")
    if getattr(request, "is_preview", False) and page.major_change and page.change_note:
        changes.insert(0, (timezone.now(), page.change_note))
    return {"dates": page_review_dates(page), "changes": changes}
