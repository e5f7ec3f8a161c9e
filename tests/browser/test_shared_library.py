"""One library, two municipalities (issue 19), in Chromium: Exempelkommun's
Communicator shares a new story in the page editor, its Publisher approves
it, and readers of Exempelstad's library (the demo's second municipality, on
exempelstad.localhost) find it credited to Exempelkommun, until a Publisher
unpublishes it."""

import json

from tests.browser.editorial import approve_from_dashboard, last_line, submit_shared_story
from tests.browser.test_stories import swedish_library_id

TITLE = "Samåkning till språkkursen (exempel)"


def exempelstad(site_url, path):
    """`path` on Exempelstad's host name, which Chromium sends to this machine."""
    port = site_url.rsplit(":", 1)[1]
    return f"http://exempelstad.localhost:{port}{path}"


def library_cards(page, site_url):
    page.goto(exempelstad(site_url, "/sv/goda-exempel/"))
    return page.locator(".story-cards")


def test_a_story_one_municipality_shares_shows_in_the_others_library_until_unpublished(
    page, site_url, run_manage, signed_in, assert_accessible
):
    submit_shared_story(
        signed_in("kommunikator"),
        swedish_library_id(run_manage),
        TITLE,
        "Ett påhittat exempel: grannar kör nyanlända till kvällskursen i svenska.",
    )

    assert TITLE not in library_cards(page, site_url).inner_text()

    approve_from_dashboard(signed_in("utgivare"), TITLE)

    card = library_cards(page, site_url).locator(".story-card", has_text=TITLE)
    assert "Exempelkommun" in card.inner_text()
    # Read where it lives: on Exempelkommun's site, which alone may change it.
    assert card.get_by_role("link").get_attribute("href").startswith(site_url + "/sv/")
    assert_accessible(page)
    page.get_by_label("Kommun").select_option("exempelstad")
    page.get_by_role("button", name="Visa berättelser").click()
    assert TITLE not in page.locator("main").inner_text()

    story_id = json.loads(
        last_line(
            run_manage(
                "shell",
                "-c",
                "import json; from stories.models import StoryPage; "
                f"print(json.dumps(StoryPage.objects.get(title={TITLE!r}).pk))",
            )
        )
    )
    publisher = signed_in("utgivare")
    publisher.goto(f"/admin/pages/{story_id}/unpublish/")
    with publisher.expect_navigation():
        publisher.locator("main form button[type=submit]").click()

    assert TITLE not in library_cards(page, site_url).inner_text()
    card_count = page.locator(".story-card").count()
    assert card_count == 3  # its own story and the two Exempelkommun shares in the demo
