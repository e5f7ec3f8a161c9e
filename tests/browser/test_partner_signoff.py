"""Partner sign-off in Chromium, the admin in Swedish: a Communicator adds
the police as partner reviewer to a story and submits it; the partner opens
the link from the e-mail the mail server received, reads the exact version
and approves it with a comment, without an account; the Publisher approves
in the editor; readers see the change; the workflow history shows the
partner's approval."""

import json

import pytest

from tests.browser.editorial import (
    add_partner_reviewer,
    approve,
    last_line,
    open_editor,
    partner_sign_off_link,
    read,
    save_draft,
    submit_for_review,
)

PARTNER = "anna.berg@polisen.example"
NEW_SUMMARY = "Polisen och kommunen håller gemensamma informationsmöten på boendet varje vecka."

LIVE_STORY_COPY = """
from wagtail.models import Page
from home.demo import publish
demo = Page.objects.get(slug="kramfors-asylsamordnare", locale__language_code="sv").specific
copy = demo.copy(update_attrs={"slug": "polisen-pa-boendet", "title": "Polisen på boendet"},
                 copy_revisions=False, log_action=None)
print(publish(copy).pk)
"""

PAGE_STATE = """
import json
from wagtail.models import Page
page = Page.objects.get(pk={page_id})
print(json.dumps({{"url": page.get_url_parts()[2], "live": page.live,
    "step": getattr(page.current_workflow_task, "name", None)}}))
"""

DELETE_PAGE = """
from wagtail.models import Page
Page.objects.filter(pk={page_id}).delete()
"""


def page_state(run_manage, page_id):
    return json.loads(last_line(run_manage("shell", "-c", PAGE_STATE.format(page_id=page_id))))


@pytest.fixture
def story_id(run_manage):
    """Set-up, not a step under test: a live copy of a demo story, deleted after."""
    page_id = int(last_line(run_manage("shell", "-c", LIVE_STORY_COPY)))
    yield page_id
    run_manage("shell", "-c", DELETE_PAGE.format(page_id=page_id))


def test_a_partner_signs_off_a_story_through_their_link_before_the_publisher(
    browser, site_url, run_manage, mail_server, signed_in, assert_accessible, story_id
):
    story = page_state(run_manage, story_id)
    reader, _response = read(browser, site_url, story["url"])
    assert NEW_SUMMARY not in reader.locator("main").inner_text()

    # The Communicator changes the summary, adds the police as partner
    # reviewer from the editor's ⋯ menu, and submits.
    communicator = open_editor(signed_in("kommunikator"), story_id)
    communicator.fill("textarea[name=summary]", NEW_SUMMARY)
    save_draft(communicator)
    add_partner_reviewer(communicator, story_id, "Anna Berg", "Polisen", PARTNER)
    assert "Anna Berg" in communicator.locator("main table").inner_text()
    open_editor(communicator, story_id)
    submit_for_review(communicator)
    assert page_state(run_manage, story_id)["step"] == "Partner sign-off"

    # The partner opens the link from the e-mail: the exact version, nothing else.
    subject, link = partner_sign_off_link(mail_server, PARTNER)
    assert "Polisen på boendet" in subject
    partner, response = read(browser, site_url, link)
    assert response.status == 200
    assert NEW_SUMMARY in partner.locator("main").inner_text()
    assert partner.locator("main a, nav").count() == 0
    assert_accessible(partner)
    partner.fill("textarea[name=comment]", "Stämmer med vår verksamhet.")
    with partner.expect_navigation():
        partner.get_by_role("button", name="Godkänn").click()
    assert "Ditt godkännande är registrerat" in partner.locator("main").inner_text()
    assert page_state(run_manage, story_id)["step"] == "Publisher approval"
    # The link answered once.
    assert partner.goto(link).status == 410
    partner.context.close()
    reader.goto(story["url"])
    assert NEW_SUMMARY not in reader.locator("main").inner_text()

    # The Publisher approves in the editor; readers see the change.
    publisher = open_editor(signed_in("utgivare"), story_id)
    approve(publisher)
    assert page_state(run_manage, story_id)["live"]
    reader.goto(story["url"])
    assert NEW_SUMMARY in reader.locator("main").inner_text()

    # The workflow history shows the partner's approval and its comment.
    publisher.goto(f"/admin/pages/{story_id}/workflow_history/")
    with publisher.expect_navigation():
        publisher.locator("main a[href*='/workflow_history/detail/']").first.click()
    history = publisher.locator("main").inner_text()
    assert "Partner sign-off" in history
    assert "Anna Berg (Polisen): Stämmer med vår verksamhet." in history
    reader.context.close()
