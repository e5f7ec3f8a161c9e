"""Admin wiring of page feedback: its report and menu item."""

from django.urls import reverse
from django.utils.translation import gettext_lazy

from wagtail import hooks

from home.feedback.reports import PageFeedbackReportView
from home.reports import ReportMenuItem, report_urls


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return report_urls(PageFeedbackReportView, "reports/page-feedback/")


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return ReportMenuItem(
        gettext_lazy("Page feedback"),
        reverse("page_feedback_report"),
        view=PageFeedbackReportView,
        icon_name="help",
    )
