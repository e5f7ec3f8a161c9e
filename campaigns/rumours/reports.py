"""Admin report "Time to answer rumours" and its dashboard panel, for
everyone who sees the rumour inbox (campaigns.view_rumourreport)."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from campaigns.models import RumourReport
from campaigns.rumours.time_to_answer import (
    WAITING,
    figures_by_language,
    figures_by_month,
    minutes_between,
    minutes_to_reporter_language,
    minutes_to_swedish,
    oldest_waiting,
    reports_waiting_first,
)
from home.spreadsheets import SpreadsheetSafeExportMixin

rumour_report_policy = ModelPermissionPolicy(RumourReport)


def duration_text(minutes):
    """The duration as "3 hours, 20 minutes" in the admin's language; "–" when not measured."""
    if minutes is None:
        return "–"
    now = timezone.now()
    return timesince(now - timedelta(minutes=round(minutes)), now, depth=2)


def rounded(minutes):
    return None if minutes is None else round(minutes, 1)


def waiting_or_answered_in(report):
    """How long the report has waited, or how long its answer took."""
    if report.answer_live_in_reporter_language_at is None:
        return _("waiting for %(duration)s") % {
            "duration": duration_text(minutes_between(report.created_at, timezone.now()))
        }
    return duration_text(minutes_to_reporter_language(report))


class TimeToAnswerFilterSet(WagtailFilterSet):
    waiting = django_filters.ChoiceFilter(
        label=_("Answer in the reporter's language"),
        choices=[("waiting", _("Waiting")), ("live", _("Live"))],
        method="filter_waiting",
    )
    site_language = django_filters.ChoiceFilter(
        label=_("Reporter's language"), choices=settings.LANGUAGES
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Received"), widget=django_filters.widgets.RangeWidget(attrs={"type": "date"})
    )

    class Meta:
        model = RumourReport
        fields = ["waiting", "site_language", "created_at"]

    def filter_waiting(self, queryset, name, value):
        return queryset.filter(WAITING) if value == "waiting" else queryset.exclude(WAITING)


class TimeToAnswerReportView(SpreadsheetSafeExportMixin, ReportView):
    """Median and 90th percentile per month and per language, then every
    report: those waiting first, oldest first, with their age; CSV and XLSX
    give each report's times and minutes (docs/myths.md, "Time to answer")."""

    page_title = _("Time to answer rumours")
    header_icon = "time"
    template_name = "campaigns/rumours/admin/time_to_answer_report.html"
    index_url_name = "time_to_answer_report"
    index_results_url_name = "time_to_answer_report_results"
    filterset_class = TimeToAnswerFilterSet
    permission_policy = rumour_report_policy
    permission_required = "view"
    columns = [
        DateColumn("created_at", label=_("Received")),
        TitleColumn("text", label=_("Rumour"), url_name="rumour_reports:edit"),
        Column("site_language", label=_("Language"), accessor="get_site_language_display"),
        Column("answered_by", label=_("Answered by"), accessor="answer_title"),
        DateColumn("answer_live_in_swedish_at", label=_("Answer live in Swedish")),
        DateColumn("answer_live_in_reporter_language_at", label=_("Answer live in their language")),
        Column("age", label=_("Time to answer"), accessor=waiting_or_answered_in),
    ]
    list_export = [
        "pk",
        "created_at",
        "site_language",
        "text",
        "answer_title",
        "answer_live_in_swedish_at",
        "answer_live_in_reporter_language_at",
        "minutes_to_swedish",
        "minutes_to_reporter_language",
        "minutes_waiting",
        "replied_at",
        "reply_answer_language",
    ]
    export_headings = {
        "pk": _("Report"),
        "created_at": _("Received"),
        "site_language": _("Reporter's language"),
        "text": _("Rumour"),
        "answer_title": _("Answered by"),
        "answer_live_in_swedish_at": _("Answer live in Swedish"),
        "answer_live_in_reporter_language_at": _("Answer live in their language"),
        "minutes_to_swedish": _("Minutes to Swedish"),
        "minutes_to_reporter_language": _("Minutes to their language"),
        "minutes_waiting": _("Minutes waiting"),
        "replied_at": _("Reply e-mailed"),
        "reply_answer_language": _("Reply linked to language"),
    }

    def get_filename(self):
        return f"time-to-answer-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return reports_waiting_first(self.request.user)

    def decorate_paginated_queryset(self, object_list):
        now = timezone.now()
        for report in object_list:
            report.answer_title = report.answered_by.title if report.answered_by else ""
            report.minutes_to_swedish = rounded(minutes_to_swedish(report))
            report.minutes_to_reporter_language = rounded(minutes_to_reporter_language(report))
            waiting = report.answer_live_in_reporter_language_at is None
            report.minutes_waiting = (
                rounded(minutes_between(report.created_at, now)) if waiting else None
            )
        return object_list

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not self.results_only:
            language_names = dict(settings.LANGUAGES)
            context["figure_tables"] = [
                (
                    _("By month received"),
                    _("Month"),
                    figure_rows(figures_by_month(self.request.user)),
                ),
                (
                    _("By the reporter's language"),
                    _("Language"),
                    figure_rows(figures_by_language(self.request.user), language_names.get),
                ),
            ]
        return context


def figure_rows(groups, label=str):
    """Table rows of (label, cells) from [(group, Figures)]."""
    return [
        (
            label(group),
            [
                figures.received,
                figures.answered_in_swedish,
                duration_text(figures.median_to_swedish),
                duration_text(figures.p90_to_swedish),
                figures.answered_in_reporter_language,
                duration_text(figures.median_to_reporter_language),
                duration_text(figures.p90_to_reporter_language),
            ],
        )
        for group, figures in groups
    ]


class WaitingReportsPanel(Component):
    """On the dashboard of everyone who sees the inbox: how many reports wait
    for their answer and for how long the oldest has waited."""

    name = "waiting_rumour_reports"
    order = 95
    template_name = "campaigns/rumours/admin/waiting_reports_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        count, oldest = oldest_waiting(self.request.user)
        context = {
            "heading": _("Rumours waiting for an answer"),
            "report_url": reverse("time_to_answer_report") + "?waiting=waiting",
            "count_text": ngettext(
                "%(count)d report waits for the answer in its language.",
                "%(count)d reports wait for the answer in their language.",
                count,
            )
            % {"count": count},
        }
        if oldest is not None:
            context["oldest_text"] = _("The oldest has waited %(duration)s.") % {
                "duration": timesince(oldest.created_at, depth=2)
            }
        return context
