"""A page sent back from the editor untouched reads as unchanged
(home/page_form.py), so approving it in the editor saves no revision of the
reviewer's and moves the workflow on. The posts are what the editor's widgets
send: Draftail's content state, with fresh block keys for stored HTML that
has none, and StreamField's inputs."""

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from home.blocks import RICH_TEXT_FEATURES
from home.models import ContentPage
from tests.utils import publish

pytestmark = pytest.mark.django_db

# Stored as a script or wagtail-localize writes rich text: without Draftail's
# data-block-key attributes.
INTRO_TEXT = (
    '<p>Vi svarar på <a href="https://exempelkommun.example/">rykten</a> med fakta.</p>'
    "<ul><li>Boende</li><li>Skola</li></ul>"
)
FACT_BOX_TEXT = "<p>Alla barn har rätt att <b>gå i skolan</b>.</p>"


@pytest.fixture
def about_page(source_home, communicator):
    page = ContentPage(
        title="Om Samla",
        slug="om",
        intro="Fakta mot rykten.",
        body=[
            ("heading", {"text": "Vad vi gör", "level": "h2"}),
            ("text", INTRO_TEXT),
            ("fact_box", {"title": "Visste du?", "text": FACT_BOX_TEXT}),
        ],
    )
    source_home.add_child(instance=page)
    publish(page)
    page.save_revision(user=communicator)
    return page


def draftail(html):
    """What Draftail posts for stored `html`: its content state."""
    return rich_text(html, features=RICH_TEXT_FEATURES)


def body(text=INTRO_TEXT, fact_box=FACT_BOX_TEXT, heading="Vad vi gör"):
    blocks = [
        ("text", draftail(text)),
        ("fact_box", {"title": "Visste du?", "text": draftail(fact_box)}),
    ]
    if heading:
        blocks.insert(0, ("heading", {"text": heading, "level": "h2"}))
    return streamfield(blocks)


def editor_post(page, **changes):
    """The page editor's form for `page` as the browser posts it."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "body": body(),
        "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": ""},
    }
    return nested_form_data({**data, **changes})


def bound_form(page, data, user):
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(data, instance=page, parent_page=page.get_parent(), for_user=user)
    assert form.is_valid(), form.errors
    return form


def test_an_untouched_page_reads_as_unchanged(about_page, publisher):
    form = bound_form(about_page, editor_post(about_page), publisher)
    assert form.changed_data == []
    assert not form.has_changed()


@pytest.mark.parametrize(
    "changes",
    [
        {"intro": "Fakta mot rykten, på ditt språk."},
        {"body": body(text=INTRO_TEXT.replace("Skola", "Arbete"))},
        {"body": body(fact_box=FACT_BOX_TEXT.replace("<b>", "<i>").replace("</b>", "</i>"))},
        {"body": body(text=INTRO_TEXT.replace("exempelkommun.example", "exempel.example"))},
        {"body": body(heading=None)},
    ],
    ids=["intro", "list item", "bold to italic", "link", "block removed"],
)
def test_a_changed_field_still_reads_as_changed(about_page, publisher, changes):
    form = bound_form(about_page, editor_post(about_page, **changes), publisher)
    assert form.changed_data == list(changes)


def workflow_post(page, **changes):
    return {
        **editor_post(page, **changes),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }


def test_publisher_approves_an_untouched_page_in_the_editor(
    client, about_page, communicator, publisher
):
    client.force_login(communicator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[about_page.pk])
    client.post(edit_url, {**editor_post(about_page), "action-submit": "1"})
    about_page.refresh_from_db()
    assert about_page.workflow_in_progress
    revisions = about_page.revisions.count()

    client.force_login(publisher)
    response = client.post(edit_url, workflow_post(about_page))

    assert response.status_code == 302
    about_page.refresh_from_db()
    assert about_page.revisions.count() == revisions
    assert not about_page.workflow_in_progress
    assert about_page.live_revision.user == communicator
