"""The reporter hears back (campaigns/rumours/replies.py): one e-mail, in the
language they read the report form in, once the answering myth page is live
in that language (or, after RUMOUR_REPLY_TRANSLATION_WAIT_HOURS, in Swedish
with a note); then their address and consent are gone. Publication goes
through Wagtail's revisions (page_published), the mail through the outbox."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from campaigns.models import MythPage, ReportStatus, RumourReport
from campaigns.rumours.replies import send_due_replies
from home.models import QueuedEmail

pytestmark = pytest.mark.django_db

REPORTER = "resident@example.org"


@pytest.fixture
def arabic_index(myth_index, homes):
    index = myth_index.copy_for_translation(homes["ar"].locale, copy_parents=True)
    index.save_revision().publish()
    return index


@pytest.fixture
def report(make_myth):
    """An Arabic reader's report, answered by a Swedish myth page still in review."""
    answer = make_myth("skola", title="Barn får gå i skolan", live=False)
    return RumourReport.objects.create(
        text="سمعت أن الأطفال لا يذهبون إلى المدرسة.",
        language="ar",
        site_language="ar",
        email=REPORTER,
        consent=True,
        answered_by=answer,
    )


def translate(page, code, homes, title):
    """A draft translation, as wagtail-localize's "Translate this page" makes it."""
    translation = page.copy_for_translation(homes[code].locale)
    translation.title = title
    translation.save_revision()
    return translation


def replies_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def publish_and_commit(page, capture):
    """Publishes the page's latest revision, as an approval in its workflow does."""
    with capture(execute=True):  # the outbox delivers after the commit
        page.get_latest_revision().publish()
    return MythPage.objects.get(pk=page.pk)


def test_reporter_gets_one_arabic_email_when_the_arabic_answer_goes_live_then_the_address_is_gone(
    report, arabic_index, homes, django_capture_on_commit_callbacks
):
    assert report.status == ReportStatus.NEW
    swedish = publish_and_commit(report.answered_by, django_capture_on_commit_callbacks)
    report.refresh_from_db()
    assert report.status == ReportStatus.ANSWERED  # its answer is live
    arabic = translate(swedish, "ar", homes, "يحق للأطفال الذهاب إلى المدرسة")
    assert not replies_to(REPORTER)  # live in Swedish only: the reporter waits for Arabic

    publish_and_commit(arabic, django_capture_on_commit_callbacks)
    [reply] = replies_to(REPORTER)
    assert reply.subject == "الرد على الإشاعة التي أبلغت عنها"
    assert "/ar/" in reply.body and arabic.get_full_url() in reply.body
    assert "يحق للأطفال الذهاب إلى المدرسة" in reply.body
    assert "سمعت أن الأطفال لا يذهبون إلى المدرسة." in reply.body
    assert "حذفنا عنوان بريدك الإلكتروني" in reply.body
    assert "الصفحة السويدية" not in reply.body  # no Swedish-page note
    report.refresh_from_db()
    assert (report.email, report.consent) == ("", False)
    assert report.replied_at is not None and report.reply_answer_language == "ar"

    # Republishing either page, or the timer, never writes again.
    publish_and_commit(MythPage.objects.get(pk=arabic.pk), django_capture_on_commit_callbacks)
    publish_and_commit(MythPage.objects.get(pk=swedish.pk), django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_replies(timezone.now() + timedelta(days=3)) == 0
    assert len(replies_to(REPORTER)) == 1
    assert not QueuedEmail.objects.exists()


def test_a_swedish_reporter_hears_back_when_the_swedish_answer_goes_live(
    make_myth, django_capture_on_commit_callbacks
):
    answer = make_myth("bostad", title="Bostäderna går till alla", live=False)
    RumourReport.objects.create(
        text="Alla lägenheter går till flyktingar.",
        language="ar",  # heard in Arabic, but the reporter read the form in Swedish
        site_language="sv",
        email=REPORTER,
        consent=True,
        answered_by=answer,
    )
    publish_and_commit(answer, django_capture_on_commit_callbacks)
    [reply] = replies_to(REPORTER)
    assert reply.subject == "Svar på ryktet du rapporterade"
    assert answer.get_full_url() in reply.body and "/sv/" in answer.get_full_url()
    assert "Vi har nu raderat din e-postadress" in reply.body


def test_without_a_translation_the_reply_links_to_the_swedish_page_after_the_wait(
    report, settings, django_capture_on_commit_callbacks
):
    settings.RUMOUR_REPLY_TRANSLATION_WAIT_HOURS = 24
    swedish = publish_and_commit(report.answered_by, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_replies(timezone.now() + timedelta(hours=23)) == 0
    assert not replies_to(REPORTER)

    with django_capture_on_commit_callbacks(execute=True):
        out = StringIO()
        # The timer's command, a day after the Swedish page went live.
        report.refresh_from_db()
        RumourReport.objects.filter(pk=report.pk).update(
            answer_live_in_swedish_at=report.answer_live_in_swedish_at - timedelta(hours=24)
        )
        call_command("send_rumour_replies", stdout=out)
    assert out.getvalue().strip() == "Sent 1 replies."
    [reply] = replies_to(REPORTER)
    assert reply.subject == "الرد على الإشاعة التي أبلغت عنها"  # still written in Arabic
    assert swedish.get_full_url() in reply.body
    assert "الصفحة السويدية" in reply.body  # the note: the page is Swedish for now
    report.refresh_from_db()
    assert report.reply_answer_language == "sv" and report.email == ""
    assert report.answer_live_in_reporter_language_at is None  # still waiting for Arabic


def test_with_no_wait_the_swedish_reply_goes_when_the_swedish_page_goes_live_and_never_again(
    report, arabic_index, homes, settings, django_capture_on_commit_callbacks
):
    settings.RUMOUR_REPLY_TRANSLATION_WAIT_HOURS = 0
    swedish = publish_and_commit(report.answered_by, django_capture_on_commit_callbacks)
    [reply] = replies_to(REPORTER)
    assert swedish.get_full_url() in reply.body and "الصفحة السويدية" in reply.body

    arabic = translate(swedish, "ar", homes, "يحق للأطفال الذهاب إلى المدرسة")
    publish_and_commit(arabic, django_capture_on_commit_callbacks)
    assert len(replies_to(REPORTER)) == 1
    report.refresh_from_db()
    assert report.answer_live_in_reporter_language_at is not None


def test_a_report_without_consent_never_gets_email(
    make_myth, settings, django_capture_on_commit_callbacks
):
    settings.RUMOUR_REPLY_TRANSLATION_WAIT_HOURS = 0
    answer = make_myth("utan", live=False)
    report = RumourReport.objects.create(
        text="Ett rykte", language="sv", site_language="sv", answered_by=answer
    )
    publish_and_commit(answer, django_capture_on_commit_callbacks)
    assert not mail.outbox
    report.refresh_from_db()
    assert report.replied_at is None
    assert report.answer_live_in_swedish_at is not None  # still measured


def test_linking_a_report_to_a_live_page_in_the_inbox_replies_at_once(
    client, communicator, make_myth, django_capture_on_commit_callbacks
):
    answer = make_myth("redan-live")
    report = RumourReport.objects.create(
        text="Ett rykte", language="sv", site_language="sv", email=REPORTER, consent=True
    )
    client.force_login(communicator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("rumour_reports:edit", args=[report.pk]),
            {"status": "answered", "answered_by": answer.pk, "notes": ""},
        )
    assert response.status_code == 302
    [reply] = replies_to(REPORTER)
    assert answer.get_full_url() in reply.body
    report.refresh_from_db()
    assert report.email == "" and report.replied_at is not None


def test_a_deleted_answer_page_leaves_the_report_open_and_unanswered(
    report, django_capture_on_commit_callbacks
):
    report.answered_by.delete()
    report.refresh_from_db()
    assert report.answered_by is None
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_replies(timezone.now() + timedelta(days=30)) == 0
    assert not mail.outbox
    assert report.email == REPORTER and report.consent
    assert RumourReport.objects.waiting().filter(pk=report.pk).exists()


def test_the_reply_waits_in_the_outbox_while_the_mail_server_is_down(
    report, settings, django_capture_on_commit_callbacks
):
    settings.RUMOUR_REPLY_TRANSLATION_WAIT_HOURS = 0
    settings.SAMLA_EMAIL_DELIVERY_BACKEND = "tests.home.broken_mail.BrokenBackend"
    publish_and_commit(report.answered_by, django_capture_on_commit_callbacks)
    queued = QueuedEmail.objects.get()
    assert queued.addresses["to"] == [REPORTER] and queued.attempts == 1
    assert "mail server unreachable" in queued.last_error
    report.refresh_from_db()
    assert report.email == "" and report.replied_at is not None  # erased, recorded, not lost

    settings.SAMLA_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    QueuedEmail.objects.update(next_attempt_at=timezone.now())  # the retry is due
    call_command("send_queued_email", stdout=StringIO())
    assert len(replies_to(REPORTER)) == 1
    assert not QueuedEmail.objects.exists()  # the address has left the outbox too
