"""Admin report of who moved which page towards or away from the public site."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, PageLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy

import django_filters

from home.spreadsheets import SpreadsheetSafeExportMixin

# Every step that takes a page (or a translation of it) towards or away from
# the public site; what editors type in between is in each page's history.
PUBLISHING_ACTIONS = [
    ("wagtail.workflow.start", _("Submitted")),
    ("wagtail.workflow.resume", _("Resubmitted")),
    ("wagtail.workflow.approve", _("Approved")),
    ("wagtail.workflow.reject", _("Sent back")),
    ("wagtail.workflow.cancel", _("Review cancelled")),
    ("wagtail.publish", _("Published")),
    ("wagtail.publish.schedule", _("Publishing scheduled")),
    ("wagtail.schedule.cancel", _("Schedule cancelled")),
    ("wagtail.publish.scheduled", _("Published on schedule")),
    ("wagtail.unpublish", _("Unpublished")),
    ("wagtail.unpublish.scheduled", _("Expired")),
    ("wagtail.copy_for_translation", _("Translation started")),
]


PUBLISHING_ACTION_LABELS = dict(PUBLISHING_ACTIONS)

# Apps that build on home add warnings above the report with this hook: a
# function of the request returning (text, admin URL) pairs, e.g. the myths'
# overdue fact checks after an urgent publication.
PUBLISHING_REPORT_WARNINGS_HOOK = "publishing_report_warnings"


def register_publishing_action(action, label):
    """Adds another app's log action (one that takes pages to readers) to the report."""
    PUBLISHING_ACTIONS.append((action, label))
    PUBLISHING_ACTION_LABELS[action] = label


PUBLISHING_REPORT_DAYS = 30


def action_label_text(action):
    return str(PUBLISHING_ACTION_LABELS.get(action, action))


def publishing_actions_in_last_days(days=PUBLISHING_REPORT_DAYS):
    """PageLogEntry rows of PUBLISHING_ACTIONS from the last `days` days, newest
    first, each annotated with its page's `language` (None once the page is
    deleted: the entry stays, with the title it had)."""
    language = Page.objects.filter(pk=OuterRef("page_id")).values("locale__language_code")
    return (
        PageLogEntry.objects.filter(
            action__in=PUBLISHING_ACTION_LABELS,
            timestamp__gte=timezone.now() - timedelta(days=days),
        )
        .annotate(language=Subquery(language[:1]))
        .select_related("user", "user__wagtail_userprofile")
        .order_by("-timestamp", "-pk")
    )


def users_in_publishing_actions(request):
    User = get_user_model()
    user_ids = publishing_actions_in_last_days().values("user_id")
    return User.objects.filter(pk__in=user_ids).order_by(User.USERNAME_FIELD)


class PublishingActionsFilterSet(WagtailFilterSet):
    # Read when the filter is shown, so actions other apps register are in it.
    action = django_filters.ChoiceFilter(label=_("Action"), choices=lambda: PUBLISHING_ACTIONS)
    user = django_filters.ModelChoiceFilter(label=_("User"), queryset=users_in_publishing_actions)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    label = django_filters.CharFilter(label=_("Page"), lookup_expr="icontains")
    timestamp = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=django_filters.widgets.RangeWidget(attrs={"type": "date"})
    )

    class Meta:
        model = PageLogEntry
        fields = ["action", "user", "language", "label", "timestamp"]


class PublishingActionsReportView(SpreadsheetSafeExportMixin, ReportView):
    """Who submitted, approved, sent back, published and unpublished which page
    in which language, for the last 30 days; for the publisher's own checks
    and for answering "who let this through?"."""

    page_title = _("Publishing actions (last 30 days)")
    template_name = "home/editorial/admin/publishing_actions_report.html"
    header_icon = "history"
    index_url_name = "publishing_actions_report"
    index_results_url_name = "publishing_actions_report_results"
    filterset_class = PublishingActionsFilterSet
    # Those who may publish anywhere (Publishers, superusers) answer for it.
    permission_policy = PagePermissionPolicy()
    permission_required = "publish"
    columns = [
        Column("timestamp", label=_("Date")),
        Column("action", label=_("Action"), accessor="action_label"),
        Column("label", label=_("Page")),
        Column("language", label=_("Language")),
        Column("user", label=_("User"), accessor="user_display_name"),
        Column("comment", label=_("Comment")),
    ]
    list_export = [
        "timestamp",
        "action",
        "page_id",
        "label",
        "language",
        "user_display_name",
        "comment",
    ]
    export_headings = {
        "timestamp": _("Date"),
        "action": _("Action"),
        "page_id": _("Page ID"),
        "label": _("Page"),
        "language": _("Language"),
        "user_display_name": _("User"),
        "comment": _("Comment"),
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = {
            **self.custom_field_preprocess,
            "action": {self.FORMAT_CSV: action_label_text, self.FORMAT_XLSX: action_label_text},
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["warnings"] = [
            warning
            for hook in hooks.get_hooks(PUBLISHING_REPORT_WARNINGS_HOOK)
            for warning in hook(self.request)
        ]
        return context

    def get_filename(self):
        return f"publishing-actions-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return publishing_actions_in_last_days()

    def decorate_paginated_queryset(self, object_list):
        for log_entry in object_list:
            log_entry.action_label = action_label_text(log_entry.action)
        return object_list
