"""What editors do in the admin: write a myth page, take it through the
"Fact check" workflow, answer rumour reports and keep pages re-checked."""

import datetime

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from campaigns.models import MythIndexPage, MythPage, ReportStatus, RumourReport
from home.editorial.models import role_workflow
from home.models import ReviewWorkflow

pytestmark = pytest.mark.django_db


def myth_form(title="Får asylsökande arbeta?", slug="arbete", action="action-submit"):
    today = timezone.localdate()
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "claim": "Asylsökande får inte arbeta.",
            "verdict": "misleading",
            "short_fact": "Många får arbeta medan de väntar.",
            "explanation": rich_text("<p>Undantag från kravet på arbetstillstånd.</p>"),
            "sources": streamfield(
                [
                    (
                        "source",
                        {
                            "title": "Arbeta under asyltiden",
                            "publisher": "Migrationsverket",
                            "url": "https://www.migrationsverket.se/",
                            "date": "2026-01-10",
                        },
                    )
                ]
            ),
            "date_checked": today.isoformat(),
            "recheck_by": (today + datetime.timedelta(days=180)).isoformat(),
            "topic": "",
            "organisation": "",
            "related_myths": streamfield([]),
            "comments": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
            action: "1",
        }
    )


def current_task_state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    ).current_task_state


def approve(client, page):
    task_state = current_task_state(page)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302), response.content[:500]
    return task_state


def test_new_myth_index_is_attached_to_fact_check(myth_index):
    workflow = myth_index.get_workflow()
    assert workflow is not None and workflow == role_workflow(ReviewWorkflow.FACT_CHECK)
    assert [task.name for task in workflow.tasks] == [
        "Partner sign-off",
        "Fact check",
        "Publisher approval",
    ]


def test_translated_myth_index_keeps_its_translation_review(myth_index, homes):
    translation = myth_index.copy_for_translation(homes["ar"].locale)
    assert translation.get_workflow() == role_workflow(ReviewWorkflow.TRANSLATION_REVIEW, "ar")


def test_myth_goes_live_only_after_fact_checker_then_publisher(
    client, myth_index, communicator, fact_checker, publisher
):
    # The communicator writes the page and submits it.
    client.force_login(communicator)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["campaigns", "mythpage", myth_index.pk]),
        myth_form(),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    myth = MythPage.objects.get(slug="arbete")
    assert not myth.live
    state = WorkflowState.objects.get(object_id=str(myth.pk))
    assert state.workflow == role_workflow(ReviewWorkflow.FACT_CHECK)
    assert current_task_state(myth).task.name == "Fact check"
    # A publisher cannot skip the fact check: the current task is not theirs.
    client.force_login(publisher)
    approve(client, myth)
    assert current_task_state(myth).task.name == "Fact check"
    # The fact checker approves; the page is still not live.
    client.force_login(fact_checker)
    approve(client, myth)
    myth.refresh_from_db()
    assert not myth.live
    assert current_task_state(myth).task.name == "Publisher approval"
    # The publisher approves; now it is live and validates as a ClaimReview.
    client.force_login(publisher)
    approve(client, myth)
    myth.refresh_from_db()
    assert myth.live
    client.logout()
    response = client.get(myth.url)
    assert response.status_code == 200
    assert '"@type": "ClaimReview"' in response.content.decode()


def test_fact_checker_cannot_approve_the_publisher_step(
    client, myth_index, communicator, fact_checker
):
    client.force_login(communicator)
    client.post(
        reverse("wagtailadmin_pages:add", args=["campaigns", "mythpage", myth_index.pk]),
        myth_form(),
    )
    myth = MythPage.objects.get(slug="arbete")
    client.force_login(fact_checker)
    approve(client, myth)
    task_state = current_task_state(myth)
    url = reverse("wagtailadmin_pages:workflow_action", args=[myth.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    myth.refresh_from_db()
    assert not myth.live
    assert current_task_state(myth).task.name == "Publisher approval"


def test_communicator_sees_the_inbox_and_marks_a_report_answered(client, communicator, make_myth):
    myth = make_myth("svar", title="Svaret")
    report = RumourReport.objects.create(
        text="Jag hörde att barnen inte får gå i skolan.", language="so", site_language="so"
    )
    RumourReport.objects.create(
        text="Ett avfärdat rykte", language="sv", site_language="sv", status="dismissed"
    )
    client.force_login(communicator)
    listing = client.get(reverse("rumour_reports:index"), {"status": "new"})
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Jag hörde att barnen inte får gå i skolan." in html
    assert "Ett avfärdat rykte" not in html

    edit_url = reverse("rumour_reports:edit", args=[report.pk])
    assert client.get(edit_url).status_code == 200
    response = client.post(
        edit_url, {"status": ReportStatus.ANSWERED, "answered_by": myth.pk, "notes": "Besvarad."}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.ANSWERED
    assert report.answered_by_id == myth.pk
    # The reporter's words cannot be edited away in the admin.
    assert report.text == "Jag hörde att barnen inte får gå i skolan."
    listing = client.get(reverse("rumour_reports:index")).content.decode()
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[myth.pk])}"' in listing


def test_public_cannot_see_the_inbox(client):
    response = client.get(reverse("rumour_reports:index"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_dashboard_counts_new_reports_and_lists_myths_due(client, communicator, make_myth):
    today = timezone.localdate()
    make_myth("due", title="Dags att kontrollera", recheck_by=today - datetime.timedelta(days=3))
    make_myth("fine", title="Fortfarande aktuell", recheck_by=today + datetime.timedelta(days=30))
    for number in range(3):
        RumourReport.objects.create(text=f"Rykte {number}", language="sv", site_language="sv")
    RumourReport.objects.create(
        text="Besvarat", language="sv", site_language="sv", status="answered"
    )
    client.force_login(communicator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "3 nya ryktesrapporter" in html
    assert "1 mytsida ska granskas igen" in html
    assert "Dags att kontrollera" in html
    assert "Fortfarande aktuell" not in html


def test_recheck_report_lists_overdue_myths_only(client, communicator, make_myth):
    today = timezone.localdate()
    make_myth("due", title="Försenad", recheck_by=today)
    make_myth("fine", title="I tid", recheck_by=today + datetime.timedelta(days=1))
    client.force_login(communicator)
    response = client.get(reverse("myth_recheck_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Försenad" in html
    assert "I tid" not in html


def test_only_myth_pages_can_answer_reports():
    field = RumourReport._meta.get_field("answered_by")
    assert field.related_model is MythPage
    assert MythIndexPage in [model for model in MythPage.allowed_parent_page_models()]


def test_a_re_check_date_not_after_the_date_checked_is_refused_everywhere(
    client, myth_index, communicator, make_myth
):
    """The rule is the model's, so the editor (a draft save too), the demo
    loader and any script are refused alike."""
    client.force_login(communicator)
    data = myth_form(action="action-save")
    data["recheck_by"] = data["date_checked"]

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["campaigns", "mythpage", myth_index.pk]), data
    )

    assert response.status_code == 200
    assert response.context["form"].errors["recheck_by"] == [
        "Datumet för ny granskning måste vara efter granskningsdatumet."
    ]
    assert not MythPage.objects.filter(slug="arbete").exists()
    today = timezone.localdate()
    with pytest.raises(ValidationError) as refused:
        make_myth("bakvand", date_checked=today, recheck_by=today - datetime.timedelta(days=1))
    assert refused.value.message_dict == {
        "recheck_by": ["Datumet för ny granskning måste vara efter granskningsdatumet."]
    }
