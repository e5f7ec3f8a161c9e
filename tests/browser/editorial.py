"""The admin as editors click it: sign in through the real login and
two-factor pages, then press the page editor's and dashboard's own buttons.

Each function is one step of docs/editor-guide.md, so a journey written with
them reads like the guide. Selectors are the admin's stable names (button
names and data attributes), not its labels, so the same steps work whatever
language the admin is shown in."""

import base64
import json
import re
import time

from django.conf import settings
from django.utils import timezone

from wagtail.admin.widgets.datetime import DEFAULT_DATETIME_FORMAT

from django_otp.oath import TOTP
from playwright.sync_api import expect

from home.demo import DEMO_PASSWORD_SUFFIX

# What each person's authenticator app holds: the key the set-up page of each
# installation showed them, by (installation's address, username). A browser
# server's database lives for the whole test session, and so do its
# authenticator devices.
AUTHENTICATOR_KEYS = {}
# django-otp accepts each code once and allows one time step of clock drift,
# so a second sign-in within the same 30 seconds uses the next step's code.
_LAST_TIME_STEP = {}

SETUP_PATH = "/admin/2fa/setup/"
VERIFY_PATH = "/admin/2fa/verify/"


def last_line(output):
    """The last line a management command printed (`run_manage`'s output)."""
    return output.strip().splitlines()[-1]


def authenticator_code(account):
    """The code the person's authenticator app shows now for `account`
    (installation, username), never one already used."""
    totp = TOTP(base64.b32decode(AUTHENTICATOR_KEYS[account]))
    step = max(totp.t(), _LAST_TIME_STEP.get(account, -1) + 1)
    while step > totp.t() + 1:
        time.sleep(1)
    totp.drift = step - totp.t()
    _LAST_TIME_STEP[account] = step
    return f"{totp.token():0{totp.digits}d}"  # the six digits an app shows


def sign_in(page, username):
    """Signs a demo user in as a person does: the login page, then the
    two-factor page (setting up the authenticator the first time) where their
    role requires it. Ends on the dashboard."""
    page.goto("/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", username + DEMO_PASSWORD_SUFFIX)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    page.wait_for_load_state()
    account = (page.url.split("/admin/")[0], username)
    if page.url.split("?")[0].endswith(SETUP_PATH):
        AUTHENTICATOR_KEYS[account] = page.locator("[data-totp-secret]").inner_text().strip()
        _enter_code(page, account)
    elif page.url.split("?")[0].endswith(VERIFY_PATH):
        _enter_code(page, account)
    page.wait_for_url("**/admin/")
    return page


def _enter_code(page, account):
    page.fill("input[name=token]", authenticator_code(account))
    with page.expect_navigation():
        page.click("main form button[type=submit]")


def open_session(browser, site_url, username, locale="sv-SE"):
    """A person at their own desk: their own browser, the admin in `locale`."""
    context = browser.new_context(
        base_url=site_url, locale=locale, viewport={"width": 1280, "height": 900}
    )
    return sign_in(context.new_page(), username)


def edit_url(page_id):
    return f"/admin/pages/{page_id}/edit/"


def open_editor(page, page_id):
    page.goto(edit_url(page_id))
    page.wait_for_selector("form#page-edit-form")
    return page


def add_child_page(page, parent_id, page_type):
    """Pages → the parent page → "Add child page", then the page type
    (`app_label.ModelName`) where the parent allows more than one: the
    editor of a new page."""
    page.goto(f"/admin/pages/{parent_id}/")
    with page.expect_navigation():
        page.locator(f"a[href$='/pages/{parent_id}/add_subpage/']").first.click()
    if page.url.split("?")[0].endswith("/add_subpage/"):
        app_label, model_name = page_type.lower().split(".")
        with page.expect_navigation():
            page.locator(f"a[href*='/add/{app_label}/{model_name}/{parent_id}/']").first.click()
    page.wait_for_selector("form#page-edit-form")
    return page


def fill_rich_text(page, field_name, text):
    """Types `text` into a rich text field of the open editor. Draftail copies
    what was typed into the form 250 ms later: wait for it, or a save made at
    once keeps the field as it was."""
    field = page.locator(f"[data-contentpath='{field_name}']")
    field.locator("[contenteditable='true']").fill(text)
    expect(field.locator(f"input[name='{field_name}']")).to_have_value(
        re.compile(re.escape(json.dumps(text, ensure_ascii=False)[1:-1]))
    )


def _status_panel(page):
    toggle = page.locator("[data-side-panel-toggle='status']")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def set_go_live(page, when):
    """Status side panel → "Set schedule": types the go-live time in the
    editor's format (to the minute, in the site's time zone) and presses
    "Save schedule", which saves a draft holding it."""
    _status_panel(page)
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    dialog = page.locator("#schedule-publishing-dialog")
    time_format = getattr(settings, "WAGTAIL_DATETIME_FORMAT", DEFAULT_DATETIME_FORMAT)
    dialog.locator("input[name=go_live_at]").fill(timezone.localtime(when).strftime(time_format))
    # The date picker stays open over the button, so press it from the keyboard.
    with page.expect_navigation():
        dialog.locator("button[type=submit]").press("Enter")
    page.wait_for_load_state()


def workflow_status(page):
    """Status side panel → "View details": the workflow's steps, who approved
    each or asked for changes, and their comments."""
    _status_panel(page)
    page.locator("[data-a11y-dialog-show='workflow-status-dialog']").first.click()
    dialog = page.locator("#workflow-status-dialog")
    dialog.locator(".workflow-timeline").wait_for()
    status = dialog.inner_text()
    page.keyboard.press("Escape")
    dialog.locator(".workflow-timeline").wait_for(state="hidden")
    return status


def submit_page_for_translation(page, page_id, languages):
    """The editor's "⋯" menu → "Translate this page": ticks each language,
    named as in settings.LANGUAGES (the admin shows these names in every
    admin language), and presses Submit. The translations are drafts."""
    open_editor(page, page_id)
    page.locator("header [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.locator(f"a[href$='/localize/submit/page/{page_id}/']").click()
    for language in languages:
        page.locator("input[name=locales]").and_(page.get_by_label(language, exact=True)).check()
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    page.wait_for_load_state()


def _footer_menu(page):
    """The editor's footer keeps every action but the first in a drop-up menu."""
    toggle = page.locator("footer [data-w-dropdown-target='toggle']").first
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def _press(page, selector):
    button = page.locator(selector).first
    if not button.is_visible():
        _footer_menu(page)
    with page.expect_navigation():
        button.click()
    page.wait_for_load_state()


def save_draft(page):
    _press(page, "footer button.action-save")


def submit_for_review(page):
    """ "Submit to <workflow>": starts the page's workflow (or resubmits it)."""
    _press(page, "footer button[name='action-submit']")


def publish_urgently(page, reason):
    """The footer menu's "Publish urgently" (Publishers, myth pages under the
    Fact check), then the reason, then "Publish urgently" on that form. Ends
    back in the editor, or on the form with its error if it refused."""
    _press(page, "footer a[href$='/publish-urgently/']")
    page.fill("textarea[name=reason]", reason)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def add_partner_reviewer(page, page_id, name, organisation, email, language="sv"):
    """In the open editor of a saved page, the header's "⋯" menu → "Partner
    sign-off": adds a partner who must approve the page before the Publisher.
    Ends on that page's list of partners."""
    page.locator("header [data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        page.locator(f"a[href$='/admin/partner-sign-off/{page_id}/']").click()
    page.fill("input[name=name]", name)
    page.fill("input[name=organisation]", organisation)
    page.fill("input[name=email]", email)
    page.select_option("select[name=language]", language)
    with page.expect_navigation():
        page.locator("main form button.button:not(.button-small)").click()


def submit_shared_story(page, library_id, title, summary):
    """A Communicator writes a story of 2026 in the library, ticks "share with
    other municipalities" and submits it for review."""
    add_child_page(page, library_id, "stories.StoryPage")
    page.fill("#id_title", title)
    page.fill("#id_summary", summary)
    page.fill("#id_year", "2026")
    # The "share" box is on the promote tab, whatever the admin language calls it.
    tab = page.locator("#id_shared").evaluate("box => box.closest('[role=tabpanel]').id")
    page.locator(f"a[href='#{tab}']").click()
    page.locator("#id_shared").check()
    submit_for_review(page)


def partner_sign_off_link(mail_server, address):
    """The subject and the link's path of the one sign-off e-mail the mail
    server received for the partner at `address`."""
    [message] = [m for m in mail_server.messages if address in (m["To"] or "")]
    body = message.get_body(preferencelist=("plain",)).get_content()
    # The link is on the site's address (SAMLA_SITE_URL), this test server's here.
    path = re.search(r"https?://[^/\s]+(/\w+/partner-sign-off/\S+/)", body).group(1)
    return message["Subject"], path


def approve(page):
    """Approves the current step in the page editor, without a comment."""
    _press(
        page,
        "footer button[data-workflow-action-name='approve']:not([data-workflow-action-modal-url])",
    )


def approve_with_comment(page, comment):
    _workflow_action_with_comment(page, "approve", comment)


def request_changes(page, comment):
    """Sends the page back to its author with a comment (Wagtail's "reject")."""
    _workflow_action_with_comment(page, "reject", comment)


def _workflow_action_with_comment(page, action, comment):
    button = page.locator(
        f"footer button[data-workflow-action-name='{action}'][data-workflow-action-modal-url]"
    ).first
    if not button.is_visible():
        _footer_menu(page)
    button.click()
    modal = page.locator(".modal-dialog, [role=dialog]").filter(has=page.locator("textarea"))
    modal.locator("textarea").first.fill(comment)
    with page.expect_navigation():
        modal.locator("button[type=submit], input[type=submit]").first.click()
    page.wait_for_load_state()


def workflow_actions(page):
    """The workflow actions the editor's footer offers this person now."""
    return page.locator("footer button[data-workflow-action-name]").evaluate_all(
        "buttons => [...new Set(buttons.map(b => b.dataset.workflowActionName))]"
    )


def approve_from_dashboard(page, title):
    """Approves the page from the dashboard's "Awaiting your review" panel,
    without a comment. The panel's buttons carry the URL of Wagtail's
    workflow action view, which names the action ("Approve with comment"
    has the same URL and opens a dialog)."""
    page.goto("/admin/")
    row = page.locator("tr", has=page.get_by_role("link", name=title, exact=True))
    row.locator("[data-w-dropdown-target='toggle']").first.click()
    with page.expect_navigation():
        row.locator(
            "button[data-workflow-action-url*='/approve/']:not([data-launch-modal])"
        ).click()
    page.wait_for_load_state()


def read(browser, site_url, path):
    """What a reader sees: a fresh browser with no admin session."""
    context = browser.new_context(base_url=site_url)
    reader = context.new_page()
    response = reader.goto(path)
    return reader, response


# wagtail-localize's editor, where translators work and reviewers approve.


def change_translated_strings(page, changes):
    """Types translations in wagtail-localize's editor, {Swedish source text:
    translation}, on whichever tab holds the string; Enter saves each."""
    page.wait_for_selector(".js-translation-editor li")
    for source_text, text in changes.items():
        segment = page.locator(
            "li.complete, li.incomplete",
            has=page.locator("p", has_text=re.compile(f"^{re.escape(source_text)}$")),
        )
        for tab in page.locator(".js-translation-editor [role=tab]").all():
            if segment.is_visible():
                break
            tab.click()
        segment.locator("button").last.click()  # "Translate", or "Edit" once translated
        segment.locator("textarea").fill(text)
        with page.expect_response(lambda response: "/strings/" in response.url):
            segment.locator("textarea").press("Enter")


def machine_prefill(page):
    """Fills the untranslated strings with the configured machine translation."""
    with page.expect_navigation():
        page.locator("form[action*='machine_translate'] button").first.click()
    page.wait_for_selector(".js-translation-editor li")


def submit_translation(page):
    """ "Save draft and submit for translation review"."""
    with page.expect_navigation():
        page.locator("button[data-review-action='submit']").click()
    page.wait_for_load_state()


def approve_translation(page):
    with page.expect_navigation():
        page.locator("button[data-review-action='approve']").click()
    page.wait_for_load_state()
