"""A Fact checker approves a submitted myth page in the page editor without
touching it: the page moves on to "Publisher approval" and no revision of
theirs restarts the fact check (home/page_form.py). The posts are what the
editor's widgets send, so the three things that used to read as changes are
all here: dates whose model default is a callable, rich text stored without
Draftail's block keys, and a source whose optional date is empty."""

import datetime

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from home.blocks import RICH_TEXT_FEATURES

pytestmark = pytest.mark.django_db

SOURCES = [
    {"title": "Skollagen", "publisher": "Sveriges riksdag", "url": "https://www.riksdagen.se/"},
    {"title": "Asylsökande barn", "publisher": "Skolverket", "url": "", "date": None},
]


@pytest.fixture
def myth(make_myth, communicator):
    page = make_myth(
        "skola",
        explanation="<p>Alla barn har rätt till skola.</p><ul><li>Förskoleklass</li></ul>",
        sources=[
            ("source", {**SOURCES[0], "date": datetime.date(2024, 5, 1)}),
            ("source", SOURCES[1]),
        ],
    )
    page.save_revision(user=communicator)
    return page


def source_post(value):
    """A source as the editor posts it: an empty date is ""."""
    return {**value, "date": value["date"].isoformat() if value["date"] else ""}


def editor_post(myth, **changes):
    """The page editor's form for `myth` as the browser posts it."""
    data = {
        "title": myth.title,
        "slug": myth.slug,
        "claim": myth.claim,
        "verdict": myth.verdict,
        "short_fact": myth.short_fact,
        "explanation": rich_text(myth.explanation, features=RICH_TEXT_FEATURES),
        "sources": streamfield([("source", source_post(block.value)) for block in myth.sources]),
        "date_checked": myth.date_checked.isoformat(),
        "recheck_by": myth.recheck_by.isoformat(),
        "topic": "",
        "organisation": myth.organisation_id,
        "related_myths": streamfield([]),
        "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": ""},
        **changes,
    }
    return nested_form_data(data)


def approve_in_editor(client, myth, **changes):
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[myth.pk]),
        {
            **editor_post(myth, **changes),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    myth.refresh_from_db()


def submit(client, myth, communicator):
    client.force_login(communicator)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[myth.pk]),
        {**editor_post(myth), "action-submit": "1"},
    )
    myth.refresh_from_db()
    assert myth.current_workflow_task.name == "Fact check"


def test_an_untouched_myth_reads_as_unchanged(myth, fact_checker):
    form_class = myth.get_edit_handler().get_form_class()
    form = form_class(
        editor_post(myth), instance=myth, parent_page=myth.get_parent(), for_user=fact_checker
    )
    assert form.is_valid(), form.errors
    assert form.changed_data == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("date_checked", "2026-01-02"),
        ("recheck_by", "2030-01-02"),
        ("explanation", rich_text("<p>Alla barn har rätt till skola.</p>")),
        (
            "sources",
            streamfield(
                [
                    ("source", source_post({**SOURCES[0], "date": datetime.date(2024, 5, 1)})),
                    ("source", source_post({**SOURCES[1], "date": datetime.date(2025, 1, 1)})),
                ]
            ),
        ),
    ],
)
def test_a_changed_myth_field_still_reads_as_changed(myth, fact_checker, name, value):
    form_class = myth.get_edit_handler().get_form_class()
    form = form_class(
        editor_post(myth, **{name: value}),
        instance=myth,
        parent_page=myth.get_parent(),
        for_user=fact_checker,
    )
    assert form.is_valid(), form.errors
    assert form.changed_data == [name]


def test_fact_checker_then_publisher_approve_in_the_editor(
    client, myth, communicator, fact_checker, publisher
):
    submit(client, myth, communicator)
    revisions = myth.revisions.count()

    client.force_login(fact_checker)
    approve_in_editor(client, myth)
    assert myth.current_workflow_task.name == "Publisher approval"

    client.force_login(publisher)
    approve_in_editor(client, myth)
    assert not myth.workflow_in_progress
    assert myth.revisions.count() == revisions
    assert myth.live_revision.user == communicator


def test_an_edit_made_while_approving_is_fact_checked_again(
    client, myth, communicator, fact_checker
):
    submit(client, myth, communicator)

    client.force_login(fact_checker)
    approve_in_editor(client, myth, short_fact="Alla barn får gå i skolan.")

    assert myth.latest_revision.user == fact_checker
    assert myth.current_workflow_task.name == "Fact check"
    assert myth.current_workflow_task.get_actions(myth, fact_checker) == []
