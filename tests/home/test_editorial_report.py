"""The "Publishing actions" report: the last 30 days of submissions,
approvals, send-backs, publications and unpublications in every language,
for Publishers, as a filterable admin listing and a CSV file."""

import csv
import io
from datetime import timedelta

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale, PageLogEntry
from wagtail.users.models import UserProfile

import pytest

from home.models import EditorialRole, HomePage
from tests.factories import users
from tests.home.editorial_helpers import add_draft, edit_post, workflow_action

pytestmark = pytest.mark.django_db

REPORT = "publishing_actions_report"


@pytest.fixture(scope="module")
def editors(module_db):
    """The communicator, publishers and Arabic translator of the history. The
    publisher who reads the report chose an English admin: its downloads
    follow that choice, which makes the headings and labels checked here
    the ones the code writes."""
    with module_db.unblock():
        publisher = users.user("publisher", EditorialRole.PUBLISHERS)
        profile = UserProfile.get_for_user(publisher)
        profile.preferred_language = "en"
        profile.save()
        return {
            "communicator": users.user("communicator", EditorialRole.COMMUNICATORS),
            "publisher": publisher,
            "second_publisher": users.user("publisher-two", EditorialRole.PUBLISHERS),
            "translator_ar": users.user("translator-ar", EditorialRole.TRANSLATORS, "ar"),
        }


@pytest.fixture(scope="module")
def history(module_db, editors):
    """A Swedish page submitted, sent back, resubmitted, approved and
    unpublished; its Arabic translation submitted and approved. Built once:
    each test's changes to it roll back."""
    communicator, publisher = editors["communicator"], editors["publisher"]
    translator_ar = editors["translator_ar"]
    client = Client()
    with module_db.unblock():
        source_home = HomePage.objects.get(locale__language_code="sv")
        page = add_draft(source_home, title="Boende", slug="boende", user=communicator)
        client.force_login(communicator)
        edit_post(client, page, "action-submit")
        client.force_login(publisher)
        workflow_action(client, page, "reject", comment="Källa saknas för siffran.")
        client.force_login(communicator)
        edit_post(client, page, "action-submit")
        client.force_login(publisher)
        workflow_action(client, page, "approve")
        client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))

        arabic_locale = Locale.objects.get(language_code="ar")
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [arabic_locale.pk]},
        )
        arabic = page.get_translation(arabic_locale)
        arabic.title = "السكن"
        arabic.save_revision(user=translator_ar)
        # The translator submits from wagtail-localize's editor.
        arabic.get_workflow().start(arabic, translator_ar)
        client.force_login(editors["second_publisher"])
        workflow_action(client, arabic, "approve")
    return page, arabic


@pytest.fixture
def communicator(editors):
    return editors["communicator"]


@pytest.fixture
def publisher(editors):
    return editors["publisher"]


@pytest.fixture
def translator_ar(editors):
    return editors["translator_ar"]


def export_rows(client, **filters):
    response = client.get(reverse(REPORT), {"export": "csv", **filters})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="publishing-actions-')
    content = response.getvalue().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


def test_the_csv_lists_every_publishing_step_with_who_and_the_comment(
    client, history, publisher, communicator, translator_ar
):
    page, arabic = history
    client.force_login(publisher)

    rows = export_rows(client)

    steps = [(row["Action"], row["Page"], row["Language"], row["User"]) for row in rows]
    swedish = [step for step in steps if step[2] == "sv"]
    assert [action for action, *_rest in reversed(swedish)] == [
        "Submitted",
        "Sent back",
        "Resubmitted",
        "Approved",
        "Published",
        "Unpublished",
    ]
    assert {user for action, _p, _l, user in swedish if action in {"Submitted", "Resubmitted"}} == {
        communicator.get_username()
    }
    assert {user for action, _p, _l, user in swedish if action in {"Sent back", "Approved"}} == {
        publisher.get_username()
    }
    [sent_back] = [row for row in rows if row["Action"] == "Sent back"]
    assert sent_back["Comment"] == "Källa saknas för siffran."
    assert sent_back["Page ID"] == str(page.pk)

    arabic_steps = {(action, user) for action, _p, language, user in steps if language == "ar"}
    assert ("Translation started", publisher.get_username()) in arabic_steps
    assert ("Submitted", translator_ar.get_username()) in arabic_steps
    assert ("Approved", "publisher-two") in arabic_steps
    assert ("Published", "publisher-two") in arabic_steps


def test_edits_and_entries_older_than_30_days_are_left_out(client, history, publisher):
    page, _arabic = history
    old = PageLogEntry.objects.filter(page=page, action="wagtail.publish").get()
    old.timestamp = timezone.now() - timedelta(days=31)
    old.save(update_fields=["timestamp"])
    client.force_login(publisher)

    rows = export_rows(client)

    assert not [row for row in rows if row["Action"] == "Published" and row["Language"] == "sv"]
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit").exists()
    assert "wagtail.edit" not in {row["Action"] for row in rows}


def test_the_report_filters_by_action_language_and_user(client, history, publisher):
    client.force_login(publisher)

    sent_back = export_rows(client, action="wagtail.workflow.reject")
    arabic = export_rows(client, language="ar")
    by_publisher = export_rows(client, user=publisher.pk)

    assert [row["Action"] for row in sent_back] == ["Sent back"]
    assert arabic and {row["Language"] for row in arabic} == {"ar"}
    assert by_publisher and {row["User"] for row in by_publisher} == {publisher.get_username()}


def test_the_report_page_lists_the_steps(client, history, publisher):
    client.force_login(publisher)

    response = client.get(reverse(REPORT))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Källa saknas för siffran." in html
    assert "السكن" in html
    assert "?export=csv" in html


@pytest.mark.parametrize(
    ("group_role", "superuser", "allowed"),
    [
        ([EditorialRole.PUBLISHERS], False, True),
        ([], True, True),
        ([EditorialRole.COMMUNICATORS], False, False),
        ([EditorialRole.FACT_CHECKERS], False, False),
        ([EditorialRole.TRANSLATORS, "ar"], False, False),
    ],
    ids=["publisher", "superuser", "communicator", "fact-checker", "translator"],
)
def test_only_publishers_and_superusers_see_the_report(
    client, make_user, group_role, superuser, allowed
):
    user = make_user("someone", *group_role, is_superuser=superuser)
    if superuser:
        user.groups.set(Group.objects.none())
    client.force_login(user)

    report = client.get(reverse(REPORT))
    export = client.get(reverse(REPORT), {"export": "csv"})
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    if allowed:
        assert report.status_code == 200
        assert export.status_code == 200
        assert reverse(REPORT) in dashboard
    else:
        assert report.status_code in (302, 403)
        assert export.status_code in (302, 403)
        assert "text/csv" not in export.get("Content-Type", "")
        assert reverse(REPORT) not in dashboard
