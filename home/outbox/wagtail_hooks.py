"""Admin wiring of the outbox: the undelivered e-mail view, menu item and panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from home.models import QueuedEmail
from home.outbox.views import (
    UndeliveredEmailPanel,
    UndeliveredEmailView,
    delete_queued_email,
    send_queued_email_now,
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
    """Superusers only: what the outbox still holds (home/outbox/delivery.py)."""
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
