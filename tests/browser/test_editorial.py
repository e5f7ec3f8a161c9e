"""Two pairs of eyes, as editors meet it in the admin: a Communicator
submits a page, the Publisher who last edited it cannot approve it, another
Publisher approves, and the page is live with every step in its history."""

import json

TITLE = "Informationskväll om mottagandet (exempel)"


def page_facts(run_manage):
    output = run_manage(
        "shell",
        "-c",
        "import json; from home.demo import source_home; from home.models import ContentPage; "
        f"page = ContentPage.objects.filter(title={TITLE!r}).first(); "
        "print(json.dumps({'home': source_home().pk, 'id': page and page.pk, "
        "'live': page and page.live, 'url': page and page.get_url_parts()[2]}))",
    )
    return json.loads(output.strip().splitlines()[-1])


def switch_user(page, login, username):
    page.context.clear_cookies()
    return login(username)


def open_footer_actions(page):
    """The editor's footer keeps every action but the first in a drop-up menu."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def approve(page, edit_url):
    page.goto(edit_url)
    open_footer_actions(page)
    with page.expect_navigation():
        page.locator(
            "button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])"
        ).click()


def test_a_page_goes_live_only_after_a_second_publisher_approves(
    page, login, run_manage, second_publisher
):
    home_id = page_facts(run_manage)["home"]
    page.set_viewport_size({"width": 1280, "height": 900})  # an editor's desk

    login("kommunikator")
    page.goto(f"/admin/pages/add/home/contentpage/{home_id}/")
    page.fill("#id_title", TITLE)
    page.fill("#id_intro", "Exempelkommun bjuder in grannar till en kväll med frågor och svar.")
    open_footer_actions(page)
    with page.expect_navigation():
        page.click("button[name='action-submit']")
    facts = page_facts(run_manage)
    assert facts["id"] and not facts["live"]
    edit_url = f"/admin/pages/{facts['id']}/edit/"

    # The Publisher improves the text and so becomes its last editor.
    switch_user(page, login, "utgivare")
    page.goto(edit_url)
    page.fill(
        "#id_intro", "Exempelkommun bjuder in grannar till en kväll med frågor och svar om boendet."
    )
    with page.expect_navigation():
        page.locator("footer button.action-save").first.click()
    page.goto(edit_url)
    assert page.get_by_text("so you cannot approve it in “Publisher approval”").is_visible()
    assert page.locator("button[data-workflow-action-name='approve']").count() == 0
    assert not page_facts(run_manage)["live"]

    switch_user(page, login, second_publisher)
    approve(page, edit_url)
    # The first approval covers the Communicator's version; the Publisher's
    # edit made during review is reviewed in its own right (Wagtail's
    # WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT), so the step comes back once.
    assert not page_facts(run_manage)["live"]
    approve(page, edit_url)

    facts = page_facts(run_manage)
    assert facts["live"]
    page.goto(facts["url"])
    assert page.locator("h1").inner_text() == TITLE
    assert "om boendet" in page.content()

    page.goto(f"/admin/pages/{facts['id']}/history/")
    history = page.locator("main").inner_text()
    for name in ("Kim Kommunikatör", "Ulla Utgivare", "Ulrik Utgivare"):
        assert name in history
