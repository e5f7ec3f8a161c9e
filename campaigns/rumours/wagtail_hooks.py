"""Admin wiring of rumour reports: the inbox."""

from wagtail import hooks

from campaigns.rumours.inbox import rumour_report_viewset


@hooks.register("register_admin_viewset")
def register_rumour_report_viewset():
    return rumour_report_viewset
