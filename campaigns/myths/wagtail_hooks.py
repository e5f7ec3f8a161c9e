"""Admin wiring of myths: topics, the report of myths due for re-checking,
the urgent lane (campaigns/myths/urgent.py) and the answers other
municipalities share (campaigns/myths/republishing.py)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.models import MythTopic, UrgentPublication
from campaigns.myths.reports import MythsDueForRecheckView
from campaigns.myths.republishing_admin import SharedMythsView, republish
from campaigns.myths.urgent import ENDING_ACTIONS, LOG_ACTION, after_check_is_open
from campaigns.myths.urgent_admin import (
    PublishUrgentlyMenuItem,
    overdue_fact_checks_panel,
    publish_urgently_view,
)
from home.editorial.reports import PUBLISHING_REPORT_WARNINGS_HOOK, register_publishing_action
from home.reports import ReportMenuItem, report_urls


class MythTopicViewSet(SnippetViewSet):
    model = MythTopic
    icon = "tag"
    list_display = ["name", "locale"]
    list_filter = ["locale"]


register_snippet(MythTopicViewSet)


@hooks.register("register_admin_urls")
def register_recheck_report_urls():
    return report_urls(MythsDueForRecheckView, "reports/myths-to-recheck/")


@hooks.register("register_reports_menu_item")
def register_recheck_report_menu_item():
    return ReportMenuItem(
        _("Myths to re-check"),
        reverse("myth_recheck_report"),
        view=MythsDueForRecheckView,
        icon_name="calendar-alt",
    )


URGENT_LABEL = "Publicerad akut / Published urgently"
register_publishing_action(LOG_ACTION, URGENT_LABEL)


@hooks.register("register_log_actions")
def register_urgent_publication_log_action(actions):
    @actions.register_action(LOG_ACTION)
    class UrgentPublicationFormatter(LogFormatter):
        label = URGENT_LABEL
        message = (
            "Publicerad akut, före faktagranskningen / Published urgently, before its fact check"
        )

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")


@hooks.register("register_admin_urls")
def register_publish_urgently_urls():
    return [
        path(
            "myths/<int:page_id>/publish-urgently/",
            publish_urgently_view,
            name="publish_urgently",
        )
    ]


@hooks.register("register_page_action_menu_item")
def register_publish_urgently_menu_item():
    return PublishUrgentlyMenuItem()


@hooks.register("construct_page_action_menu")
def keep_the_fact_check_running(menu_items, request, context):
    """While an urgent publication waits for its fact check, nobody (not a
    superuser either) is offered to cancel or restart the workflow."""
    if context.get("page") is not None and after_check_is_open(context["page"]):
        menu_items[:] = [item for item in menu_items if item.name not in ENDING_ACTIONS]


@hooks.register("before_edit_page")
def refuse_ending_the_fact_check(request, page):
    if (
        request.method == "POST"
        and any(request.POST.get(action) for action in ENDING_ACTIONS)
        and after_check_is_open(page)
    ):
        messages.error(
            request,
            "Sidan publicerades akut: faktagranskningen måste slutföras och kan inte "
            "avbrytas. / The page was published urgently: its fact check must be "
            "completed and cannot be cancelled.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("construct_homepage_panels")
def add_overdue_fact_checks_panel(request, panels):
    panel = overdue_fact_checks_panel(request)
    if panel is not None:
        panels.append(panel)


@hooks.register(PUBLISHING_REPORT_WARNINGS_HOOK)
def overdue_fact_checks_in_publishing_report(request):
    return [
        (
            f"Faktagranskning försenad / Fact check overdue: {urgent.page.title} "
            f"(publicerad akut / published urgently {localtime(urgent.published_at):%Y-%m-%d %H:%M})",
            reverse("wagtailadmin_pages:edit", args=[urgent.page_id]),
        )
        for urgent in UrgentPublication.objects.overdue().select_related("page")
    ]


class SharedMythsMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_permission(request.user, "add")


@hooks.register("register_admin_urls")
def register_republishing_urls():
    return [
        path("myths/shared/", SharedMythsView.as_view(), name="shared_myths"),
        path("myths/shared/<int:page_id>/republish/", republish, name="republish_myth"),
    ]


@hooks.register("register_admin_menu_item")
def register_shared_myths_menu_item():
    return SharedMythsMenuItem(
        _("Shared myths"), reverse("shared_myths"), icon_name="help", order=160
    )
