"""Admin wiring of myths: topics, and the report of myths due for re-checking."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaigns.models import MythTopic
from campaigns.myths.reports import MythsDueForRecheckView
from home.reports import ReportMenuItem, report_urls


class MythTopicViewSet(SnippetViewSet):
    model = MythTopic
    icon = "tag"
    list_display = ["name", "locale"]
    list_filter = ["locale"]


register_snippet(MythTopicViewSet)


@hooks.register("register_admin_urls")
def register_recheck_report_urls():
    return report_urls(MythsDueForRecheckView, "reports/myths-to-recheck/")


@hooks.register("register_reports_menu_item")
def register_recheck_report_menu_item():
    return ReportMenuItem(
        _("Myths to re-check"),
        reverse("myth_recheck_report"),
        view=MythsDueForRecheckView,
        icon_name="calendar-alt",
    )
