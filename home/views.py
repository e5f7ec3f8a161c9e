import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.shortcuts import render
from django.template import loader
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Locale, Page

from home.forms import PageFeedbackForm, SearchForm
from home.models import PageFeedback
from home.pagination import paginate
from home.ratelimit import hit_rate_limit
from home.stale_copies import stale_copy_response

logger = logging.getLogger(__name__)

SEARCH_RESULTS_PER_PAGE = 10
FEEDBACK_LIMIT_PER_HOUR = 30
FEEDBACK_SESSION_KEY = "feedback_given"


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    results = None
    search_failed = False
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        try:
            results = paginate(request, pages.search(query), SEARCH_RESULTS_PER_PAGE)
            results.object_list = list(results.object_list)
        except Exception:  # whatever the search backend raises, the page still answers
            logger.exception("Search failed for a query of %d characters", len(query))
            results = None
            search_failed = True
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "form": form,
            "query": query,
            "results": results,
            "query_too_long": form.errors.get("q"),
            "search_failed": search_failed,
        },
        status=503 if search_failed else 200,
    )


@require_POST
def page_feedback(request):
    form = PageFeedbackForm(request.POST)
    page = None
    if form.is_valid():
        page = Page.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
    if page is None:
        return HttpResponseBadRequest(_("We could not save your answer. Please try again."))

    redirect_to = page.get_url(request) or "/"
    given = request.session.get(FEEDBACK_SESSION_KEY, [])
    if form.cleaned_data["website"] or page.pk in given:
        return HttpResponseRedirect(redirect_to + "#feedback")
    if hit_rate_limit(request, "feedback", FEEDBACK_LIMIT_PER_HOUR, 3600):
        return TemplateResponse(request, "home/rate_limited.html", status=429)

    PageFeedback.objects.create(
        page=page,
        locale_id=page.locale_id,
        helpful=form.cleaned_data["helpful"],
        comment=form.cleaned_data["comment"].strip(),
    )
    request.session[FEEDBACK_SESSION_KEY] = [*given, page.pk][-200:]
    if not url_has_allowed_host_and_scheme(redirect_to, allowed_hosts={request.get_host()}):
        redirect_to = "/"
    return HttpResponseRedirect(redirect_to + "#feedback")


def _translations_of_missing_path(request):
    """Live pages at the same place in other languages' trees, for a 404 in one."""
    parts = request.path.strip("/").split("/", 1)
    rest = parts[1] + "/" if len(parts) == 2 else ""
    if not rest:
        return []
    homes = Page.objects.filter(depth=2).only("url_path", "locale_id")
    candidates = [home.url_path + rest for home in homes]
    return list(
        Page.objects.live().public().filter(url_path__in=candidates).select_related("locale")
    )


def page_not_found(request, exception=None):
    return render(
        request,
        "404.html",
        {"other_languages": _translations_of_missing_path(request)},
        status=404,
    )


def server_error(request):
    # Rendered without context processors or page tags: the database may be what failed.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return stale_copy_response(request) or service_unavailable(request)
    return HttpResponseServerError(loader.get_template("500.html").render())


def service_unavailable(request):
    """The database cannot be reached: say so, and when to come back."""
    content = loader.render_to_string("503.html", {"was_sending": request.method == "POST"})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


def csrf_failure(request, reason=""):
    """A form sent with a missing or expired security token (CSRF_FAILURE_VIEW)."""
    return HttpResponseForbidden(loader.render_to_string("403_csrf.html", request=request))
