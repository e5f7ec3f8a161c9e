"""Admin wiring of personal data: the superusers' export view."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from home.privacy.views import PersonalDataExportView


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
