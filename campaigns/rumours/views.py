"""Reporting a rumour: the form, its answer and the thanks page."""

from django.db import transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_http_methods

from campaigns.models import MythIndexPage
from campaigns.rumours.forms import RumourReportForm
from campaigns.rumours.notifications import notify_new_report
from home.municipalities.models import municipality_of_request
from home.navigation import navigation
from home.security.origin import origin_checked
from home.security.ratelimit import rate_limited

RUMOUR_REPORTS_PER_HOUR = 5


def myth_index_for_language(request):
    return navigation(request).index_of_type(MythIndexPage)


@origin_checked
@require_http_methods(["GET", "POST"])
def report_rumour(request):
    form = RumourReportForm(request.POST or None)
    if request.method == "POST":
        if form.is_spam():
            return HttpResponseRedirect(reverse("report_rumour_thanks"))
        if refusal := rate_limited(
            request,
            "rumour-report",
            RUMOUR_REPORTS_PER_HOUR,
            template_name="campaigns/rumours/report_rate_limited.html",
        ):
            return refusal
        if form.is_valid():
            report = form.save(commit=False)
            report.site_language = translation.get_language()
            report.municipality = municipality_of_request(request)
            with transaction.atomic():  # the report and the communicators' notice, or neither
                report.save()
                notify_new_report(report)
            return HttpResponseRedirect(reverse("report_rumour_thanks"))
    return TemplateResponse(
        request,
        "campaigns/rumours/report_rumour.html",
        {"form": form, "myth_index": myth_index_for_language(request)},
        status=400 if form.errors else 200,
    )


def report_rumour_thanks(request):
    return TemplateResponse(
        request,
        "campaigns/rumours/report_thanks.html",
        {"myth_index": myth_index_for_language(request)},
    )
