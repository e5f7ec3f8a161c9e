"""Admin wiring of rumour reports: the inbox and answering from it."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from campaigns.rumours.inbox import (
    AnswerWithExistingMythPage,
    MergeDuplicates,
    link_new_page_to_report,
    rumour_report_viewset,
)
from campaigns.rumours.reports import TimeToAnswerReportView, WaitingReportsPanel
from home.reports import ReportMenuItem, report_urls


@hooks.register("register_admin_viewset")
def register_rumour_report_viewset():
    return rumour_report_viewset


hooks.register("after_create_page", link_new_page_to_report)
hooks.register("register_bulk_action", AnswerWithExistingMythPage)
hooks.register("register_bulk_action", MergeDuplicates)


@hooks.register("register_admin_urls")
def register_time_to_answer_report_urls():
    return report_urls(TimeToAnswerReportView, "reports/time-to-answer/")


@hooks.register("register_reports_menu_item")
def register_time_to_answer_report_menu_item():
    return ReportMenuItem(
        _("Time to answer rumours"),
        reverse("time_to_answer_report"),
        view=TimeToAnswerReportView,
        icon_name="time",
    )


@hooks.register("construct_homepage_panels")
def add_waiting_reports_panel(request, panels):
    if TimeToAnswerReportView.permission_policy.user_has_permission(request.user, "view"):
        panels.append(WaitingReportsPanel(request))
