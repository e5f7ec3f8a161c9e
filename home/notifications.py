"""Workflow e-mails that never hold up or undo a workflow step.

Wagtail sends its workflow notifications from inside the database
transaction that moves the workflow, and catches only a refused connection
or a timeout. Any other SMTP error (a "421 busy" greeting, a failed login, a
TLS failure) would roll the submission or approval back and show the editor
a server error. Samla sends the same notifications, with Wagtail's own
notifiers and templates, once the step is committed, and logs a failure
instead of raising it."""

import logging

from django.db import transaction

from wagtail.admin import signal_handlers as wagtail_notifiers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

logger = logging.getLogger(__name__)

# (signal, sender, Wagtail's notifier, the dispatch_uid Wagtail connects it under)
WORKFLOW_NOTIFICATIONS = [
    (
        task_submitted,
        TaskState,
        wagtail_notifiers.task_submission_email_notifier,
        "group_approval_task_submitted_email_notification",
    ),
    (
        workflow_submitted,
        WorkflowState,
        wagtail_notifiers.workflow_submission_email_notifier,
        "workflow_state_submitted_email_notification",
    ),
    (
        workflow_rejected,
        WorkflowState,
        wagtail_notifiers.workflow_rejection_email_notifier,
        "workflow_state_rejected_email_notification",
    ),
    (
        workflow_approved,
        WorkflowState,
        wagtail_notifiers.workflow_approval_email_notifier,
        "workflow_state_approved_email_notification",
    ),
]


class SendAfterCommit:
    def __init__(self, notifier):
        self.notifier = notifier

    def __call__(self, sender, instance, user=None, **kwargs):
        transaction.on_commit(lambda: self.send(instance, user))

    def send(self, instance, user):
        try:
            self.notifier(instance=instance, user=user)
        except Exception:
            logger.exception("The workflow e-mail about %s could not be sent", instance)


def send_workflow_notifications_after_commit():
    """Replaces Wagtail's receivers. Connecting under Wagtail's dispatch_uids
    also keeps Wagtail from connecting its own later (wagtail.admin's ready()
    runs after home's), since a signal takes one receiver per dispatch_uid."""
    for signal, sender, notifier, dispatch_uid in WORKFLOW_NOTIFICATIONS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(
            SendAfterCommit(notifier), sender=sender, dispatch_uid=dispatch_uid, weak=False
        )
