"""Admin wiring of partner sign-off: the page's partner reviewers (add,
remove, revoke a link, send a new one), reached from the page header's
menu, and the history entries of the partners' links and answers."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import LogFormatter
from wagtail.models import Page

from home.signoff.links import revoke_link as revoke_partner_link
from home.signoff.links import send_link, settle
from home.signoff.models import PartnerLink, PartnerReviewer, PartnerSignOffTask


def has_partner_sign_off(page):
    workflow = page.get_workflow()
    return workflow is not None and any(
        isinstance(task, PartnerSignOffTask) for task in workflow.tasks.specific()
    )


def can_manage_partners(user, page):
    """Communicators and Publishers (and superusers) who may edit the page."""
    return user.has_perm("home.change_partnerreviewer") and (
        page.permissions_for_user(user).can_edit()
    )


def waiting_sign_off(page):
    """The page's partner sign-off step while it waits, or None."""
    task_state = page.current_workflow_task_state
    if task_state is not None and isinstance(task_state.task.specific, PartnerSignOffTask):
        return task_state
    return None


class PartnerReviewerForm(forms.ModelForm):
    class Meta:
        model = PartnerReviewer
        fields = ["name", "organisation", "email", "language"]


def managed_page(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_manage_partners(request.user, page) or not has_partner_sign_off(page):
        raise PermissionDenied
    return page


class PartnerReviewersView(WagtailAdminTemplateMixin, TemplateView):
    """A page's partner reviewers and their links; adds one."""

    template_name = "home/signoff/admin/partner_reviewers.html"
    page_title = gettext_lazy("Partner sign-off")
    header_icon = "group"

    def dispatch(self, request, page_id):
        self.page = managed_page(request, page_id)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    @cached_property
    def form(self):
        return PartnerReviewerForm(self.request.POST or None)

    def post(self, request, page_id):
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data(), status=400)
        with transaction.atomic():
            reviewer = self.form.save(commit=False)
            reviewer.page = self.page
            reviewer.added_by = request.user
            reviewer.save()
            task_state = waiting_sign_off(self.page)
            if task_state is not None:
                send_link(task_state, reviewer)
        messages.success(request, _("%(reviewer)s was added.") % {"reviewer": reviewer})
        return redirect("partner_reviewers", self.page.pk)

    def get_context_data(self, **kwargs):
        reviewers = list(PartnerReviewer.objects.filter(page=self.page))
        for reviewer in reviewers:
            reviewer.latest_link = reviewer.links.select_related("task_state").first()
        return super().get_context_data(
            page=self.page,
            form=self.form,
            reviewers=reviewers,
            waiting=waiting_sign_off(self.page) is not None,
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )


@require_POST
def remove_reviewer(request, page_id, reviewer_id):
    page = managed_page(request, page_id)
    reviewer = get_object_or_404(PartnerReviewer, pk=reviewer_id, page=page)
    with transaction.atomic():
        reviewer.delete()
        task_state = waiting_sign_off(page)
        if task_state is not None:
            # The others may all have approved already.
            settle(task_state)
    messages.success(request, _("%(reviewer)s was removed.") % {"reviewer": reviewer})
    return redirect("partner_reviewers", page.pk)


@require_POST
def revoke_link(request, page_id, link_id):
    page = managed_page(request, page_id)
    link = get_object_or_404(PartnerLink, pk=link_id, reviewer__page=page)
    if revoke_partner_link(link, request.user):
        messages.success(
            request, _("The link to %(reviewer)s no longer works.") % {"reviewer": link.reviewer}
        )
    return redirect("partner_reviewers", page.pk)


@require_POST
def send_new_link(request, page_id, reviewer_id):
    page = managed_page(request, page_id)
    reviewer = get_object_or_404(PartnerReviewer, pk=reviewer_id, page=page)
    task_state = waiting_sign_off(page)
    if task_state is None:
        messages.error(request, _("The page is not waiting for partner sign-off."))
    else:
        with transaction.atomic():
            send_link(task_state, reviewer)
        messages.success(
            request, _("A new link was sent to %(reviewer)s.") % {"reviewer": reviewer}
        )
    return redirect("partner_reviewers", page.pk)


@hooks.register("register_admin_urls")
def register_partner_reviewer_urls():
    return [
        path(
            "partner-sign-off/<int:page_id>/",
            PartnerReviewersView.as_view(),
            name="partner_reviewers",
        ),
        path(
            "partner-sign-off/<int:page_id>/remove/<int:reviewer_id>/",
            remove_reviewer,
            name="partner_reviewer_remove",
        ),
        path(
            "partner-sign-off/<int:page_id>/revoke/<int:link_id>/",
            revoke_link,
            name="partner_link_revoke",
        ),
        path(
            "partner-sign-off/<int:page_id>/send/<int:reviewer_id>/",
            send_new_link,
            name="partner_link_send",
        ),
    ]


class PartnerSignOffMenuItem(PageMenuItem):
    label = gettext_lazy("Partner sign-off")
    icon_name = "group"
    url_name = "partner_reviewers"
    priority = 68

    def is_shown(self, user):
        return can_manage_partners(user, self.page) and has_partner_sign_off(self.page)


@hooks.register("register_page_header_buttons")
def partner_sign_off_header_button(page, user, view_name, next_url=None):
    yield PartnerSignOffMenuItem(page=page)


@hooks.register("register_log_actions")
def register_partner_sign_off_log_actions(actions):
    class PartnerLogFormatter(LogFormatter):
        message = ""

        def format_message(self, log_entry):
            try:
                return self.message % {
                    **log_entry.data["partner"],
                    "revision": log_entry.data["revision_id"],
                }
            except (KeyError, TypeError):
                return self.label

        def format_comment(self, log_entry):
            return log_entry.data.get("comment", "")

    @actions.register_action("samla.partner_signoff.sent")
    class SentFormatter(PartnerLogFormatter):
        label = gettext_lazy("Partner sign-off: link sent")
        message = gettext_lazy(
            "Sign-off link for revision %(revision)s sent to %(name)s (%(organisation)s)"
        )

    @actions.register_action("samla.partner_signoff.revoked")
    class RevokedFormatter(PartnerLogFormatter):
        label = gettext_lazy("Partner sign-off: link revoked")
        message = gettext_lazy(
            "Sign-off link for revision %(revision)s to %(name)s (%(organisation)s) revoked"
        )

    @actions.register_action("samla.partner_signoff.approve")
    class ApproveFormatter(PartnerLogFormatter):
        label = gettext_lazy("Partner sign-off: approved")
        message = gettext_lazy(
            "Revision %(revision)s approved by partner %(name)s (%(organisation)s)"
        )

    @actions.register_action("samla.partner_signoff.reject")
    class RejectFormatter(PartnerLogFormatter):
        label = gettext_lazy("Partner sign-off: changes requested")
        message = gettext_lazy(
            "Changes to revision %(revision)s requested by partner %(name)s (%(organisation)s)"
        )
