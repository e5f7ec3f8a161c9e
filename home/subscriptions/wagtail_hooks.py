"""Admin wiring of subscriptions: the counts report and its menu item."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy

from wagtail import hooks

from home.reports import ReportMenuItem
from home.subscriptions.reports import SubscriptionCountsView


@hooks.register("register_reports_menu_item")
def register_subscription_counts_menu_item():
    return ReportMenuItem(
        gettext_lazy("Subscriptions"),
        reverse("subscription_counts_report"),
        view=SubscriptionCountsView,
        icon_name="mail",
    )


@hooks.register("register_admin_urls")
def register_subscription_counts_urls():
    return [
        path(
            "reports/subscriptions/",
            SubscriptionCountsView.as_view(),
            name="subscription_counts_report",
        )
    ]
