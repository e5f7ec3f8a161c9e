"""Signed, expiring, single-use links for partner reviewers, and what their
answers do to the workflow.

A link's token signs the id of a `PartnerLink` row (django.core.signing, so
it cannot be made up) and carries its time of signing (so it expires after
PARTNER_SIGNOFF_LINK_DAYS even if the row were changed). The row says which
revision and which step it is for, and whether it was used or revoked."""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import Page, TaskState

from home.signoff.models import PartnerLink
from home.site_address import absolute_url

SALT = "samla.partner-sign-off"
# Kept in the workflow history as written: the admin's history shows it as is.
NO_PARTNERS = "No partner reviewers on this page."


class LinkRefused(Exception):
    """Why a link cannot be used: `reason` is one of REFUSALS' keys."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def link_lifetime():
    return timedelta(days=settings.PARTNER_SIGNOFF_LINK_DAYS)


def token_for(link):
    return signing.dumps(link.pk, salt=SALT)


def link_url(link):
    with translation.override(link.reviewer.language):
        return absolute_url(reverse("partner_signoff", args=[token_for(link)]))


def open_link(token, for_update=False):
    """The `PartnerLink` a token names, if it can still be answered;
    otherwise raises LinkRefused. `for_update` locks the row until the
    transaction ends, so two answers sent at once count once."""
    try:
        link_id = signing.loads(token, salt=SALT, max_age=link_lifetime())
    except signing.SignatureExpired as error:
        raise LinkRefused("expired") from error
    except signing.BadSignature as error:
        raise LinkRefused("invalid") from error
    links = PartnerLink.objects.select_related("reviewer", "task_state", "revision")
    if for_update:
        links = links.select_for_update(of=("self",))
    link = links.filter(pk=link_id).first()
    if link is None:
        raise LinkRefused("invalid")
    if link.revoked_at is not None:
        raise LinkRefused("revoked")
    if link.used_at is not None:
        raise LinkRefused("used")
    if link.expires_at <= timezone.now():
        raise LinkRefused("expired")
    if link.task_state.status != TaskState.STATUS_IN_PROGRESS:
        raise LinkRefused("closed")
    return link


def send_link(task_state, reviewer):
    """A new link for `reviewer` to the step's revision, by e-mail in their
    language; any earlier link of theirs for the step stops working."""
    revoke(PartnerLink.objects.filter(reviewer=reviewer, task_state=task_state))
    link = PartnerLink.objects.create(
        reviewer=reviewer,
        task_state=task_state,
        revision_id=task_state.revision_id,
        expires_at=timezone.now() + link_lifetime(),
    )
    page = Page.objects.get(pk=task_state.workflow_state.object_id)
    with translation.override(reviewer.language):
        context = {
            "reviewer": reviewer,
            "title": page.get_admin_display_title(),
            "url": link_url(link),
            "expires_at": timezone.localtime(link.expires_at),
        }
        send_mail(
            _("Samla: please check “%(title)s” before it is published") % context,
            render_to_string("home/signoff/email/sign_off_request.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [reviewer.email],
        )
    log(
        instance=page.specific,
        action="samla.partner_signoff.sent",
        data=_history_data(link),
        revision=task_state.revision,
    )
    return link


def send_links(task_state, reviewers):
    for reviewer in reviewers:
        send_link(task_state, reviewer)


def revoke(links, user=None):
    """Stops the open links among `links`; returns how many."""
    return links.filter(used_at__isnull=True, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_by=user
    )


def revoke_link(link, user):
    """Stops one open link from the admin, in the page's history; returns
    whether it was open."""
    if not revoke(PartnerLink.objects.filter(pk=link.pk), user=user):
        return False
    page = Page.objects.get(pk=link.reviewer.page_id).specific
    log(
        instance=page,
        action="samla.partner_signoff.revoked",
        user=user,
        data=_history_data(link),
        revision=link.revision,
    )
    return True


def _history_data(link):
    return {
        "partner": {"name": link.reviewer.name, "organisation": link.reviewer.organisation},
        "revision_id": link.revision_id,
        "comment": link.comment,
    }


def _signature(link):
    signature = f"{link.reviewer.name} ({link.reviewer.organisation})"
    return f"{signature}: {link.comment}" if link.comment else signature


@transaction.atomic
def record_answer(token, approves, comment):
    """The partner's answer: recorded on the link and in the page's history
    with the revision it applies to. A request for changes sends the page
    back like a reviewer would; once every partner of the page approved,
    the step is approved. Raises LinkRefused for a link that cannot be used
    (also when a second answer races the first)."""
    link = open_link(token, for_update=True)
    link.used_at = timezone.now()
    link.decision = (
        PartnerLink.Decision.APPROVE if approves else PartnerLink.Decision.REQUEST_CHANGES
    )
    link.comment = comment
    link.save(update_fields=["used_at", "decision", "comment"])

    task_state = link.task_state
    page = Page.objects.get(pk=task_state.workflow_state.object_id).specific
    log(
        instance=page,
        action="samla.partner_signoff.approve" if approves else "samla.partner_signoff.reject",
        data=_history_data(link),
        revision=link.revision,
    )
    if not approves:
        revoke(PartnerLink.objects.filter(task_state=task_state))
        task_state.reject(comment=_signature(link))
        return link
    settle(task_state)
    return link


def settle(task_state):
    """Approves the step once every partner reviewer of the page approved
    its revision."""
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return
    links = PartnerLink.objects.filter(task_state=task_state).select_related("reviewer")
    approved = {
        link.reviewer_id: link for link in links if link.decision == PartnerLink.Decision.APPROVE
    }
    reviewers = set(
        task_state.workflow_state.content_object.partner_reviewers.values_list("pk", flat=True)
    )
    if not reviewers:
        task_state.approve(comment=NO_PARTNERS)
    elif reviewers <= approved.keys():
        task_state.approve(comment="; ".join(_signature(approved[pk]) for pk in sorted(reviewers)))
