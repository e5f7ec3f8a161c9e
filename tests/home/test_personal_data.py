"""Personal data (docs/privacy.md): every kind is erased after its retention
period by `manage.py erase_expired_personal_data`, nothing inside its period
is touched, and an access request gets everything stored about one e-mail
address, from the command or from the superusers' admin view."""

import json
from datetime import timedelta
from io import StringIO

from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.core.management import CommandError, call_command
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest
from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog

from campaigns.models import RumourReport
from home.models import (
    EditorialRole,
    PageFeedback,
    PartnerReviewer,
    Person,
    QueuedEmail,
    Subscription,
)
from home.outbox.delivery import queue
from stories.models import ExampleSuggestion

PERIODS = {
    "RUMOUR_REPORT_RETENTION_DAYS": 90,
    "UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS": 7,
    "EXAMPLE_SUGGESTION_CONTACT_RETENTION_DAYS": 180,
    "FEEDBACK_COMMENT_RETENTION_DAYS": 180,
    "LOGIN_RECORD_RETENTION_DAYS": 30,
    "UNDELIVERED_EMAIL_RETENTION_DAYS": 30,
    "PARTNER_REVIEWER_RETENTION_DAYS": 180,
}


@pytest.fixture(autouse=True)
def periods(settings):
    for name, days in PERIODS.items():
        setattr(settings, name, days)


def aged(instance, days, field="created_at"):
    """Moves the row's timestamp `days` days into the past."""
    type(instance).objects.filter(pk=instance.pk).update(
        **{field: timezone.now() - timedelta(days=days)}
    )
    return instance


def erase():
    out = StringIO()
    call_command("erase_expired_personal_data", stdout=out)
    return out.getvalue()


def subscription(email, topic="stories", confirmed=False, language="sv"):
    return Subscription.objects.create(
        email=email,
        topic=topic,
        locale=Locale.objects.get(language_code=language),
        confirmed_at=timezone.now() if confirmed else None,
    )


def rumour_report(email="", text="Rykte"):
    return RumourReport.objects.create(
        text=text, language="sv", site_language="sv", email=email, consent=bool(email)
    )


def suggestion(email, name="Karin Lund", organisation="Exempelkommun"):
    return ExampleSuggestion.objects.create(
        organisation=organisation,
        contact_name=name,
        contact_email=email,
        what_was_done="Språkcafé varje tisdag.",
        for_whom="Nyanlända vuxna",
        locale=Locale.objects.get(language_code="sv"),
    )


def feedback(page, comment, helpful=True):
    return PageFeedback.objects.create(
        page=page, locale=page.locale, helpful=helpful, comment=comment
    )


def undelivered_email(to, subject="Nytt på Samla"):
    """An e-mail the mail server has not accepted yet, queued as Samla queues one."""
    [queued_id] = queue([EmailMessage(subject, "Text", to=[to])])
    return QueuedEmail.objects.get(pk=queued_id)


def login_record(model, username, ip_address="203.0.113.9", **extra):
    fields = (
        {"get_data": "", "post_data": "", "failures_since_start": 3}
        if model is AccessAttempt
        else {}
    )
    return model.objects.create(
        username=username,
        ip_address=ip_address,
        user_agent="Firefox",
        http_accept="text/html",
        path_info="/admin/login/",
        **fields,
        **extra,
    )


# Erasure, kind by kind: just past the period goes, just inside it stays.


def test_unconfirmed_subscriptions_are_deleted_after_seven_days(db):
    expired = aged(subscription("late@example.org"), 8)
    waiting = aged(subscription("waiting@example.org"), 6)
    confirmed = aged(subscription("reader@example.org", confirmed=True), 400)

    erase()

    assert not Subscription.objects.filter(pk=expired.pk).exists()
    assert set(Subscription.objects.values_list("pk", flat=True)) == {waiting.pk, confirmed.pk}


def test_a_resent_confirmation_link_works_for_a_whole_period(client, db):
    client.post("/sv/subscribe/", {"email": "late@example.org", "topics": ["stories"]})
    aged(Subscription.objects.get(), 6)
    client.post("/sv/subscribe/", {"email": "late@example.org", "topics": ["stories"]})
    # Two days after the resend: eight days after the first sign-up.
    Subscription.objects.update(created_at=F("created_at") - timedelta(days=2))

    erase()

    assert len(mail.outbox) == 2
    link = next(line for line in mail.outbox[1].body.splitlines() if "/confirm/" in line)
    assert client.get(link.strip().replace("http://testserver", "")).status_code == 200
    assert Subscription.objects.get().confirmed_at is not None


def test_feedback_comments_are_emptied_after_their_period_and_the_answers_stay(source_home):
    old_yes = aged(feedback(source_home, "Min granne heter Ali och bor på Storgatan 1"), 181)
    old_no = aged(feedback(source_home, "Svårt att förstå", helpful=False), 181)
    recent = aged(feedback(source_home, "Bra sida"), 179)

    erase()

    comments = dict(PageFeedback.objects.values_list("pk", "comment"))
    assert comments == {old_yes.pk: "", old_no.pk: "", recent.pk: "Bra sida"}
    assert sorted(PageFeedback.objects.values_list("helpful", flat=True)) == [False, True, True]


def test_example_suggestion_contact_details_are_erased_after_their_period(db):
    old = aged(suggestion("karin@example.org"), 181)
    recent = aged(suggestion("per@example.org", name="Per Holm"), 179)

    erase()

    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.contact_name, old.contact_email) == ("", "")
    assert (old.organisation, old.what_was_done) == ("Exempelkommun", "Språkcafé varje tisdag.")
    assert (recent.contact_name, recent.contact_email) == ("Per Holm", "per@example.org")


def test_rumour_report_emails_are_erased_after_their_period_and_the_report_stays(db):
    old = aged(rumour_report("a@example.org", text="Gammalt"), 91)
    recent = aged(rumour_report("b@example.org", text="Nytt"), 89)

    erase()

    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.email, old.consent, old.text) == ("", False, "Gammalt")
    assert (recent.email, recent.consent) == ("b@example.org", True)


def test_erasure_follows_the_retention_settings(settings, db):
    report = aged(rumour_report("a@example.org"), 20)

    settings.RUMOUR_REPORT_RETENTION_DAYS = 30
    erase()
    report.refresh_from_db()
    assert report.email == "a@example.org"

    settings.RUMOUR_REPORT_RETENTION_DAYS = 14
    erase()
    report.refresh_from_db()
    assert report.email == ""


@pytest.mark.parametrize("model", [AccessAttempt, AccessFailureLog, AccessLog])
def test_sign_in_records_are_deleted_after_their_period(db, model):
    old = aged(login_record(model, "old-user"), 31, field="attempt_time")
    recent = aged(login_record(model, "recent-user", ip_address="203.0.113.10"), 29, "attempt_time")

    erase()

    assert not model.objects.filter(pk=old.pk).exists()
    assert list(model.objects.values_list("pk", flat=True)) == [recent.pk]


def test_e_mails_never_delivered_are_deleted_after_their_period(db):
    old = aged(undelivered_email("old@example.org"), 31)
    recent = aged(undelivered_email("recent@example.org"), 29)

    erase()

    assert not QueuedEmail.objects.filter(pk=old.pk).exists()
    assert list(QueuedEmail.objects.values_list("pk", flat=True)) == [recent.pk]


def test_expired_sessions_are_cleared(db):
    expired, live = SessionStore(), SessionStore()
    expired["feedback_given"] = [1]
    live["feedback_given"] = [2]
    expired.create()
    live.create()
    Session.objects.filter(session_key=expired.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )

    output = erase()

    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]
    assert "expired sessions (deleted), at their expiry date: 1" in output


def test_each_kind_is_counted_and_a_second_run_erases_nothing(source_home):
    aged(subscription("late@example.org"), 8)
    aged(rumour_report("a@example.org"), 91)
    aged(suggestion("karin@example.org"), 181)
    aged(feedback(source_home, "Kommentar"), 181)
    aged(login_record(AccessLog, "editor"), 31, field="attempt_time")
    aged(undelivered_email("gone@example.org"), 31)
    aged(
        PartnerReviewer.objects.create(
            page=source_home, name="Anna", organisation="Polisen", email="anna@polisen.example"
        ),
        181,
    )
    attempt = aged(login_record(AccessAttempt, "guesser"), 31, field="attempt_time")
    # Deleted with the attempt, but not counted as one.
    AccessAttemptExpiration.objects.create(access_attempt=attempt, expires_at=timezone.now())

    first = erase().splitlines()
    second = erase().splitlines()

    assert first[0] == "Erased personal data past its retention period:"
    counts = dict(line.strip().rsplit(": ", 1) for line in first[1:])
    assert counts == {
        "unconfirmed subscriptions (deleted), after 7 days "
        "(UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS)": "1",
        "comments on page feedback (emptied; the yes/no answer stays), after 180 days "
        "(FEEDBACK_COMMENT_RETENTION_DAYS)": "1",
        "failed sign-in counters, django-axes AccessAttempt (deleted), after 30 days "
        "(LOGIN_RECORD_RETENTION_DAYS)": "1",
        "failed sign-in log, django-axes AccessFailureLog (deleted), after 30 days "
        "(LOGIN_RECORD_RETENTION_DAYS)": "0",
        "sign-in log, django-axes AccessLog (deleted), after 30 days "
        "(LOGIN_RECORD_RETENTION_DAYS)": "1",
        "expired sessions (deleted), at their expiry date": "0",
        "e-mails never delivered (deleted), after 30 days (UNDELIVERED_EMAIL_RETENTION_DAYS)": "1",
        "partner reviewers sent no link in the period, with their links (deleted), after 180 "
        "days (PARTNER_REVIEWER_RETENTION_DAYS)": "1",
        "contact names and e-mail addresses on example suggestions (emptied; the suggestion "
        "stays), after 180 days (EXAMPLE_SUGGESTION_CONTACT_RETENTION_DAYS)": "1",
        "e-mail addresses on rumour reports (emptied with the consent; the report stays), "
        "after 90 days (RUMOUR_REPORT_RETENTION_DAYS)": "1",
    }
    assert [line.rsplit(": ", 1)[1] for line in second[1:]] == ["0"] * len(counts)


def test_a_negative_period_is_refused_before_anything_is_erased(settings, db):
    settings.RUMOUR_REPORT_RETENTION_DAYS = -1  # the last kind to be erased
    expired = aged(subscription("late@example.org"), 8)  # the first

    with pytest.raises(ImproperlyConfigured, match="RUMOUR_REPORT_RETENTION_DAYS"):
        erase()

    assert Subscription.objects.filter(pk=expired.pk).exists()


# The export: everything about one address, in any letter case, nothing else.

ADDRESS = "Reader@Example.org"
OTHERS = ["other@example.org", "xreader@example.org", "reader@example.org.example"]


@pytest.fixture
def stored_everywhere(make_user, db):
    """The address (in varying letter case) in every kind of personal data,
    and other addresses beside it."""
    for email in [ADDRESS.lower(), *OTHERS]:
        subscription(email, topic="myths", language="ar")
    subscription(ADDRESS.lower(), topic="stories", language="ar", confirmed=True)
    for email in ["READER@example.org", *OTHERS]:
        rumour_report(email, text=f"Rykte från {email}")
    for email in ["reader@EXAMPLE.org", *OTHERS]:
        suggestion(email, name=f"Kontakt {email}")
    for email in [ADDRESS, *OTHERS]:
        Person.objects.create(name=f"Person {email}", role="Samordnare", email=email)
    for username, email in [
        ("reader", ADDRESS),
        *((f"other-{n}", e) for n, e in enumerate(OTHERS)),
    ]:
        type(make_user(username)).objects.filter(username=username).update(email=email)
    login_record(AccessLog, "reader")
    login_record(AccessAttempt, ADDRESS.upper())  # the address typed as the user name
    login_record(AccessAttempt, "other")
    for to in ["Läsare <READER@example.org>", *OTHERS]:
        undelivered_email(to, subject=f"Till {to}")


def export(email):
    out = StringIO()
    call_command("export_personal_data", email, stdout=out)
    return json.loads(out.getvalue())


def test_export_finds_every_kind_for_the_address_in_any_letter_case(stored_everywhere):
    data = export("reader@example.ORG")

    assert data["email"] == "reader@example.ORG"
    assert [
        (row["topic"], row["language"], row["confirmed_at"] is not None)
        for row in data["subscriptions"]
    ] == [("myths", "ar", False), ("stories", "ar", True)]
    assert [row["text"] for row in data["rumour_reports"]] == ["Rykte från READER@example.org"]
    assert [row["contact_name"] for row in data["example_suggestions"]] == [
        "Kontakt reader@EXAMPLE.org"
    ]
    assert [row["name"] for row in data["contact_people"]] == [f"Person {ADDRESS}"]
    assert [(row["username"], row["email"]) for row in data["user_accounts"]] == [
        ("reader", ADDRESS)
    ]
    assert [row["username"] for row in data["sign_ins"]] == ["reader"]
    assert [row["username"] for row in data["failed_sign_ins"]] == [ADDRESS.upper()]
    assert data["failed_sign_ins"][0]["ip_address"] == "203.0.113.9"
    assert [row["subject"] for row in data["undelivered_emails"]] == [
        "Till Läsare <READER@example.org>"
    ]


def test_export_holds_nothing_of_other_addresses(stored_everywhere):
    text = json.dumps(export(ADDRESS))

    for email in OTHERS:
        assert email not in text
    assert '"other"' not in text


def test_export_of_an_unknown_address_is_empty(stored_everywhere):
    data = export("nobody@example.org")

    assert set(data) == {
        "email",
        "exported_at",
        "subscriptions",
        "contact_people",
        "user_accounts",
        "sign_ins",
        "failed_sign_ins",
        "example_suggestions",
        "rumour_reports",
        "undelivered_emails",
        "partner_reviewers",
    }
    assert all(data[key] == [] for key in set(data) - {"email", "exported_at"})


def test_export_refuses_what_is_not_an_address(db):
    with pytest.raises(CommandError, match="Not an e-mail address"):
        call_command("export_personal_data", "reader", stdout=StringIO())


# The admin view: superusers only.

URL = "/admin/personal-data/"
ROLES = {
    "communicator": [EditorialRole.COMMUNICATORS],
    "fact_checker": [EditorialRole.FACT_CHECKERS],
    "publisher": [EditorialRole.PUBLISHERS],
    "translator_ar": [EditorialRole.TRANSLATORS, "ar"],
}


def test_the_admin_url_is_the_personal_data_view():
    assert reverse("personal_data_export") == URL


def test_a_superuser_downloads_what_is_stored_about_an_address(
    client, make_user, stored_everywhere
):
    client.force_login(make_user("root", is_superuser=True))

    assert URL in client.get("/admin/").content.decode()  # Settings → Personal data
    form = client.get(URL)
    assert form.status_code == 200
    assert 'name="email"' in form.content.decode()
    response = client.post(URL, {"email": "READER@example.org"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert "no-store" in response["Cache-Control"]
    downloaded = json.loads(response.content)
    from_command = export("READER@example.org")
    downloaded.pop("exported_at")
    from_command.pop("exported_at")
    assert downloaded == from_command
    assert downloaded["user_accounts"][0]["username"] == "reader"


def test_the_admin_view_asks_again_for_something_that_is_not_an_address(client, make_user):
    client.force_login(make_user("root", is_superuser=True))

    response = client.post(URL, {"email": "reader"})

    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert response.context["form"].errors["email"]


@pytest.mark.parametrize("role", ROLES)
def test_other_roles_get_no_menu_item_and_are_refused(client, make_user, stored_everywhere, role):
    client.force_login(make_user(role, *ROLES[role]))

    dashboard = client.get("/admin/")
    page = client.get(URL)
    post = client.post(URL, {"email": ADDRESS})

    assert dashboard.status_code == 200
    assert URL not in dashboard.content.decode()
    for response in (page, post):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
        assert "Content-Disposition" not in response
        assert ADDRESS not in response.content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client, stored_everywhere):
    for response in (client.get(URL), client.post(URL, {"email": ADDRESS})):
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert "Content-Disposition" not in response
