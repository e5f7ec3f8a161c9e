from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem, MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import editorial_setup, two_factor
from home.admin_views import (
    PersonalDataExportView,
    UndeliveredEmailPanel,
    UndeliveredEmailView,
    delete_queued_email,
    send_queued_email_now,
)
from home.models import (
    Organisation,
    PageFeedback,
    Person,
    QueuedEmail,
    SecondPairOfEyesTask,
    UrgentNotice,
)
from home.reports import (
    PageFeedbackReportView,
    PublishingActionsReportView,
    SubscriptionCountsView,
    TranslationStatusView,
)
from home.translation_review import (
    submit_translation_for_review,
)


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "county", "locale"]
    list_filter = ["kind", "county", "locale"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation"]
    search_fields = ["name"]


class UrgentNoticeViewSet(SnippetViewSet):
    model = UrgentNotice
    icon = "warning"
    list_display = ["title", "locale"]


register_snippet(OrganisationViewSet)
register_snippet(PersonViewSet)
register_snippet(UrgentNoticeViewSet)


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    view = PageFeedbackReportView
    return [
        path("reports/page-feedback/", view.as_view(), name="page_feedback_report"),
        path(
            "reports/page-feedback/results/",
            view.as_view(results_only=True),
            name="page_feedback_report_results",
        ),
        path("2fa/setup/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
        path("2fa/verify/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
        path(
            "reports/subscriptions/",
            SubscriptionCountsView.as_view(),
            name="subscription_counts_report",
        ),
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status_report",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="submit_translation_for_review",
        ),
    ]


@hooks.register("register_admin_urls")
def register_publishing_actions_report_urls():
    view = PublishingActionsReportView
    return [
        path("reports/publishing-actions/", view.as_view(), name="publishing_actions_report"),
        path(
            "reports/publishing-actions/results/",
            view.as_view(results_only=True),
            name="publishing_actions_report_results",
        ),
    ]


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    return [
        path("personal-data/", PersonalDataExportView.as_view(), name="personal_data_export"),
    ]


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    """Superusers only: what is stored about one e-mail address (docs/privacy.md)."""
    return AdminOnlyMenuItem(
        gettext_lazy("Personal data"),
        reverse("personal_data_export"),
        icon_name="user",
        order=900,
    )


@hooks.register("register_admin_urls")
def register_undelivered_email_urls():
    return [
        path("undelivered-email/", UndeliveredEmailView.as_view(), name="undelivered_email"),
        path(
            "undelivered-email/<int:queued_id>/send/",
            send_queued_email_now,
            name="send_queued_email_now",
        ),
        path(
            "undelivered-email/<int:queued_id>/delete/",
            delete_queued_email,
            name="delete_queued_email",
        ),
    ]


@hooks.register("register_settings_menu_item")
def register_undelivered_email_menu_item():
    """Superusers only: what the outbox still holds (home/outbox.py)."""
    return AdminOnlyMenuItem(
        gettext_lazy("Undelivered e-mail"),
        reverse("undelivered_email"),
        icon_name="mail",
        order=910,
    )


@hooks.register("construct_homepage_panels")
def add_undelivered_email_panel(request, panels):
    if request.user.is_superuser and (failed := QueuedEmail.objects.failed().count()):
        panels.append(UndeliveredEmailPanel(failed))


class PermissionedMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        gettext_lazy("Translation status"),
        reverse("translation_status_report"),
        icon_name="globe",
        order=10,
    )


@hooks.register("register_reports_menu_item")
def register_subscription_counts_menu_item():
    return PermissionedMenuItem(
        gettext_lazy("Subscriptions"),
        reverse("subscription_counts_report"),
        icon_name="mail",
        permission=f"home.view_{PageFeedback._meta.model_name}",
    )


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return PermissionedMenuItem(
        gettext_lazy("Page feedback"),
        reverse("page_feedback_report"),
        icon_name="help",
        permission=f"home.view_{PageFeedback._meta.model_name}",
    )


class PublishersMenuItem(MenuItem):
    def is_shown(self, request):
        return PublishingActionsReportView.permission_policy.user_has_permission(
            request.user, PublishingActionsReportView.permission_required
        )


@hooks.register("register_reports_menu_item")
def register_publishing_actions_report_menu_item():
    return PublishersMenuItem(
        gettext_lazy("Publishing actions"),
        reverse("publishing_actions_report"),
        icon_name="history",
    )


@hooks.register("before_edit_page")
def explain_why_authors_cannot_approve(request, page):
    task = page.current_workflow_task
    if not isinstance(task, SecondPairOfEyesTask) or request.method != "GET":
        return
    if (request.user.is_superuser or task._user_in_groups(request.user)) and task.is_author(
        page, request.user
    ):
        messages.warning(
            request,
            _(
                "You submitted or last edited this page, so you cannot approve it in "
                "“%(task)s”. Another member of the reviewing group must approve it."
            )
            % {"task": task.name},
        )


@hooks.register("before_edit_snippet", order=-1)
@hooks.register("before_delete_snippet", order=-1)
def keep_translators_in_their_language(request, instance):
    """Wagtail's snippet permissions are global: a translator may still only
    touch snippets in the language(s) they translate."""
    locale = getattr(instance, "locale", None)
    if locale is not None and not editorial_setup.works_in_language(
        request.user, locale.language_code
    ):
        raise PermissionDenied(_("You can only edit content in the language you translate."))
    return None
