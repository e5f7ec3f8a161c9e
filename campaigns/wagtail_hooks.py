from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.admin_views import forecast_import
from campaigns.models import MythTopic, RumourReport
from campaigns.reports import MythsDueForRecheckView, myths_due_for_recheck
from home.spreadsheets import SpreadsheetSafeExportMixin

DASHBOARD_MYTH_COUNT = 5


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


class MythTopicViewSet(SnippetViewSet):
    model = MythTopic
    icon = "tag"
    list_display = ["name", "locale"]
    list_filter = ["locale"]


rumour_report_viewset = RumourReportViewSet("rumour_reports")
register_snippet(MythTopicViewSet)


@hooks.register("register_admin_viewset")
def register_rumour_report_viewset():
    return rumour_report_viewset


@hooks.register("register_admin_urls")
def register_campaign_admin_urls():
    view = MythsDueForRecheckView
    return [
        path("forecasts/<int:page_id>/import/", forecast_import, name="forecast_import"),
        path("reports/myths-to-recheck/", view.as_view(), name="myth_recheck_report"),
        path(
            "reports/myths-to-recheck/results/",
            view.as_view(results_only=True),
            name="myth_recheck_report_results",
        ),
    ]


class PagePermissionMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_recheck_report_menu_item():
    return PagePermissionMenuItem(
        _("Myths to re-check"), reverse("myth_recheck_report"), icon_name="calendar-alt"
    )


class FactCheckPanel(Component):
    """New rumour reports and myths past their re-check date, on the dashboard."""

    name = "fact_check"
    order = 90
    template_name = "campaigns/admin/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        context = {"heading": _("Fact check")}
        if user.has_perm("campaigns.view_rumourreport"):
            count = RumourReport.objects.new().count()
            context["reports_text"] = ngettext(
                "%(count)d new rumour report", "%(count)d new rumour reports", count
            ) % {"count": count}
            context["inbox_url"] = reverse("rumour_reports:index") + "?status=new"
        if page_permission_policy.user_has_permission(user, "change"):
            due = myths_due_for_recheck()
            count = due.count()
            context["due_text"] = ngettext(
                "%(count)d myth page due for re-checking",
                "%(count)d myth pages due for re-checking",
                count,
            ) % {"count": count}
            context["due_myths"] = list(due[:DASHBOARD_MYTH_COUNT])
            context["report_url"] = reverse("myth_recheck_report")
        return context


@hooks.register("construct_homepage_panels")
def add_fact_check_panel(request, panels):
    panels.append(FactCheckPanel(request))
