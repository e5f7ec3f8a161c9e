"""Under a review workflow nobody publishes directly; what must not be
deleted in the admin is not."""

from wagtail.models import PagePermissionTester
from wagtail.permission_policies import ModelPermissionPolicy


class ReviewedPagePermissionTester(PagePermissionTester):
    """Under a workflow nobody publishes directly, not a Publisher and not a
    superuser: a page goes live only when a second person approves its last
    task. Taking a page down (unpublish, cancelling a schedule) stays direct,
    as does publishing in a tree without a workflow."""

    def can_publish(self):
        return super().can_publish() and self.page.get_workflow() is None

    def can_publish_subpage(self):
        # Creating and publishing in one go skips review just the same.
        return super().can_publish_subpage() and self.page.get_workflow() is None

    def can_set_view_restrictions(self):
        return super().can_publish()

    def can_unschedule(self):
        return super().can_publish()


class NoDeletionPolicy(ModelPermissionPolicy):
    """Every permission the model's own give, but deletion."""

    def user_has_permission(self, user, action):
        return action != "delete" and super().user_has_permission(user, action)
