"""The translation status grid as an admin report."""

from django.core.paginator import Paginator
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.permissions import page_permission_policy

from home.easy_read.models import SWEDISH_ONLY_PAGE_TYPES
from home.municipalities.models import Municipality
from home.translation import status as translation_status


class TranslationStatusView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Pages × languages: has every fact reached every language?"""

    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "home/translation/admin/translation_status.html"
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    rows_per_page = 50

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The Swedish tree of the municipality the user works for.
        source_home = Municipality.of_user(self.request.user).site.root_page
        # Easy-to-read Swedish is never translated (home/easy_read/).
        sections = list(
            source_home.get_children().not_type(*SWEDISH_ONLY_PAGE_TYPES).order_by("title")
        )
        section_id = self.request.GET.get("section", "")
        section = next((page for page in sections if str(page.pk) == section_id), None)
        language = self.request.GET.get("language", "")
        languages = translation_status.target_languages(language)

        pages = (
            (section or source_home)
            .get_descendants(inclusive=True)
            .not_type(*SWEDISH_ONLY_PAGE_TYPES)
            .order_by("path")
        )
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
