from django.core.cache import cache
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_http_methods

from wagtail.models import Locale

from campaigns import share_image
from campaigns.forecast_data import to_csv
from campaigns.forms import RumourReportForm
from campaigns.models import MythIndexPage, MythPage
from campaigns.notifications import notify_new_report
from home.ratelimit import hit_rate_limit

RUMOUR_REPORTS_PER_HOUR = 5
SHARE_IMAGE_CACHE_SECONDS = 7 * 24 * 3600


def myth_index_for_language():
    return MythIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()


@require_http_methods(["GET", "POST"])
def report_rumour(request):
    form = RumourReportForm(request.POST or None)
    if request.method == "POST":
        if form.is_spam():
            return HttpResponseRedirect(reverse("report_rumour_thanks"))
        if hit_rate_limit(request, "rumour-report", RUMOUR_REPORTS_PER_HOUR, 3600):
            return TemplateResponse(request, "campaigns/report_rate_limited.html", status=429)
        if form.is_valid():
            report = form.save(commit=False)
            report.site_language = translation.get_language()
            with transaction.atomic():  # the report and the communicators' notice, or neither
                report.save()
                notify_new_report(report)
            return HttpResponseRedirect(reverse("report_rumour_thanks"))
    return TemplateResponse(
        request,
        "campaigns/report_rumour.html",
        {"form": form, "myth_index": myth_index_for_language()},
        status=400 if form.errors else 200,
    )


def report_rumour_thanks(request):
    return TemplateResponse(
        request, "campaigns/report_thanks.html", {"myth_index": myth_index_for_language()}
    )


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


def forecast_csv_response(page):
    """The forecast's figures in the import format, for spreadsheets."""
    # A byte order mark makes spreadsheet programs read the file as UTF-8.
    response = HttpResponse("\ufeff" + to_csv(page.data()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.csv"'
    return response
