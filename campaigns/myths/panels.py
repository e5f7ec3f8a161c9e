"""The myth page editor's panel of the rumour reports the page answers."""

from django.utils.functional import cached_property

from wagtail.admin.panels import Panel

# The add view opened from a report ("Answer with a new myth page") posts the
# report's id under this name; the rumour inbox links the new page to it.
ANSWERS_REPORT_FIELD = "answers_rumour_report"


class AnsweredReportsPanel(Panel):
    """Read-only: the reports this page answers, each linked to the inbox.
    An admin panel only: readers, templates and the API never see it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/myths/admin/answered_reports_panel.html"

        @cached_property
        def reports(self):
            if not self.instance.pk:
                return []
            return list(self.instance.rumour_reports.order_by("created_at"))

        @cached_property
        def report_to_answer(self):
            """The report a new page is being written for, as the form carries it."""
            form = self.form
            report_id = (
                form.data.get(ANSWERS_REPORT_FIELD)
                if form.is_bound
                else form.initial.get(ANSWERS_REPORT_FIELD)
            )
            if not str(report_id or "").isdigit():
                return None
            reports = type(self.instance).rumour_reports.field.model.objects
            return reports.filter(pk=report_id).first()

        def is_shown(self):
            return bool(self.reports or self.report_to_answer)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(
                reports=self.reports,
                report_to_answer=self.report_to_answer,
                field_name=ANSWERS_REPORT_FIELD,
            )
            return context


class RepublishedFromPanel(Panel):
    """Read-only, on a page republished from another municipality's shared
    answer: where it comes from, and whether the original has changed since
    this page was last published."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/myths/admin/republished_from_panel.html"

        def is_shown(self):
            return self.instance.republished is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["republication"] = self.instance.republished
            return context
