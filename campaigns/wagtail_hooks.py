"""Admin wiring of campaigns: the fact-check panel on the dashboard; each
domain's own wiring is imported from its folder."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.permissions import page_permission_policy

# Wagtail imports campaigns.wagtail_hooks only: each domain's admin wiring is loaded here.
import campaigns.forecasts.wagtail_hooks  # noqa: F401
import campaigns.myths.wagtail_hooks  # noqa: F401
import campaigns.rumours.wagtail_hooks  # noqa: F401
from campaigns.models import RumourReport
from campaigns.myths.reports import myths_due_for_recheck
from home.municipalities.models import visible_to

DASHBOARD_MYTH_COUNT = 5


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
            count = visible_to(RumourReport.objects.new(), user).count()
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
