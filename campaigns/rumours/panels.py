"""The report view's panel of duplicates: the report this one repeats, or
the reports merged into it, each linked."""

from django.utils.functional import cached_property

from wagtail.admin.panels import Panel


class DuplicatesPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/rumours/admin/duplicates_panel.html"

        @cached_property
        def duplicates(self):
            if not self.instance.pk:
                return []
            return list(self.instance.duplicates.order_by("created_at"))

        def is_shown(self):
            return bool(self.instance.duplicate_of_id or self.duplicates)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(kept=self.instance.duplicate_of, duplicates=self.duplicates)
            return context
