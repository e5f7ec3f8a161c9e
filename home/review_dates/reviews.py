"""Recording reviews and public changes, and reading a page's review dates.

A page is reviewed when a publication of it passes review (the workflow's
last approval publishes it, a translation's review included) or when a
Publisher confirms that the live text is still correct. Its next review is
the last one plus its page type's interval. Each language's page has its own
dates: a translation is reviewed when its own review approves it."""

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from wagtail.models import Page, TaskState
from wagtail.permission_policies.pages import PagePermissionPolicy

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.caching.purge import page_addresses
from home.caching.signals import purge_after_commit
from home.caching.stale_copies import forget_copy
from home.freshness import freshness
from home.review_dates.models import (
    PageChange,
    PageReview,
    ReviewInterval,
    has_review_dates,
    reviewed_page_models,
)

# How many changes readers see, newest first.
SHOWN_CHANGES = 5


def months_after(day, months):
    """The same day `months` months later (the month's last day if it is shorter)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def interval_months(page_model):
    """Months between reviews of `page_model`: the communicators' setting, or the type's default."""
    content_type = ContentType.objects.get_for_model(page_model)
    interval = ReviewInterval.objects.filter(page_type=content_type).first()
    return interval.months if interval else page_model.review_interval_months


def intervals_by_content_type():
    """{content type id: (page model, months)} for every page type with review dates."""
    content_types = ContentType.objects.get_for_models(*reviewed_page_models())
    set_by_communicators = dict(ReviewInterval.objects.values_list("page_type_id", "months"))
    return {
        content_type.pk: (
            model,
            set_by_communicators.get(content_type.pk, model.review_interval_months),
        )
        for model, content_type in content_types.items()
    }


@dataclass
class ReviewDates:
    last_reviewed: datetime | None
    next_review: date | None

    @property
    def days_overdue(self):
        if self.next_review is None:
            return None
        return (timezone.localdate() - self.next_review).days


def _cached(name, page, compute):
    """What `compute` returns for `page`, kept under the content version, which
    every publication and every review, change or interval saved moves on
    (signals.py): readers' pages cost no queries for their dates."""
    key = f"samla:review-dates:{name}:{page.pk}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CHROME_CACHE_SECONDS)
    return value


def review_dates(page):
    """When `page` was last reviewed and is next due; both None before its first review."""
    return _review(page)[0]


def public_changes(page):
    """The major changes readers see on `page`, newest first."""
    return _review(page)[1]


def _review(page):
    def compute():
        # The changes are read only where there are any: most pages have none.
        fresh = freshness(page)
        dates = dates_after(
            fresh.last_reviewed, fresh.review_months or type(page).review_interval_months
        )
        changes = (
            list(PageChange.objects.filter(page=page)[:SHOWN_CHANGES])
            if fresh.has_public_changes
            else []
        )
        return dates, changes

    return _cached("review", page, compute)


def dates_after(last_reviewed, months):
    if last_reviewed is None:
        return ReviewDates(None, None)
    return ReviewDates(last_reviewed, months_after(timezone.localdate(last_reviewed), months))


def pages_due_for_review(today=None):
    """Live pages with review dates whose next review is today or past (or
    that were never reviewed), most overdue first, each with `review_dates`."""
    today = today or timezone.localdate()
    intervals = intervals_by_content_type()
    # Candidates by a generous cutoff per type; the exact date is counted below.
    due_by_type = Q()
    for content_type_id, (_model, months) in intervals.items():
        cutoff = months_after(today, -months) + timedelta(days=3)
        due_by_type |= Q(content_type_id=content_type_id) & (
            Q(last_reviewed__date__lte=cutoff) | Q(last_reviewed__isnull=True)
        )
    if not intervals:
        return []
    candidates = (
        Page.objects.live()
        .filter(content_type_id__in=intervals, alias_of__isnull=True)
        .annotate(last_reviewed=Max("reviews__reviewed_at"))
        .filter(due_by_type)
        .select_related("locale")
    )
    due = []
    for page in candidates:
        page.review_dates = dates_after(page.last_reviewed, intervals[page.content_type_id][1])
        if page.review_dates.next_review is None or page.review_dates.next_review <= today:
            due.append(page)
    never_reviewed = date.min
    return sorted(due, key=lambda page: (page.review_dates.next_review or never_reviewed, page.pk))


def approver_of(revision):
    """Who gave `revision` its last approval, or None."""
    return (
        TaskState.objects.filter(revision=revision, status=TaskState.STATUS_APPROVED)
        .order_by("-finished_at")
        .values_list("finished_by", flat=True)
        .first()
    )


def record_publication(sender, instance, revision, **kwargs):
    """page_published: the publication is a review, and a major change is told
    to readers once. Every publication here passes review (nobody publishes
    directly under a workflow, home/editorial/permissions.py) except an urgent
    one, whose review follows: it withdraws its record (withdraw_review)."""
    if not has_review_dates(instance):
        return
    published_at = instance.last_published_at or timezone.now()
    PageReview.objects.create(
        page=instance,
        reviewed_at=published_at,
        kind=PageReview.Kind.PUBLICATION,
        revision=revision,
        user_id=approver_of(revision),
    )
    if instance.major_change and instance.change_note:
        newest = PageChange.objects.filter(page=instance).first()
        # Published again unchanged (a scheduled or repeated publication):
        # readers were told already.
        if newest is None or (
            newest.revision_id != revision.pk and newest.note != instance.change_note
        ):
            PageChange.objects.create(
                page=instance,
                published_at=published_at,
                note=instance.change_note,
                revision=revision,
            )


def withdraw_review(revision):
    """The publication of `revision` was not reviewed (the urgent lane: the fact
    check comes after); its approval later records the review."""
    PageReview.objects.filter(revision=revision, kind=PageReview.Kind.PUBLICATION).delete()


publish_policy = PagePermissionPolicy()


def may_confirm_review(user, page):
    """Publishers (who answer for what is published, in every language) and
    superusers confirm that a live page with review dates is still correct."""
    return (
        has_review_dates(page)
        and page.live
        and publish_policy.user_has_permission_for_instance(user, "publish", page)
    )


def confirm_still_correct(page, user):
    """Records a review of the live page without publishing anything."""
    review = PageReview.objects.create(
        page=page, reviewed_at=timezone.now(), kind=PageReview.Kind.CONFIRMATION, user=user
    )
    # Readers see the new date at once: the front-end cache's copy and the
    # last good copy (served while the database is down) go after the commit.
    purge_after_commit(lambda: page_addresses(page))
    url_parts = page.get_url_parts()
    if url_parts is not None:
        transaction.on_commit(lambda: forget_copy(url_parts[2]))
    return review
