"""Admin reports: readers' page feedback and the translation status grid."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy

import django_filters

from home import translation_status
from home.choices import SubscriptionTopic
from home.models import PageFeedback, Subscription


class PageFeedbackFilterSet(WagtailFilterSet):
    helpful = django_filters.BooleanFilter(label=_("Helpful"))
    locale = django_filters.ModelChoiceFilter(label=_("Language"), queryset=Locale.objects.all())
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=django_filters.widgets.RangeWidget(attrs={"type": "date"})
    )

    class Meta:
        model = PageFeedback
        fields = ["helpful", "locale", "created_at"]


class PageFeedbackReportView(ReportView):
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
