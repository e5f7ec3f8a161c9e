"""Reviewers approve where they work, in Chromium: in the page editor's
footer or from the dashboard's "Awaiting your review" panel.

Approving a page nobody touched moves it on to the next step without a
revision of the reviewer's, for every page type: the editor posts what its
widgets hold (Draftail's content state, StreamField's inputs, the dates) and
the page form reads that as unchanged (home/page_form.py). Otherwise the
reviewer's revision restarts the step, which the second-pair-of-eyes rule
then refuses them. A Communicator's edit of a live myth page goes live only
after the Fact checker and then a Publisher approve it, either way round."""

import json

import pytest

from tests.browser.editorial import (
    approve,
    approve_from_dashboard,
    open_editor,
    read,
    submit_for_review,
)

PAGE_TYPES = [
    "home.HomePage",
    "home.ContentPage",
    "stories.StoryIndexPage",
    "stories.StoryPage",
    "campaigns.CampaignIndexPage",
    "campaigns.CampaignPage",
    "campaigns.MythIndexPage",
    "campaigns.MythPage",
    "campaigns.ForecastIndexPage",
    "campaigns.ForecastPage",
]
# Who approves each step of the demo workflows.
REVIEWER = {"Fact check": "faktagranskare", "Publisher approval": "utgivare"}
# The demo myth pages the journeys below edit; the page-type test leaves them alone.
JOURNEY_MYTHS = [
    "asylsokande-och-arbete",
    "brott-kring-boendet",
    "kommunens-skyldighet-att-ta-emot",
    # The shared one, which another municipality republishes (test_myth_republishing.py).
    "skolgang-for-asylsokande-barn",
]

# The Communicator's submission of one Swedish demo page of each type. It is
# the set-up here, not the step under test (the journeys submit in Chromium).
SUBMIT_ONE_PAGE_OF_EACH_TYPE = f"""
import json
from django.apps import apps
from django.contrib.auth import get_user_model
communicator = get_user_model().objects.get(username="kommunikator")
pages = {{}}
for label in {PAGE_TYPES!r}:
    page = (
        apps.get_model(label).objects.filter(locale__language_code="sv")
        .exclude(slug__in={JOURNEY_MYTHS!r}).order_by("path").first()
    )
    page.save_revision(user=communicator)
    workflow = page.get_workflow()
    workflow.start(page, communicator)
    pages[label] = {{
        "id": page.pk,
        # The steps reviewers approve: with no partner reviewers, the page
        # passes "Partner sign-off" at once.
        "steps": [task.name for task in workflow.tasks.specific() if hasattr(task, "groups")],
        "revisions": page.revisions.count(),
    }}
print(json.dumps(pages))
"""

PAGE_STATE = """
import json
from wagtail.models import Page
page = Page.objects.get({lookup}).specific
task = page.current_workflow_task
print(json.dumps({{
    "id": page.pk,
    "title": page.title,
    "url": page.get_url_parts()[2],
    "short_fact": getattr(page, "short_fact", None),
    "revisions": page.revisions.count(),
    "step": task.name if task else None,
    "live_is_latest": page.live_revision_id == page.latest_revision_id,
}}))
"""


def last_json_line(output):
    return json.loads(output.strip().splitlines()[-1])


def page_state(run_manage, page_id=None, swedish_slug=None):
    lookup = f"pk={page_id}" if page_id else f"slug={swedish_slug!r}, locale__language_code='sv'"
    return last_json_line(run_manage("shell", "-c", PAGE_STATE.format(lookup=lookup)))


@pytest.fixture(scope="module")
def submitted_pages(run_manage):
    return last_json_line(run_manage("shell", "-c", SUBMIT_ONE_PAGE_OF_EACH_TYPE))


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_reviewer_approves_an_untouched_page_in_the_editor(
    page_type, submitted_pages, signed_in, run_manage
):
    submitted = submitted_pages[page_type]
    first_step, *later_steps = submitted["steps"]

    approve(open_editor(signed_in(REVIEWER[first_step]), submitted["id"]))

    state = page_state(run_manage, submitted["id"])
    assert state["revisions"] == submitted["revisions"]
    if later_steps:
        assert state["step"] == later_steps[0]
    else:
        assert state["step"] is None
        assert state["live_is_latest"]


def approve_in(place, reviewer, myth):
    if place == "editor":
        approve(open_editor(reviewer, myth["id"]))
    else:
        approve_from_dashboard(reviewer, myth["title"])


def public_short_fact(browser, site_url, myth):
    """The short fact a reader sees on the myth page."""
    reader, response = read(browser, site_url, myth["url"])
    assert response.status == 200
    text = reader.locator("main .fact-box").inner_text()
    reader.context.close()
    return text


@pytest.mark.parametrize(
    ("slug", "fact_checker_approves_in", "publisher_approves_in"),
    [
        ("asylsokande-och-arbete", "editor", "dashboard"),
        ("brott-kring-boendet", "dashboard", "editor"),
    ],
    ids=["fact-check-in-editor", "fact-check-on-dashboard"],
)
def test_communicators_edit_of_a_live_myth_goes_live_after_both_approvals(
    browser, site_url, run_manage, signed_in, slug, fact_checker_approves_in, publisher_approves_in
):
    myth = page_state(run_manage, swedish_slug=slug)
    new_fact = "Kontrollerat igen i dag: uppgifterna stämmer fortfarande."

    communicator = open_editor(signed_in("kommunikator"), myth["id"])
    communicator.fill("#id_short_fact", new_fact)
    submit_for_review(communicator)
    assert public_short_fact(browser, site_url, myth) == myth["short_fact"]

    approve_in(fact_checker_approves_in, signed_in(REVIEWER["Fact check"]), myth)
    assert page_state(run_manage, myth["id"])["step"] == "Publisher approval"
    assert public_short_fact(browser, site_url, myth) == myth["short_fact"]

    approve_in(publisher_approves_in, signed_in(REVIEWER["Publisher approval"]), myth)
    state = page_state(run_manage, myth["id"])
    assert state["step"] is None and state["live_is_latest"]
    assert public_short_fact(browser, site_url, myth) == new_fact
