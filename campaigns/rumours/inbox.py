"""The admin inbox of rumour reports, and answering them with myth pages:
a new one written in Wagtail's own page editor, prefilled from the report,
or an existing one; duplicates merged into one report."""

from functools import partial
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import (
    BulkActionsCheckboxColumn,
    ButtonsColumnMixin,
    Column,
    DateColumn,
    TitleColumn,
)
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.views.pages.create import CreateView as PageCreateView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminPageChooser, HeaderButton
from wagtail.models import Locale

from campaigns.models import MythIndexPage, MythPage, RumourReport
from campaigns.myths.panels import ANSWERS_REPORT_FIELD
from home.municipalities.models import Municipality, visible_to
from home.municipalities.views import (
    VisibleToTheirMunicipalityIndexMixin,
    VisibleToTheirMunicipalityMixin,
)
from home.spreadsheets import SpreadsheetSafeExportMixin

BULK_ACTION_OBJECT_TYPE = "rumourreport"


def answered_by_link(report):
    """The answer's editor, not its public address: the answer is often still a draft."""
    page = report.answered_by
    if page is None:
        return ""
    return format_html(
        '<a href="{}">{}</a>', reverse("wagtailadmin_pages:edit", args=[page.pk]), page.title
    )


def duplicate_of_link(report):
    kept = report.duplicate_of
    if kept is None:
        return ""
    return format_html('<a href="{}">{}</a>', reverse("rumour_reports:edit", args=[kept.pk]), kept)


class ReportTitleColumn(ButtonsColumnMixin, TitleColumn):
    """The report's text, linked to the report, with the row's actions."""

    def __init__(self, *args, buttons_for, **kwargs):
        super().__init__(*args, **kwargs)
        self.buttons_for = buttons_for

    def get_buttons(self, instance, parent_context):
        return self.buttons_for(instance)


def user_can_answer(user):
    """Answering is changing reports: Communicators and Publishers (docs/roles.md)."""
    return rumour_report_viewset.permission_policy.user_has_permission(user, "change")


def answer_urls(report, next_url):
    """(new page, existing page) action URLs for one report."""
    existing = reverse(
        "wagtail_bulk_action",
        args=["campaigns", "rumourreport", AnswerWithExistingMythPage.action_type],
    )
    return (
        reverse("rumour_reports:answer_new", args=[report.pk]),
        f"{existing}?{urlencode({'id': report.pk, 'next': next_url})}",
    )


class RumourReportIndexView(
    VisibleToTheirMunicipalityIndexMixin, SpreadsheetSafeExportMixin, IndexView
):
    """Each municipality's reports, for those who work for it. Readers write
    the reports: their text never becomes a spreadsheet formula. Each row
    offers the answers; selected rows are answered or merged at once."""

    template_name = "campaigns/rumours/admin/inbox.html"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("answered_by", "duplicate_of")

    @cached_property
    def columns(self):
        title = ReportTitleColumn(
            "text",
            label=_("Rumour"),
            url_name="rumour_reports:edit",
            get_title_id=lambda report: f"{BULK_ACTION_OBJECT_TYPE}_{report.pk}_title",
            buttons_for=self.get_list_buttons,
        )
        columns = [title, *super().columns]
        if user_can_answer(self.request.user):
            columns.insert(0, BulkActionsCheckboxColumn("bulk", obj_type=BULK_ACTION_OBJECT_TYPE))
        return columns

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if user_can_answer(self.request.user):
            new_page_url, existing_page_url = answer_urls(instance, self.request.get_full_path())
            buttons += [
                MenuItem(
                    _("Answer with a new myth page"),
                    new_page_url,
                    icon_name="doc-empty-inverse",
                    priority=1,
                ),
                MenuItem(
                    _("Answered by an existing myth page"),
                    existing_page_url,
                    icon_name="link",
                    priority=2,
                ),
            ]
        return buttons


class RumourReportEditView(VisibleToTheirMunicipalityMixin, EditView):
    """The report view: its answers are header buttons."""

    @property
    def header_buttons(self):
        if not user_can_answer(self.request.user):
            return []
        new_page_url, existing_page_url = answer_urls(self.object, self.request.path)
        return [
            HeaderButton(
                _("Answer with a new myth page"),
                url=new_page_url,
                icon_name="doc-empty-inverse",
                priority=10,
            ),
            HeaderButton(
                _("Answered by an existing myth page"),
                url=existing_page_url,
                icon_name="link",
                priority=20,
            ),
        ]


def answer_with_new_myth_page(request, pk):
    """Opens the page editor for a new myth page answering report `pk` under
    the Swedish myth section, or lets the user choose among several."""
    if not user_can_answer(request.user):
        raise PermissionDenied
    report = get_object_or_404(RumourReport, pk=pk)
    sections = [
        section
        for section in MythIndexPage.objects.filter(locale=Locale.get_default()).order_by("path")
        if section.permissions_for_user(request.user).can_add_subpage()
    ]
    if len(sections) == 1:
        return redirect("rumour_reports:answer_new_in", report.pk, sections[0].pk)
    if not sections:
        messages.error(
            request, _("There is no myth section in the Swedish tree you can add pages to.")
        )
        return redirect("rumour_reports:edit", report.pk)
    return TemplateResponse(
        request,
        "campaigns/rumours/admin/choose_myth_section.html",
        {"report": report, "sections": sections, "page_title": _("Answer with a new myth page")},
    )


class AnswerWithNewMythPageView(PageCreateView):
    """Wagtail's own "add page" view for a myth page, with the claim, its
    language and where it was heard from the report. Its panels, validation and workflow buttons are the editor's; the
    form posts to Wagtail's add view like any new page, carrying the report's
    id, and the after_create_page hook links the new page to the report."""

    http_method_names = ["get"]

    def dispatch(self, request, pk, parent_page_id):
        if not user_can_answer(request.user):
            raise PermissionDenied
        self.report = get_object_or_404(RumourReport, pk=pk)
        section = MythIndexPage.objects.filter(pk=parent_page_id, locale=Locale.get_default())
        if not section.exists():
            raise Http404
        return super().dispatch(request, "campaigns", "mythpage", parent_page_id)

    def get(self, request):
        # The title (a headline, from which Wagtail makes the slug) is the editor's to write.
        claim = self.report.text.strip()
        initial = {
            "claim": Truncator(claim).chars(MythPage._meta.get_field("claim").max_length),
            "circulates_in": self.report.language,
            "circulates_where": self.report.heard_where,
            ANSWERS_REPORT_FIELD: self.report.pk,
        }
        # Wagtail's get() builds the editor's form; it takes the prefill as its initial data.
        self.form_class = partial(self.form_class, initial=initial)
        return super().get(request)


def link_new_page_to_report(request, page):
    """after_create_page: a myth page written from a report answers it."""
    report_id = request.POST.get(ANSWERS_REPORT_FIELD, "")
    if not (report_id.isdigit() and isinstance(page.specific, MythPage)):
        return
    if not user_can_answer(request.user):
        return
    report = visible_to(RumourReport.objects.filter(pk=report_id), request.user).first()
    if report is not None and report.answered_by_id is None:
        report.answer_with(page)
        report.save(update_fields=["answered_by", "status"])


class MythPageChoiceForm(forms.Form):
    page = forms.ModelChoiceField(
        label=_("Myth page"),
        queryset=MythPage.objects.all(),
        widget=AdminPageChooser(target_models=[MythPage], can_choose_root=False),
        help_text=_("The Swedish page: its translations answer the report in other languages."),
    )

    def clean_page(self):
        page = self.cleaned_data["page"]
        if page is not None and page.locale_id != Locale.get_default().pk:
            raise forms.ValidationError(
                _(
                    "Choose the Swedish myth page; its translations answer the report in other languages."
                )
            )
        return page


class MergeDuplicatesForm(MythPageChoiceForm):
    kept = forms.ModelChoiceField(
        label=_("Keep this report"),
        queryset=RumourReport.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text=_("The others are marked as its duplicates. Nothing is deleted."),
    )

    field_order = ["kept", "page"]

    def __init__(self, *args, reports, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kept"].queryset = RumourReport.objects.filter(pk__in=[r.pk for r in reports])
        oldest = min(reports, key=lambda report: report.created_at, default=None)
        self.fields["kept"].initial = oldest and oldest.pk
        self.fields["page"].required = False
        self.fields["page"].help_text = _("Optional: the page that answers them all.")
        answered = [report.answered_by for report in reports if report.answered_by_id]
        self.fields["page"].initial = answered[0].pk if answered else None


class RumourReportBulkAction(BulkAction):
    """Open to those who may answer reports (docs/roles.md), for every report."""

    models = [RumourReport]
    form_class = MythPageChoiceForm

    def dispatch(self, request, *args, **kwargs):
        if not user_can_answer(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def municipalities_worked_for(self):
        return set(
            Municipality.objects.worked_for_by(self.request.user).values_list("pk", flat=True)
        )

    def check_perm(self, report):
        # One query for all the selected reports.
        return report.municipality_id in self.municipalities_worked_for

    def object_context(self, report):
        return {"item": report, "edit_url": reverse("rumour_reports:edit", args=[report.pk])}

    def get_execution_context(self):
        return {"form": self.cleaned_form}


class AnswerWithExistingMythPage(RumourReportBulkAction):
    display_name = _("Answered by an existing myth page")
    action_type = "answer-existing"
    aria_label = _("Mark the selected reports as answered by an existing myth page")
    template_name = "campaigns/rumours/admin/answer_with_existing_page.html"
    action_priority = 10

    @classmethod
    def execute_action(cls, reports, form):
        page = form.cleaned_data["page"]
        for report in reports:
            report.answer_with(page)
            report.save(update_fields=["answered_by", "status"])
        return len(reports), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "One rumour report is answered by %(page)s.",
            "%(count)d rumour reports are answered by %(page)s.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "page": self.cleaned_form.cleaned_data["page"].title}


class MergeDuplicates(RumourReportBulkAction):
    display_name = _("Merge as duplicates")
    action_type = "merge-duplicates"
    aria_label = _("Merge the selected reports into one, marking the others as its duplicates")
    template_name = "campaigns/rumours/admin/merge_duplicates.html"
    form_class = MergeDuplicatesForm
    action_priority = 20

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "reports": self.get_actionable_objects()[0]}

    def prepare_action(self, reports, reports_without_access):
        if len(reports) < 2:
            messages.error(self.request, _("Select at least two reports to merge."))
            return redirect(self.next_url)
        return None

    @classmethod
    def execute_action(cls, reports, form):
        kept = form.cleaned_data["kept"]
        page = form.cleaned_data["page"] or kept.answered_by
        if page is not None:
            kept.answer_with(page)
            kept.duplicate_of = None
            kept.save(update_fields=["answered_by", "status", "duplicate_of"])
        merged = [report.pk for report in reports if report.pk != kept.pk]
        # Earlier duplicates of the merged reports, and of the kept one, follow.
        duplicates = RumourReport.objects.filter(
            Q(pk__in=merged) | Q(duplicate_of__in=[kept.pk, *merged])
        ).exclude(pk=kept.pk)
        with transaction.atomic():
            for report in duplicates:
                report.duplicate_of = kept
                report.answered_by = kept.answered_by
                report.status = kept.status
                report.save(update_fields=["duplicate_of", "answered_by", "status"])
        return len(merged), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "One report is marked as a duplicate of %(kept)s.",
            "%(count)d reports are marked as duplicates of %(kept)s.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "kept": self.cleaned_form.cleaned_data["kept"]}


class RumourReportViewSet(ModelViewSet):
    model = RumourReport
    index_view_class = RumourReportIndexView
    edit_view_class = RumourReportEditView
    icon = "warning"
    menu_label = _("Rumour reports")
    url_prefix = "rumour-reports"
    add_to_admin_menu = True
    menu_order = 250
    list_display = [
        # The report's text comes first, as the index view's title column.
        Column("status", label=_("Status"), accessor="get_status_display"),
        Column("language", label=_("Language"), accessor="get_language_display"),
        Column("heard_where", label=_("Heard"), accessor="get_heard_where_display"),
        Column("answered_by", label=_("Answered by"), accessor=answered_by_link),
        Column("duplicate_of", label=_("Duplicate of"), accessor=duplicate_of_link),
        DateColumn("created_at", label=_("Received")),
    ]
    list_filter = ["status", "language", "heard_where", "created_at"]
    list_export = ["text", "status", "language", "heard_where", "created_at", "answered_by"]
    search_fields = ["text"]
    ordering = ["-created_at"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/answer/new/", answer_with_new_myth_page, name="answer_new"),
            path(
                "<int:pk>/answer/new/<int:parent_page_id>/",
                AnswerWithNewMythPageView.as_view(),
                name="answer_new_in",
            ),
        ]


rumour_report_viewset = RumourReportViewSet("rumour_reports")
