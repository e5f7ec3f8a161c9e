"""Admin report of myth pages whose facts are due to be checked again."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import page_permission_policy

from campaigns.models import MythPage
from home.spreadsheets import SpreadsheetSafeExportMixin


def myths_due_for_recheck():
    """Swedish source myth pages past their re-check date, most overdue first;
    translations follow their source through translation review."""
    return (
        MythPage.objects.filter(
            recheck_by__lte=timezone.localdate(), locale__language_code=settings.LANGUAGE_CODE
        )
        .select_related("locale")
        .order_by("recheck_by", "pk")
    )


class MythsDueForRecheckView(SpreadsheetSafeExportMixin, ReportView):
    page_title = _("Myths to re-check")
    header_icon = "calendar-alt"
    index_url_name = "myth_recheck_report"
    index_results_url_name = "myth_recheck_report_results"
    permission_policy = page_permission_policy
    permission_required = "change"
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("claim", label=_("Claim")),
        DateColumn("date_checked", label=_("Checked")),
        DateColumn("recheck_by", label=_("Re-check by")),
        Column("live", label=_("Live"), accessor=lambda page: _("yes") if page.live else _("no")),
    ]
    list_export = ["title", "claim", "date_checked", "recheck_by", "live"]

    def get_queryset(self):
        return myths_due_for_recheck()
