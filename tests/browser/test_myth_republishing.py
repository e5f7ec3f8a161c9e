"""Republishing a neighbour's checked answer (issue 19), in Chromium:
Exempelstad's Communicator finds the myth page Exempelkommun shares under
Shared myths and republishes it; the shared Fact checker and Exempelstad's
Publisher approve it; readers on Exempelstad's host name read it credited
to Exempelkommun, with a canonical link to the original. When Exempelkommun
corrects the original, Exempelstad's Communicator gets an e-mail and the
page editor says the original changed."""

import json

import pytest

from tests.browser.editorial import (
    approve,
    last_line,
    open_editor,
    submit_for_review,
    workflow_actions,
)
from tests.browser.test_shared_library import exempelstad

SHARED_MYTH = "skolgang-for-asylsokande-barn"
TITLE = "Får asylsökande barn gå i skolan?"
CORRECTION = "Ja. Barn som söker asyl har rätt till förskola och skola, som andra barn (exempel)."
COMMUNICATOR = "kommunikator-exempelstad"


@pytest.fixture
def republished(run_manage):
    """The page Exempelstad republishes, deleted after the test, so that
    other tests find one page of the shared myth's address."""
    yield
    run_manage(
        "shell",
        "-c",
        "from campaigns.models import MythPage; "
        "[page.delete() for page in MythPage.objects.filter(republication__isnull=False)]",
    )


def myth_ids(run_manage):
    """{municipality's home slug: id} of the Swedish pages at the shared myth's slug."""
    return json.loads(
        last_line(
            run_manage(
                "shell",
                "-c",
                "import json; from campaigns.models import MythPage; print(json.dumps({"
                "page.url_path.split('/')[1]: page.pk for page in "
                f"MythPage.objects.filter(slug={SHARED_MYTH!r}, locale__language_code='sv')}}))",
            )
        )
    )


def test_a_shared_answer_is_republished_with_credit_and_its_change_is_told(
    browser, page, site_url, run_manage, signed_in, mail_server, republished, assert_accessible
):
    communicator = signed_in(COMMUNICATOR)
    communicator.goto("/admin/myths/shared/")
    row = communicator.locator("tr", has_text=TITLE)
    assert "Exempelkommun" in row.inner_text()
    with communicator.expect_navigation():
        row.locator("[data-republish]").click()
    communicator.wait_for_selector("form#page-edit-form")
    assert communicator.locator("[data-republished-from]").is_visible()
    submit_for_review(communicator)

    copy_id = myth_ids(run_manage)["exempelstad"]
    # The shared Fact checker, then Exempelstad's Publisher.
    for username in ("faktagranskare", "utgivare-exempelstad"):
        reviewer = signed_in(username)
        open_editor(reviewer, copy_id)
        assert "approve" in workflow_actions(reviewer)
        approve(reviewer)

    original_url = f"{site_url}/sv/myter/{SHARED_MYTH}/"
    response = page.goto(exempelstad(site_url, f"/sv/myter/{SHARED_MYTH}/"))
    assert response.status == 200
    assert "Granskat av Exempelkommun" in page.locator(".myth__credit").inner_text()
    assert page.locator("link[rel=canonical]").get_attribute("href") == original_url
    assert page.locator(".myth__credit a").get_attribute("href") == original_url
    assert_accessible(page)

    # Exempelkommun corrects the original, through its own review.
    original_id = myth_ids(run_manage)["home"]
    received_before = len(mail_server.messages)
    exempelkommun = signed_in("kommunikator")
    open_editor(exempelkommun, original_id)
    exempelkommun.fill("#id_short_fact", CORRECTION)
    submit_for_review(exempelkommun)
    for username in ("faktagranskare", "utgivare"):
        reviewer = signed_in(username)
        open_editor(reviewer, original_id)
        approve(reviewer)

    told = [
        message
        for message in mail_server.messages[received_before:]
        if COMMUNICATOR in (message["To"] or "")
    ]
    assert len(told) == 1
    assert "ändrats" in told[0]["Subject"]
    assert f"/admin/pages/{copy_id}/edit/" in told[0].get_body().get_content()
    open_editor(communicator, copy_id)
    assert communicator.locator("[data-original-changed]").is_visible()
    # The republished page still reads as Exempelstad approved it.
    page.goto(exempelstad(site_url, f"/sv/myter/{SHARED_MYTH}/"))
    assert CORRECTION not in page.locator("main").inner_text()
