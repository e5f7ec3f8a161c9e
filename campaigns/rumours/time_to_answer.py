"""Time to answer a rumour report, from the times each report records
(campaigns/rumours/replies.py): received → answer live in Swedish → answer
live in the reporter's language.

Medians and 90th percentiles are computed here, in Python, from the stored
times, so SQLite and PostgreSQL give the same figures to the last digit. The
definition is PostgreSQL's `percentile_cont`: linear interpolation between
the two nearest ranks (the median of an even count is the mean of the middle
two). Dismissed reports wait for nothing and are left out."""

import math
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils import timezone

from campaigns.models import ReportStatus, RumourReport
from home.municipalities.models import visible_to

WAITING = Q(answer_live_in_reporter_language_at__isnull=True)


def percentile(values, fraction):
    """The `fraction` percentile (0.5 = the median) of `values`, interpolated
    like PostgreSQL's percentile_cont; None for no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * fraction
    lower, upper = ordered[math.floor(position)], ordered[math.ceil(position)]
    return lower + (upper - lower) * (position - math.floor(position))


def minutes_between(start, end):
    if start is None or end is None:
        return None
    return (end - start).total_seconds() / 60


@dataclass(frozen=True)
class Figures:
    """How long a group of reports took, in minutes."""

    received: int
    answered_in_swedish: int
    median_to_swedish: float | None
    p90_to_swedish: float | None
    answered_in_reporter_language: int
    median_to_reporter_language: float | None
    p90_to_reporter_language: float | None

    @classmethod
    def of(cls, reports):
        to_swedish = [
            minutes for report in reports if (minutes := minutes_to_swedish(report)) is not None
        ]
        to_language = [
            minutes
            for report in reports
            if (minutes := minutes_to_reporter_language(report)) is not None
        ]
        return cls(
            received=len(reports),
            answered_in_swedish=len(to_swedish),
            median_to_swedish=percentile(to_swedish, 0.5),
            p90_to_swedish=percentile(to_swedish, 0.9),
            answered_in_reporter_language=len(to_language),
            median_to_reporter_language=percentile(to_language, 0.5),
            p90_to_reporter_language=percentile(to_language, 0.9),
        )


def minutes_to_swedish(report):
    return minutes_between(report.created_at, report.answer_live_in_swedish_at)


def minutes_to_reporter_language(report):
    return minutes_between(report.created_at, report.answer_live_in_reporter_language_at)


def measured_reports(user=None):
    """The reports the figures measure: all but the dismissed ones; given a
    `user`, those sent to the municipalities they work for."""
    reports = RumourReport.objects.exclude(status=ReportStatus.DISMISSED)
    return reports if user is None else visible_to(reports, user)


def received_month(report):
    """The month the report was received ("2026-03"), in the site's time zone."""
    return timezone.localtime(report.created_at).strftime("%Y-%m")


def figures_by_month(user=None):
    """[(month, Figures)], newest month first."""
    return grouped_figures(received_month, newest_first=True, user=user)


def figures_by_language(user=None):
    """[(language code, Figures)] in the order of settings.LANGUAGES."""
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(
        grouped_figures(lambda report: report.reporter_language, user=user),
        key=lambda group: order.index(group[0]),
    )


def grouped_figures(key, newest_first=False, user=None):
    groups = {}
    fields = [
        "created_at",
        "site_language",
        "answer_live_in_swedish_at",
        "answer_live_in_reporter_language_at",
    ]
    for report in measured_reports(user).only(*fields).iterator():
        groups.setdefault(key(report), []).append(report)
    return [
        (group, Figures.of(reports))
        for group, reports in sorted(groups.items(), reverse=newest_first)
    ]


def reports_waiting_first(user=None):
    """Every measured report: those still waiting for the answer in their
    language first, oldest first; then the answered ones, newest first."""
    return (
        measured_reports(user)
        .annotate(
            answered=Case(
                When(WAITING, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .annotate(waiting_since=Case(When(WAITING, then=F("created_at"))))
        .select_related("answered_by")
        .order_by("answered", F("waiting_since").asc(nulls_last=True), "-created_at", "-pk")
    )


def oldest_waiting(user=None):
    """(how many reports wait, the oldest waiting report or None); given a
    `user`, of those sent to the municipalities they work for."""
    waiting = RumourReport.objects.waiting().order_by("created_at", "pk")
    if user is not None:
        waiting = visible_to(waiting, user)
    return waiting.count(), waiting.first()
