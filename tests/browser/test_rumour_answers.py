"""A Communicator answers a reported rumour from the inbox, in Chromium with
the admin in Swedish: "Answer with a new myth page" opens the page editor
with the claim from the report, submitting it links the page to the report."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.editorial import edit_url, fill_rich_text, last_line, submit_for_review

RUMOUR = "Jag hörde att nyanlända får en gratis bil av kommunen."

NEW_REPORT = """
from campaigns.models import RumourReport
print(RumourReport.objects.create(
    text={text!r}, language="sv", site_language="sv", heard_where="social_media"
).pk)
"""

ANSWER = """
import json
from campaigns.models import RumourReport
report = RumourReport.objects.get(pk={report_id})
print(json.dumps([report.answered_by_id, report.status]))
"""

DELETE_REPORT_AND_ANSWER = """
from campaigns.models import RumourReport
report = RumourReport.objects.get(pk={report_id})
if report.answered_by:
    report.answered_by.delete()
report.delete()
"""


@pytest.fixture
def report_id(run_manage):
    """A new report in the inbox, deleted with its answer afterwards so the
    myth listings other tests count hold the demo content only."""
    report_id = int(last_line(run_manage("shell", "-c", NEW_REPORT.format(text=RUMOUR))))
    yield report_id
    run_manage("shell", "-c", DELETE_REPORT_AND_ANSWER.format(report_id=report_id))


def test_communicator_answers_a_report_with_a_new_prefilled_myth_page(
    signed_in, run_manage, report_id
):
    page = signed_in("kommunikator")
    page.goto("/admin/rumour-reports/")
    row = page.locator("tr", has=page.get_by_role("link", name=RUMOUR[:60]))
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        row.locator(f"a[href$='/rumour-reports/{report_id}/answer/new/']").click()

    # Wagtail's own editor for a new myth page, the claim taken from the report.
    page.wait_for_selector("form#page-edit-form")
    expect(page.locator("#id_claim")).to_have_value(RUMOUR)
    expect(page.locator(f"blockquote[data-answers-report='{report_id}']")).to_contain_text(RUMOUR)
    page.fill("#id_title", "Får nyanlända en bil av kommunen?")
    page.select_option("#id_verdict", "false")
    page.fill("#id_short_fact", "Kommunen delar inte ut bilar till någon.")
    fill_rich_text(page, "explanation", "Det finns inget sådant stöd.")
    submit_for_review(page)

    answer = run_manage("shell", "-c", ANSWER.format(report_id=report_id))
    answered_by, status = json.loads(last_line(answer))
    assert answered_by is not None and status == "investigating"
    page.goto(f"/admin/rumour-reports/edit/{report_id}/")
    expect(page.locator("[data-chooser-title]").first).to_have_text(
        "Får nyanlända en bil av kommunen?"
    )
    page.goto(edit_url(answered_by))
    expect(page.locator("[data-answered-reports]")).to_contain_text(RUMOUR)
