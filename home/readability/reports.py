"""Admin report of the Swedish live pages by readability (LIX), hardest first."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.readability import lix
from home.spreadsheets import SpreadsheetSafeExportMixin


class SourceTreePermissionPolicy(PagePermissionPolicy):
    """A page permission in the Swedish source tree, where Communicators and
    Publishers add pages; translators hold theirs in their own language's
    tree only."""

    def user_has_permission(self, user, action):
        source_homes = Page.objects.filter(depth=2, locale__language_code=settings.LANGUAGE_CODE)
        return any(
            self.user_has_permission_for_instance(user, action, home) for home in source_homes
        )


def swedish_pages_by_lix():
    """Swedish live pages with text, each with `lix` and `band_name`, hardest first."""
    pages = (
        Page.objects.live()
        .filter(depth__gt=1, locale__language_code=settings.LANGUAGE_CODE)
        .specific()
        .select_related("content_type")
    )
    scored = []
    for page in pages:
        page.lix = lix.lix(lix.page_text(page))
        if page.lix is not None:
            page.band_name = str(lix.band(page.lix)[1])
            page.page_type = str(page._meta.verbose_name)
            scored.append(page)
    return sorted(scored, key=lambda page: (-page.lix, page.title))


class ReadabilityReportView(SpreadsheetSafeExportMixin, ReportView):
    page_title = _("Readability (LIX)")
    header_icon = "doc-full"
    index_url_name = "readability_report"
    index_results_url_name = "readability_report_results"
    permission_policy = SourceTreePermissionPolicy()
    permission_required = "add"
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
        Column("lix", label=_("LIX")),
        Column("band_name", label=_("Band")),
        Column("page_type", label=_("Page type")),
    ]
    list_export = ["title", "lix", "band_name", "page_type", "url_path"]
    export_headings = {
        "title": _("Page"),
        "lix": _("LIX"),
        "band_name": _("Band"),
        "page_type": _("Page type"),
        "url_path": _("Path"),
    }

    def get_queryset(self):
        return swedish_pages_by_lix()
