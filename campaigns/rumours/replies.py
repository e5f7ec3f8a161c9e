"""The reporter hears back, and the product measures how long that took
(docs/myths.md, "Answering the reporter" and "Time to answer").

For every report a myth page answers, `record_answer_progress` records the
first time the answer was live in Swedish and in the reporter's language
(`RumourReport.reporter_language`), and sends the one reply e-mail once it
is due. It runs when a translation of the answering page is published
(`page_published`; translations share the page's translation key, so a
report linked to any of them counts), when a report is linked to a page
that is already live (the report's `post_save`; the times are then the time
of the link: until then the reporter had no answer from us), and from
`manage.py send_rumour_replies`, which sends the Swedish replies whose wait
is over and catches up links made without a save.

The reply goes through the outbox (home/outbox/delivery.py): queued in the
transaction that erases the address and the consent, delivered after the
commit, retried until the mail server takes it."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_save
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.signals import page_published

from campaigns.models import MythPage, ReportStatus, RumourReport

QUOTED_REPORT_CHARACTERS = 300


def translation_wait():
    return timedelta(hours=settings.RUMOUR_REPLY_TRANSLATION_WAIT_HOURS)


def live_answer_pages(report):
    """The live, public translations of the page answering `report`, by language code."""
    if report.answered_by_id is None:
        return {}
    answering = MythPage.objects.filter(pk=report.answered_by_id).values("translation_key")
    pages = (
        MythPage.objects.live()
        .public()
        .filter(translation_key__in=answering)
        .select_related("locale")
    )
    return {page.locale.language_code: page for page in pages}


def page_to_reply_with(report, live_pages, now):
    """The answer the reply links to, once one is due: the page in the
    reporter's language; or the Swedish page when it has been live for
    RUMOUR_REPLY_TRANSLATION_WAIT_HOURS and the reporter's language still is not."""
    if report.reporter_language in live_pages:
        return live_pages[report.reporter_language]
    swedish = live_pages.get(settings.LANGUAGE_CODE)
    if swedish is not None and report.answer_live_in_swedish_at + translation_wait() <= now:
        return swedish
    return None


def reply_message(report, page):
    """The reply, written in the reporter's language whatever the page's language."""
    with translation.override(report.reporter_language):
        body = render_to_string(
            "campaigns/rumours/email/reply.txt",
            {
                "report_text": Truncator(report.text).chars(QUOTED_REPORT_CHARACTERS),
                "page": page,
                "page_url": page.get_full_url(),
                "answer_in_swedish": page.locale.language_code != report.reporter_language,
            },
        )
        return EmailMessage(
            subject=_("Answer to the rumour you reported"), body=body, to=[report.email]
        )


def reply_if_due(report, live_pages, now):
    """Sends the one reply and erases the address and the consent, in one
    transaction. Returns whether it sent."""
    with transaction.atomic():
        report = RumourReport.objects.select_for_update().get(pk=report.pk)
        if report.replied_at is not None or not (report.consent and report.email):
            return False
        page = page_to_reply_with(report, live_pages, now)
        if page is None:
            return False
        reply_message(report, page).send()
        # update(): a save() would run this module's post_save receiver again.
        RumourReport.objects.filter(pk=report.pk).update(
            email="",
            consent=False,
            replied_at=now,
            reply_answer_language=page.locale.language_code,
        )
    return True


def record_answer_progress(report, now=None):
    """Records what of `report`'s answer has gone live since last time and
    sends the reply when it is due. Any number of calls record each time once."""
    now = now or timezone.now()
    live_pages = live_answer_pages(report)
    first_live = {
        "answer_live_in_swedish_at": settings.LANGUAGE_CODE in live_pages,
        "answer_live_in_reporter_language_at": report.reporter_language in live_pages,
    }
    for field, is_live in first_live.items():
        if is_live:
            # Only while unset: a concurrent publication never moves a recorded time.
            RumourReport.objects.filter(pk=report.pk, **{f"{field}__isnull": True}).update(
                **{field: now}
            )
    if live_pages:
        # Answered once its answer is live (RumourReport.answer_with); a dismissal stays.
        RumourReport.objects.filter(
            pk=report.pk, status__in=[ReportStatus.NEW, ReportStatus.INVESTIGATING]
        ).update(status=ReportStatus.ANSWERED)
    report.refresh_from_db(fields=[*first_live, "status"])
    return reply_if_due(report, live_pages, now)


def reports_to_follow_up():
    """Linked reports with a time still to record or a reply still to send."""
    return RumourReport.objects.filter(answered_by__isnull=False).filter(
        Q(answer_live_in_swedish_at__isnull=True)
        | Q(answer_live_in_reporter_language_at__isnull=True)
        | Q(replied_at__isnull=True, consent=True)
    )


def send_due_replies(now=None):
    """For the timer (manage.py send_rumour_replies): records and sends what
    is due; returns how many replies it sent."""
    now = now or timezone.now()
    return sum(record_answer_progress(report, now) for report in reports_to_follow_up())


def record_published_answer(sender, instance, **kwargs):
    reports = reports_to_follow_up().filter(answered_by__translation_key=instance.translation_key)
    for report in reports:
        record_answer_progress(report)


def record_linked_answer(sender, instance, raw=False, **kwargs):
    if not raw and instance.answered_by_id is not None:
        record_answer_progress(instance)


def register():
    page_published.connect(
        record_published_answer, sender=MythPage, dispatch_uid="samla_rumour_answer_published"
    )
    post_save.connect(
        record_linked_answer, sender=RumourReport, dispatch_uid="samla_rumour_answer_linked"
    )
