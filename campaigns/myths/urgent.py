"""The urgent lane: when a harmful rumour spreads, a Publisher puts a myth page
live at once, with a written reason, before its fact check. The fact check is
then forced to run on the published revision: while it is open the page
carries a public notice in every language, its workflow cannot be cancelled
and the page cannot be published urgently again. It closes when the Fact
checkers approve the live revision (or the workflow publishes a checked one).
Who may use it and when: docs/roles.md."""

from django.db import transaction
from django.db.models.signals import post_migrate, post_save
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.signals import task_approved, workflow_approved

from campaigns.models import MythPage, UrgentPublication
from home.caching.signals import content_changed, purge_page
from home.caching.stale_copies import forget_copy
from home.editorial.models import EditorialRole, ReviewWorkflow, role_group, role_workflow
from home.municipalities.models import Municipality
from home.review_dates.reviews import withdraw_review

PERMISSION = "campaigns.publish_urgently"
LOG_ACTION = "samla.publish_urgently"
# The buttons that would end the forced fact check (Wagtail's action names).
ENDING_ACTIONS = ("action-cancel-workflow", "action-restart-workflow")


def open_urgent_publication(page):
    """The open urgent publication of `page` or of any of its translations."""
    return (
        UrgentPublication.objects.open()
        .filter(page__translation_key=page.translation_key)
        .select_related("user")
        .first()
    )


def open_urgent_publications(pages):
    """{translation key: open urgent publication} for many pages (a feed, the
    API's listing) in one query; open_urgent_publication() for each."""
    return {
        urgent.page.translation_key: urgent
        for urgent in UrgentPublication.objects.open()
        .filter(page__translation_key__in={page.translation_key for page in pages})
        .select_related("page")
    }


def may_publish_urgently(user, page):
    """Publishers (and superusers) may publish a myth page under the Fact
    check urgently, unless an urgent publication of it is still open."""
    return (
        isinstance(page, MythPage)
        and user.has_perm(PERMISSION)
        and page.alias_of_id is None
        and page.get_latest_revision() is not None
        and page.get_workflow()
        == role_workflow(ReviewWorkflow.FACT_CHECK, municipality=Municipality.of_page(page))
        and open_urgent_publication(page) is None
    )


@transaction.atomic
def publish_urgently(page, user, reason):
    """Publishes the latest revision of `page` now, records and logs why, and
    starts its Fact check on that revision. Publishing cancels a review in
    progress (Wagtail's WAGTAIL_WORKFLOW_CANCEL_ON_PUBLISH); the new one
    starts from the first step, so the fact check cannot be skipped."""
    revision = page.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
    # Not reviewed yet: the fact check's approval records the review.
    withdraw_review(revision)
    page.refresh_from_db()
    urgent = UrgentPublication.objects.create(
        page=page, revision=revision, user=user, reason=reason
    )
    log(instance=page, action=LOG_ACTION, user=user, revision=revision, data={"reason": reason})
    page.get_workflow().start(page, user)
    transaction.on_commit(lambda: forget_public_copies(page))
    return urgent


def forget_public_copies(page):
    """The last good copies of every language's page (home/caching/stale_copies.py)
    are made again from the next reader's visit, so a copy served while the
    database is down shows the notice exactly when the page does."""
    for translation in page.get_translations(inclusive=True).live():
        forget_copy(translation.get_url_parts()[2])


def complete(page):
    """Closes the open urgent publication of `page`: its notice disappears."""
    urgent = open_urgent_publication(page)
    if urgent is None:
        return
    urgent.completed_at = timezone.now()
    urgent.save(update_fields=["completed_at"])
    transaction.on_commit(lambda: forget_public_copies(page))
    # Its notice is gone from the page in every language, its listings and the API.
    purge_page(instance=page)


def _is_fact_check_task(task, page):
    fact_checkers = role_group(EditorialRole.FACT_CHECKERS, municipality=Municipality.of_page(page))
    # The partner sign-off task (home.signoff) has no groups.
    groups = getattr(task.specific, "groups", None)
    return groups is not None and groups.filter(pk=fact_checkers.pk).exists()


def complete_on_fact_check(sender, instance, user=None, **kwargs):
    """task_approved: the Fact checkers approved the revision readers see,
    and nothing newer waits for their check."""
    page = instance.workflow_state.content_object.specific
    if (
        isinstance(page, MythPage)
        # Not when someone changed the page since: that change is checked too.
        and instance.revision_id == page.live_revision_id == page.latest_revision_id
        and _is_fact_check_task(instance.task, page)
    ):
        complete(page)


def complete_on_workflow_approved(sender, instance, user=None, **kwargs):
    """workflow_approved: the workflow published the revision it approved
    (one the Fact checkers changed while checking, for instance)."""
    page = instance.content_object.specific
    if isinstance(page, MythPage):
        complete(page)


def after_check_is_open(page):
    """True while `page` itself (not its translations, which have their own
    review) waits for the fact check after an urgent publication."""
    return UrgentPublication.objects.open().filter(page_id=page.pk).exists()


def grant_to_publishers(apps):
    """Gives the publish_urgently permission to the group playing the
    Publishers' role; written against `apps` for migrations and post_migrate."""
    GroupRole = apps.get_model("home", "GroupRole")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="campaigns", model="urgentpublication"
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="publish_urgently",
        defaults={"name": "Can publish a myth page before its fact check"},
    )
    for role in GroupRole.objects.filter(role=EditorialRole.PUBLISHERS).select_related("group"):
        role.group.permissions.add(permission)


def grant_after_migrate(sender, apps=None, plan=None, **kwargs):
    """A Publishers' group made again by home/editorial/setup.py after a
    migrate gets the urgent lane too."""
    if apps is None or any(backwards for _migration, backwards in plan or []):
        return
    try:
        apps.get_model("home", "GroupRole")
    except LookupError:
        return  # migrated only part of the way: roles are not recorded yet
    grant_to_publishers(apps)


def connect(app_config):
    task_approved.connect(complete_on_fact_check, dispatch_uid="urgent-after-check-task")
    workflow_approved.connect(
        complete_on_workflow_approved, dispatch_uid="urgent-after-check-workflow"
    )
    post_migrate.connect(grant_after_migrate, sender=app_config)
    # Its notice is part of the page's cached article: opening or closing one renews it.
    post_save.connect(
        content_changed, sender=UrgentPublication, dispatch_uid="urgent-content-changed"
    )
