"""Admin wiring of the editorial workflow: the publishing report and the
notice that authors cannot approve their own work."""

from django.contrib import messages
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks

from home.editorial.reports import PublishingActionsReportView
from home.models import SecondPairOfEyesTask
from home.reports import ReportMenuItem, report_urls


@hooks.register("register_admin_urls")
def register_publishing_actions_report_urls():
    return report_urls(PublishingActionsReportView, "reports/publishing-actions/")


@hooks.register("register_reports_menu_item")
def register_publishing_actions_report_menu_item():
    return ReportMenuItem(
        gettext_lazy("Publishing actions"),
        reverse("publishing_actions_report"),
        view=PublishingActionsReportView,
        icon_name="history",
    )


@hooks.register("before_edit_page")
def explain_why_authors_cannot_approve(request, page):
    task = page.current_workflow_task
    if not isinstance(task, SecondPairOfEyesTask) or request.method != "GET":
        return
    if (request.user.is_superuser or task._user_in_groups(request.user)) and task.is_author(
        page, request.user
    ):
        messages.warning(
            request,
            _(
                "You submitted or last edited this page, so you cannot approve it in "
                "“%(task)s”. Another member of the reviewing group must approve it."
            )
            % {"task": task.name},
        )
