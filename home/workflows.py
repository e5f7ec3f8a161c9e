def publish_approved_revision(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: the last approval publishes the page.

    Approving the final task is the publishing decision, so the approver's
    group membership is the permission: a language's translation reviewers
    publish translations without holding Wagtail's publish permission (which
    would also let them publish without any review)."""
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
