"""Admin reports: readers' page feedback, the translation status grid,
subscription counts, and who moved which page towards or away from the
public site."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import page_permission_policy

import django_filters

from home import translation_status
from home.choices import SubscriptionTopic
from home.models import PageFeedback, Subscription
from home.spreadsheets import SpreadsheetSafeExportMixin


class PageFeedbackFilterSet(WagtailFilterSet):
    helpful = django_filters.BooleanFilter(label=_("Helpful"))
    locale = django_filters.ModelChoiceFilter(label=_("Language"), queryset=Locale.objects.all())
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=django_filters.widgets.RangeWidget(attrs={"type": "date"})
    )

    class Meta:
        model = PageFeedback
        fields = ["helpful", "locale", "created_at"]


class PageFeedbackReportView(SpreadsheetSafeExportMixin, ReportView):
    page_title = _("Page feedback")
    header_icon = "help"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    filterset_class = PageFeedbackFilterSet
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"
    columns = [
        Column("page", label=_("Page"), accessor="page.title"),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        BooleanColumn("helpful", label=_("Helpful")),
        Column("comment", label=_("Comment")),
        DateColumn("created_at", label=_("Date")),
    ]
    list_export = [
        "page.title",
        "page.url_path",
        "locale.language_code",
        "helpful",
        "comment",
        "created_at",
    ]
    export_headings = {
        "page.title": _("Page"),
        "page.url_path": _("Path"),
        "locale.language_code": _("Language"),
        "helpful": _("Helpful"),
        "comment": _("Comment"),
        "created_at": _("Date"),
    }

    def get_queryset(self):
        return PageFeedback.objects.select_related("page", "locale")


class TranslationStatusView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Pages × languages: has every fact reached every language?"""

    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "home/admin/translation_status.html"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    rows_per_page = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        source_home = Page.objects.get(depth=2, locale__language_code=settings.LANGUAGE_CODE)
        sections = list(source_home.get_children().order_by("title"))
        section_id = self.request.GET.get("section", "")
        section = next((page for page in sections if str(page.pk) == section_id), None)
        language = self.request.GET.get("language", "")
        languages = translation_status.target_languages(language)

        pages = (section or source_home).get_descendants(inclusive=True).order_by("path")
        page_of_rows = Paginator(pages, self.rows_per_page).get_page(self.request.GET.get("p"))
        context.update(
            {
                "languages": [(code, get_language_info(code)["name_local"]) for code in languages],
                "all_languages": translation_status.target_languages(),
                "language": language,
                "sections": sections,
                "section": section,
                "rows": translation_status.status_rows(list(page_of_rows), languages),
                "page_of_rows": page_of_rows,
            }
        )
        return context


class SubscriptionCountsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """How many readers follow each topic in each language. Never the addresses."""

    page_title = _("Subscriptions")
    header_icon = "mail"
    template_name = "home/admin/subscription_counts.html"
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        labels = dict(SubscriptionTopic.choices)
        counts = (
            Subscription.objects.values("topic", "locale__language_code")
            .annotate(
                confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
                pending=Count("pk", filter=Q(confirmed_at__isnull=True)),
            )
            .order_by("topic", "locale__language_code")
        )
        context["counts"] = [
            {**row, "label": labels.get(row["topic"], row["topic"])} for row in counts
        ]
        return context


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
    action = django_filters.ChoiceFilter(label=_("Action"), choices=PUBLISHING_ACTIONS)
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

    def get_filename(self):
        return f"publishing-actions-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        return publishing_actions_in_last_days()

    def decorate_paginated_queryset(self, object_list):
        for log_entry in object_list:
            log_entry.action_label = action_label_text(log_entry.action)
        return object_list
