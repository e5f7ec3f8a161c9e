"""Admin wiring of rumour reports: the inbox and answering from it."""

from wagtail import hooks

from campaigns.rumours.inbox import (
    AnswerWithExistingMythPage,
    MergeDuplicates,
    link_new_page_to_report,
    rumour_report_viewset,
)


@hooks.register("register_admin_viewset")
def register_rumour_report_viewset():
    return rumour_report_viewset


hooks.register("after_create_page", link_new_page_to_report)
hooks.register("register_bulk_action", AnswerWithExistingMythPage)
hooks.register("register_bulk_action", MergeDuplicates)
