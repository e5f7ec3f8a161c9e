"""The admin inbox of rumour reports."""

from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from campaigns.models import RumourReport
from home.spreadsheets import SpreadsheetSafeExportMixin


def answered_by_link(report):
    page = report.answered_by
    if page is None:
        return ""
    return format_html('<a href="{}">{}</a>', page.url or "#", page.title)


class RumourReportIndexView(SpreadsheetSafeExportMixin, IndexView):
    """Readers write the reports: their text never becomes a spreadsheet formula."""


class RumourReportViewSet(ModelViewSet):
    model = RumourReport
    index_view_class = RumourReportIndexView
    icon = "warning"
    menu_label = _("Rumour reports")
    url_prefix = "rumour-reports"
    add_to_admin_menu = True
    menu_order = 250
    list_display = [
        TitleColumn("text", label=_("Rumour"), url_name="rumour_reports:edit"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("language", label=_("Language"), accessor="get_language_display"),
        Column("heard_where", label=_("Heard"), accessor="get_heard_where_display"),
        Column("answered_by", label=_("Answered by"), accessor=answered_by_link),
        DateColumn("created_at", label=_("Received")),
    ]
    list_filter = ["status", "language", "heard_where", "created_at"]
    list_export = ["text", "status", "language", "heard_where", "created_at", "answered_by"]
    search_fields = ["text"]
    ordering = ["-created_at"]

    def get_queryset(self, request):
        return RumourReport.objects.select_related("answered_by")


rumour_report_viewset = RumourReportViewSet("rumour_reports")
