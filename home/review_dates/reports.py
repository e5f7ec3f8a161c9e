"""Admin report "Pages due for review" and its dashboard panel, for those who
set the review intervals (Communicators, Publishers, superusers)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from home.review_dates.models import ReviewInterval
from home.review_dates.reviews import may_confirm_review, pages_due_for_review
from home.spreadsheets import SpreadsheetSafeExportMixin

review_interval_policy = ModelPermissionPolicy(ReviewInterval)

DASHBOARD_PAGE_COUNT = 5


def overdue_text(page):
    days = page.review_dates.days_overdue
    if days is None:
        return _("never reviewed")
    return ngettext("%(days)d day", "%(days)d days", days) % {"days": days}


class ConfirmReviewColumn(Column):
    """A link to confirm the page still correct, for those who may."""

    cell_template_name = "home/review_dates/admin/confirm_review_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if may_confirm_review(parent_context["request"].user, instance.specific_deferred):
            context["confirm_url"] = (
                reverse("confirm_page_review", args=[instance.pk])
                + "?"
                + urlencode({"next": reverse("pages_due_for_review")})
            )
        return context


class PagesDueForReviewView(SpreadsheetSafeExportMixin, ReportView):
    """Live pages whose next review is today or past, in every language, most
    overdue first; a Publisher confirms one still correct from its row."""

    page_title = _("Pages due for review")
    header_icon = "calendar-alt"
    index_url_name = "pages_due_for_review"
    index_results_url_name = "pages_due_for_review_results"
    permission_policy = review_interval_policy
    permission_required = "view"
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        Column("language", label=_("Language"), accessor="locale.get_display_name"),
        Column("page_type", label=_("Page type"), accessor="page_type_name"),
        DateColumn("last_reviewed", label=_("Last reviewed")),
        DateColumn("next_review", label=_("Next review"), accessor="review_dates.next_review"),
        Column("overdue", label=_("Overdue by"), accessor=overdue_text),
        ConfirmReviewColumn("confirm", label=_("Review")),
    ]
    list_export = [
        "pk",
        "title",
        "language",
        "page_type_name",
        "last_reviewed",
        "next_review",
        "days_overdue",
    ]
    export_headings = {
        "pk": _("Page ID"),
        "title": _("Page"),
        "language": _("Language"),
        "page_type_name": _("Page type"),
        "last_reviewed": _("Last reviewed"),
        "next_review": _("Next review"),
        "days_overdue": _("Days overdue"),
    }

    def get_filename(self):
        return f"pages-due-for-review-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return pages_due_for_review()

    def decorate_paginated_queryset(self, object_list):
        for page in object_list:
            page.language = page.locale.language_code
            page.page_type_name = page.specific_class._meta.verbose_name
            page.next_review = page.review_dates.next_review
            page.days_overdue = page.review_dates.days_overdue
        return object_list


class DueForReviewPanel(Component):
    """On the dashboard: how many pages are due for review, and the most overdue."""

    name = "pages_due_for_review"
    order = 96
    template_name = "home/review_dates/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        due = pages_due_for_review()
        for page in due[:DASHBOARD_PAGE_COUNT]:
            page.due_text = (
                _("never reviewed")
                if page.review_dates.next_review is None
                else _("overdue by %(duration)s") % {"duration": overdue_text(page)}
            )
        return {
            "heading": _("Pages due for review"),
            "report_url": reverse("pages_due_for_review"),
            "count_text": ngettext(
                "%(count)d page is due for review.", "%(count)d pages are due for review.", len(due)
            )
            % {"count": len(due)},
            "most_overdue": due[:DASHBOARD_PAGE_COUNT],
        }
