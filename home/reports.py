"""What every admin report registers: its address (with its results alone,
which its filters fetch) and a Reports menu item shown to exactly the users
its view lets in."""

from django.urls import path

from wagtail.admin.menu import MenuItem


def report_urls(view, route):
    """The report at `route` and its results alone at `route` + "results/",
    named as the view names them (index_url_name, index_results_url_name)."""
    return [
        path(route, view.as_view(), name=view.index_url_name),
        path(f"{route}results/", view.as_view(results_only=True), name=view.index_results_url_name),
    ]


class ReportMenuItem(MenuItem):
    """Shown to the users the report's own permission policy admits, so the
    menu never offers a report its view refuses, nor hides one it serves."""

    def __init__(self, label, url, *, view, **kwargs):
        super().__init__(label, url, **kwargs)
        self.view = view

    def is_shown(self, request):
        return self.view.permission_policy.user_has_permission(
            request.user, self.view.permission_required
        )
