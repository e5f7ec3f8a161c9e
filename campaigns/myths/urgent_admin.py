"""The urgent lane in the admin (campaigns/myths/urgent.py): the "Publish
urgently" item of a myth page's action menu, the form that asks why, and the
dashboard panel of overdue fact checks. The admin's own texts are Swedish and
English side by side, as elsewhere in Samla's admin."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from campaigns.models import UrgentPublication
from campaigns.myths.urgent import may_publish_urgently, publish_urgently

DASHBOARD_OVERDUE_COUNT = 10


class UrgentPublicationForm(forms.Form):
    reason = forms.CharField(
        label="Varför kan sidan inte vänta på faktagranskningen? / "
        "Why can the page not wait for its fact check?",
        help_text="Vilket skadligt rykte sprids, var och hur snabbt. Sparas i sidans historik. / "
        "Which harmful rumour is spreading, where and how fast. Kept in the page's history.",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=UrgentPublication._meta.get_field("reason").max_length,
        error_messages={
            "required": "Skriv varför sidan måste publiceras utan att vänta på "
            "faktagranskningen. / Write why the page must be published without "
            "waiting for its fact check."
        },
    )


class PublishUrgentlyMenuItem(ActionMenuItem):
    label = "Publicera akut / Publish urgently"
    name = "action-publish-urgently"
    icon_name = "warning"
    order = 150

    def is_shown(self, context):
        # Also while the page waits in a review step (locked for the
        # Publisher): not waiting for that review is the point.
        return context["view"] == "edit" and may_publish_urgently(
            context["request"].user, context["page"]
        )

    def get_url(self, parent_context):
        return reverse("publish_urgently", args=[parent_context["page"].pk])


def publish_urgently_view(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not may_publish_urgently(request.user, page):
        raise PermissionDenied
    form = UrgentPublicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        publish_urgently(page, request.user, form.cleaned_data["reason"])
        messages.success(
            request,
            f"”{page.title}” är publicerad akut; faktagranskningen har startat. / "
            f"“{page.title}” is published urgently; its fact check has started.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "campaigns/myths/admin/publish_urgently.html",
        {
            "page": page,
            "revision": page.get_latest_revision(),
            "form": form,
            "overdue_hours": settings.SAMLA_URGENT_AFTER_CHECK_HOURS,
        },
    )


class OverdueFactChecksPanel(Component):
    """Myth pages published urgently whose fact check is overdue."""

    name = "overdue_urgent_fact_checks"
    order = 80
    template_name = "campaigns/myths/admin/overdue_fact_checks_panel.html"

    def __init__(self, overdue):
        self.overdue = overdue

    def get_context_data(self, parent_context):
        return {
            "overdue": self.overdue,
            "hours": settings.SAMLA_URGENT_AFTER_CHECK_HOURS,
        }


def overdue_fact_checks_panel(request):
    """The panel for those who edit pages, when something is overdue; else None."""
    if not page_permission_policy.user_has_permission(request.user, "change"):
        return None
    overdue = list(
        UrgentPublication.objects.overdue().select_related("page", "user")[:DASHBOARD_OVERDUE_COUNT]
    )
    return OverdueFactChecksPanel(overdue) if overdue else None
