"""Admin report of readers' page feedback, with CSV and XLSX download."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from home.models import PageFeedback
from home.municipalities.trees import in_trees_worked_for_by
from home.spreadsheets import SpreadsheetSafeExportMixin


class PageFeedbackFilterSet(WagtailFilterSet):
    helpful = django_filters.BooleanFilter(label=_("Helpful"))
    locale = django_filters.ModelChoiceFilter(label=_("Language"), queryset=Locale.objects.all())
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=django_filters.widgets.RangeWidget(attrs={"type": "date"})
    )

    class Meta:
        model = PageFeedback
        fields = ["helpful", "locale", "created_at"]


class PageFeedbackReportView(SpreadsheetSafeExportMixin, ReportView):
    page_title = _("Page feedback")
    header_icon = "help"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    filterset_class = PageFeedbackFilterSet
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    columns = [
        Column("page", label=_("Page"), accessor="page.title"),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        BooleanColumn("helpful", label=_("Helpful")),
        Column("comment", label=_("Comment")),
        DateColumn("created_at", label=_("Date")),
    ]
    list_export = [
        "page.title",
        "page.url_path",
        "locale.language_code",
        "helpful",
        "comment",
        "created_at",
    ]
    export_headings = {
        "page.title": _("Page"),
        "page.url_path": _("Path"),
        "locale.language_code": _("Language"),
        "helpful": _("Helpful"),
        "comment": _("Comment"),
        "created_at": _("Date"),
    }

    def get_queryset(self):
        # Readers' feedback on a municipality's pages reaches those who work for it.
        feedback = in_trees_worked_for_by("page", PageFeedback.objects.all(), self.request.user)
        return feedback.select_related("page", "locale")
