"""Editorial journeys as people click them, with the admin in Swedish.

Everyone signs in through the real login page (Publishers also through the
two-factor page) and every step under test is a button of the admin's own:
the page editor's footer, the dashboard, wagtail-localize's editor. After
each step the test reads the public page as a resident would: unchanged
until the last approval, changed right after. docs/editor-guide.md describes
the same steps."""

import json

import pytest

from tests.browser.editorial import (
    approve,
    approve_translation,
    change_translated_strings,
    machine_prefill,
    open_editor,
    open_session,
    read,
    submit_for_review,
    submit_translation,
    workflow_actions,
)

PAGE_FACTS = """
import json
from wagtail.models import Page, PageLogEntry
page = Page.objects.get(translation_key=Page.objects.get(pk={page_id}).translation_key, locale__language_code={language!r})
print(json.dumps({{
    "id": page.pk, "url": page.url, "live": page.live,
    "publications": PageLogEntry.objects.filter(page=page, action="wagtail.publish").count(),
    "last_publisher": getattr(PageLogEntry.objects.filter(page=page, action="wagtail.publish").order_by("-timestamp", "-pk").first(), "user_id", None),
}}))
"""

FIND_PAGE = """
from wagtail.models import Page
print(Page.objects.get(slug={slug!r}, locale__language_code="sv").pk)
"""

USER_ID = """
from django.contrib.auth import get_user_model
print(get_user_model().objects.get(username={username!r}).pk)
"""


def last_line(output):
    return output.strip().splitlines()[-1]


def page_facts(run_manage, page_id, language="sv"):
    script = PAGE_FACTS.format(page_id=page_id, language=language)
    return json.loads(last_line(run_manage("shell", "-c", script)))


def page_id(run_manage, slug):
    return int(last_line(run_manage("shell", "-c", FIND_PAGE.format(slug=slug))))


def user_id(run_manage, username):
    return int(last_line(run_manage("shell", "-c", USER_ID.format(username=username))))


def main_text(reader, url):
    response = reader.goto(url)
    assert response.status == 200, url
    return reader.locator("main").inner_text()


MYTH = "asylsokande-och-arbete"
NEW_FACT = (
    "Missvisande. Den som har undantag från kravet på arbetstillstånd får arbeta "
    "medan asylansökan prövas."
)
NEW_ARABIC_SLUG = "hal-yumkin-li-talibi-alluju-alamal"


def address(username):
    return f"{username}@exempelkommun.example"


@pytest.fixture
def mail_outage(mail_server):
    """The mail server is down for the whole journey, then back."""
    mail_server.stop()
    try:
        yield mail_server
    finally:
        if not mail_server.running:
            mail_server.start()


def test_a_myth_correction_and_its_arabic_translation_go_live_only_after_review(
    browser, site_url, run_manage, mail_outage
):
    myth_id = page_id(run_manage, MYTH)
    swedish = page_facts(run_manage, myth_id)
    arabic = page_facts(run_manage, myth_id, "ar")
    reader, _response = read(browser, site_url, swedish["url"])
    assert NEW_FACT not in main_text(reader, swedish["url"])
    main_text(reader, arabic["url"])
    arabic_title = reader.locator("h1").inner_text()
    assert reader.locator(".outdated-translation").count() == 0
    received_before = len(mail_outage.messages)

    # A Communicator corrects the short fact and submits it to "Fact check".
    communicator = open_session(browser, site_url, "kommunikator")
    open_editor(communicator, myth_id)
    communicator.fill("#id_short_fact", NEW_FACT)
    submit_for_review(communicator)
    assert NEW_FACT not in main_text(reader, swedish["url"])

    # The Fact checker approves in the page editor, changing nothing.
    fact_checker = open_session(browser, site_url, "faktagranskare")
    open_editor(fact_checker, myth_id)
    assert "approve" in workflow_actions(fact_checker)
    approve(fact_checker)
    assert NEW_FACT not in main_text(reader, swedish["url"])
    assert page_facts(run_manage, myth_id)["publications"] == swedish["publications"]

    # The Publisher, signed in with two factors, is offered the last approval.
    publisher = open_session(browser, site_url, "utgivare")
    open_editor(publisher, myth_id)
    assert "approve" in workflow_actions(publisher)
    approve(publisher)
    assert NEW_FACT in main_text(reader, swedish["url"])

    # The Arabic page still reads as before and says the Swedish one changed.
    assert NEW_FACT not in main_text(reader, arabic["url"])
    assert reader.locator("h1").inner_text() == arabic_title
    notice = reader.locator(".outdated-translation")
    assert notice.is_visible()
    assert notice.get_by_role("link").get_attribute("href") == swedish["url"]

    # The Arabic translator pre-fills the new sentence by machine, gives the
    # page a new address and submits it to "Translation review (ar)".
    translator = open_session(browser, site_url, "oversattare-ar")
    open_translation = f"/admin/pages/{arabic['id']}/edit/"
    translator.goto(open_translation)
    machine_prefill(translator)
    change_translated_strings(translator, {MYTH: NEW_ARABIC_SLUG})
    submit_translation(translator)

    assert f"[ar] {NEW_FACT}" not in main_text(reader, arabic["url"])
    assert reader.locator("h1").inner_text() == arabic_title
    assert reader.locator(".outdated-translation").is_visible()
    new_arabic_url = arabic["url"].rsplit("/", 2)[0] + f"/{NEW_ARABIC_SLUG}/"
    assert reader.goto(new_arabic_url).status == 404

    # A Publisher approves the translation in its editor: now it is live.
    publisher.goto(open_translation)
    approve_translation(publisher)
    assert f"[ar] {NEW_FACT}" in main_text(reader, new_arabic_url)
    assert reader.locator(".outdated-translation").count() == 0
    arabic_now = page_facts(run_manage, myth_id, "ar")
    assert arabic_now["url"] == new_arabic_url
    assert arabic_now["publications"] == arabic["publications"] + 1
    assert arabic_now["last_publisher"] == user_id(run_manage, "utgivare")

    # Every notification waited in the outbox; the mail server is back and
    # the retry (`send_queued_email`, every minute in production) delivers it.
    assert len(mail_outage.messages) == received_before
    mail_outage.start()
    run_manage("send_queued_email", "--all")
    delivered = {
        username: mail_outage.subjects_to(address(username))
        for username in ("faktagranskare", "utgivare", "kommunikator", "oversattare-ar")
    }
    # Submitted to "Fact check", then to "Publisher approval", then approved;
    # the translation submitted to its review, then approved.
    assert delivered["faktagranskare"], delivered
    assert len(delivered["utgivare"]) >= 2, delivered
    assert delivered["kommunikator"], delivered
    assert delivered["oversattare-ar"], delivered
