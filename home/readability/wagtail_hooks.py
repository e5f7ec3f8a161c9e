"""Admin wiring of readability: the page editor's LIX panel script and the
"Readability (LIX)" report."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy

from wagtail import hooks

from home.readability.reports import ReadabilityReportView
from home.reports import ReportMenuItem, report_urls


@hooks.register("insert_editor_js")
def readability_panel_js():
    return format_html_join(
        "\n",
        '<script src="{}"></script>',
        [(static("home/readability/lix.js"),), (static("home/readability/editor.js"),)],
    )


@hooks.register("register_admin_urls")
def register_readability_report_urls():
    return report_urls(ReadabilityReportView, "reports/readability/")


@hooks.register("register_reports_menu_item")
def register_readability_report_menu_item():
    return ReportMenuItem(
        gettext_lazy("Readability (LIX)"),
        reverse("readability_report"),
        view=ReadabilityReportView,
        icon_name="doc-full",
    )
