from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, PagePermissionTester


class SecondPairOfEyesTask(AbstractGroupApprovalTask):
    """Group approval in which nobody approves their own work: the person who
    submitted the page, or saved its latest revision, cannot approve or reject
    it, even as a member of the approving group (or a superuser)."""

    @staticmethod
    def is_author(obj, user):
        workflow_state = obj.current_workflow_state
        if workflow_state is not None and workflow_state.requested_by_id == user.pk:
            return True
        latest = obj.latest_revision
        return latest is not None and latest.user_id == user.pk

    def get_actions(self, obj, user):
        if self.is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
        )

    def user_can_approve(self, obj, user):
        return (user.is_superuser or self._user_in_groups(user)) and not self.is_author(obj, user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, but never their own work")

    class Meta:
        verbose_name = _("approval by a second person")
        verbose_name_plural = _("approvals by a second person")


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
