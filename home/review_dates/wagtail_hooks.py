"""Admin wiring of review dates: the review intervals (Settings), "Reviewed,
still correct" in the page header's menu, the "Pages due for review" report
and its dashboard panel."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.reports import ReportMenuItem, report_urls
from home.review_dates.models import ReviewInterval
from home.review_dates.reports import DueForReviewPanel, PagesDueForReviewView
from home.review_dates.reviews import (
    confirm_still_correct,
    interval_months,
    may_confirm_review,
    review_dates,
)

CONFIRM_LOG_ACTION = "samla.review_confirmed"


class ReviewIntervalViewSet(SnippetViewSet):
    model = ReviewInterval
    icon = "calendar-alt"
    menu_label = gettext_lazy("Review intervals")
    add_to_settings_menu = True
    list_display = ["page_type", "months"]


register_snippet(ReviewIntervalViewSet)


class ConfirmReviewView(WagtailAdminTemplateMixin, TemplateView):
    """A Publisher confirms the live page still correct: a review is recorded
    and readers see the new date; nothing is published."""

    template_name = "home/review_dates/admin/confirm_review.html"
    page_title = gettext_lazy("Reviewed, still correct")
    header_icon = "calendar-alt"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not may_confirm_review(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            dates=review_dates(self.page),
            months=interval_months(type(self.page)),
            live_url=self.page.get_url(self.request),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            next_url=self.request.GET.get("next", ""),
            **kwargs,
        )

    def post(self, request, page_id):
        confirm_still_correct(self.page, request.user)
        log(instance=self.page, action=CONFIRM_LOG_ACTION, user=request.user)
        messages.success(
            request,
            _("“%(page)s” was confirmed correct. Next review: %(date)s.")
            % {
                "page": self.page.get_admin_display_title(),
                "date": date_format(review_dates(self.page).next_review),
            },
        )
        next_url = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
            return redirect(next_url)
        return redirect("wagtailadmin_pages:edit", self.page.pk)


@hooks.register("register_admin_urls")
def register_review_dates_urls():
    return [
        *report_urls(PagesDueForReviewView, "reports/due-for-review/"),
        path(
            "review-dates/<int:page_id>/confirm/",
            ConfirmReviewView.as_view(),
            name="confirm_page_review",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_due_for_review_menu_item():
    return ReportMenuItem(
        gettext_lazy("Pages due for review"),
        reverse("pages_due_for_review"),
        view=PagesDueForReviewView,
        icon_name="calendar-alt",
    )


class ConfirmReviewMenuItem(PageMenuItem):
    label = gettext_lazy("Reviewed, still correct")
    icon_name = "calendar-alt"
    url_name = "confirm_page_review"
    priority = 69

    def is_shown(self, user):
        return may_confirm_review(user, self.page)


@hooks.register("register_page_header_buttons")
def confirm_review_header_button(page, user, view_name, next_url=None):
    yield ConfirmReviewMenuItem(page=page)


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    if PagesDueForReviewView.permission_policy.user_has_permission(request.user, "view"):
        panels.append(DueForReviewPanel())


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(
        CONFIRM_LOG_ACTION,
        gettext_lazy("Reviewed, still correct"),
        gettext_lazy("Confirmed still correct without changes"),
    )
