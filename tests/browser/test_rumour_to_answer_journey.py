"""From rumour to answer in Chromium (issue 16, docs/myths.md): a resident
reports a rumour on the Arabic site and asks for an answer by e-mail; a
Communicator answers it from the rumour inbox with a prefilled myth page,
adds the police as partner reviewer and submits it; the police approve
through the link in their e-mail, the Fact checker and the Publisher in the
editor; the Arabic translation is made, reviewed and published; the reporter
gets one Arabic e-mail linking to the live Arabic page and their address is
erased; "Time to answer rumours" shows the report's three times.

Everyone signs in through the real login and two-factor pages and presses
the admin's own buttons, with the admin in Swedish. After each step the test
reads the public pages as a resident would: nothing is public before the
Publisher's approval, the Arabic page not before its review."""

import re
from datetime import datetime

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from playwright.sync_api import expect

from tests.browser.editorial import (
    add_partner_reviewer,
    approve,
    approve_translation,
    change_translated_strings,
    edit_url,
    fill_rich_text,
    machine_prefill,
    open_editor,
    partner_sign_off_link,
    read,
    save_draft,
    submit_for_review,
    submit_page_for_translation,
    submit_translation,
)

# "I heard that the police will search the accommodation in Exempelby every night."
RUMOUR = "سمعت أن الشرطة ستفتش السكن في إكسمبلبي كل ليلة."
REPORTER = "rapportor.resan@example.org"
PARTNER = "jonas.lind@polisen.example"
TITLE = "Söker polisen igenom boendet i Exempelby varje natt?"
SHORT_FACT = "Nej. Polisen gör inga nattliga genomsökningar av boendet i Exempelby."
EXPLANATION = "Polisen kommer till boendet bara när någon ringer dem, som till alla andra."
ARABIC_SLUG = "hal-tuftish-alshurta-alsakan"

# Set-up's undoing, not a step under test: the report and its answer in every
# language go, so the myth listings other tests count hold the demo content only.
DELETE_REPORT_AND_ANSWER = """
from wagtail.models import Page
from campaigns.models import MythPage, RumourReport
keys = list(MythPage.objects.filter(title={title!r}).values_list("translation_key", flat=True))
for page in Page.objects.filter(translation_key__in=keys).order_by("-depth"):
    page.delete()
RumourReport.objects.filter(text={text!r}).delete()
"""


@pytest.fixture
def cleanup(run_manage):
    yield
    run_manage("shell", "-c", DELETE_REPORT_AND_ANSWER.format(title=TITLE, text=RUMOUR))


@pytest.fixture
def reader(browser, site_url):
    """A resident's phone-sized browser, never signed in."""
    reader, _response = read(browser, site_url, "/ar/")
    reader.set_viewport_size({"width": 390, "height": 844})
    yield reader
    reader.context.close()


def status(reader, url):
    return reader.goto(url).status


def main_text(reader, url):
    response = reader.goto(url)
    assert response.status == 200, url
    return reader.locator("main").inner_text()


FIND_ARABIC = (
    "from wagtail.models import Locale, Page; "
    "print(Page.objects.get(pk={page_id}).get_translation(Locale.objects.get(language_code='ar')).pk)"
)


def page_id_in(url):
    return int(re.search(r"/pages/(\d+)/edit/", url).group(1))


def messages_to(mail_server, address):
    return [m for m in mail_server.messages if address in (m["To"] or "")]


def in_arabic(text):
    with translation.override("ar"):
        return gettext(text)


def test_an_arabic_rumour_report_is_answered_checked_translated_and_replied_to(
    browser, site_url, run_manage, mail_server, signed_in, reader, assert_accessible, cleanup
):
    # A resident reports the rumour on the Arabic site and asks for an answer.
    started = timezone.now()
    reader.goto("/ar/report-a-rumour/")
    assert_accessible(reader)
    reader.fill("#id_text", RUMOUR)
    reader.select_option("#id_heard_where", "messaging")
    reader.select_option("#id_language", "ar")
    reader.fill("#id_email", REPORTER)
    reader.check("#id_consent")
    with reader.expect_navigation():
        reader.click(".report-form button[type=submit]")
    assert reader.url.endswith("/ar/report-a-rumour/thanks/")
    assert_accessible(reader)
    received_by = timezone.now()

    # A Communicator opens it in the inbox (the reporter's address is there)
    # and answers it with a new myth page, the claim, the rumour's language
    # and where it was heard taken from the report.
    communicator = signed_in("kommunikator")
    communicator.goto("/admin/rumour-reports/")
    with communicator.expect_navigation():
        communicator.get_by_role("link", name=RUMOUR).click()
    report_url = communicator.url
    assert REPORTER in communicator.locator("main").inner_text()
    with communicator.expect_navigation():
        communicator.locator("a[href$='/answer/new/']").first.click()
    communicator.wait_for_selector("form#page-edit-form")
    expect(communicator.locator("#id_claim")).to_have_value(RUMOUR)
    expect(communicator.locator("#id_circulates_in")).to_have_value("ar")
    expect(communicator.locator("#id_circulates_where")).to_have_value("messaging")
    communicator.fill("#id_title", TITLE)
    communicator.select_option("#id_verdict", "false")
    communicator.fill("#id_short_fact", SHORT_FACT)
    fill_rich_text(communicator, "explanation", EXPLANATION)
    slug_field = communicator.locator("#id_slug")
    expect(slug_field).not_to_have_value("")  # made from the headline
    swedish_url = f"/sv/myter/{slug_field.input_value()}/"
    save_draft(communicator)
    myth_id = page_id_in(communicator.url)

    # The answer is about the police's work: they sign it off first.
    add_partner_reviewer(communicator, myth_id, "Jonas Lind", "Polisen", PARTNER)
    assert "Jonas Lind" in communicator.locator("main table").inner_text()
    submit_for_review(open_editor(communicator, myth_id))
    # Submitted, the editor sends them back to the myth section.
    assert not communicator.url.endswith(edit_url(myth_id)), "the editor refused the submission"
    assert status(reader, swedish_url) == 404
    communicator.goto(report_url)
    expect(communicator.locator("[data-chooser-title]").first).to_have_text(TITLE)

    # The police approve through the link in their e-mail, without an account.
    subject, link = partner_sign_off_link(mail_server, PARTNER)
    assert TITLE in subject
    partner, response = read(browser, site_url, link)
    assert response.status == 200
    assert SHORT_FACT in partner.locator("main").inner_text()
    with partner.expect_navigation():
        partner.get_by_role("button", name="Godkänn").click()
    assert "Ditt godkännande är registrerat" in partner.locator("main").inner_text()
    partner.context.close()
    assert status(reader, swedish_url) == 404

    # The Fact checker approves in the editor: still not public.
    approve(open_editor(signed_in("faktagranskare"), myth_id))
    assert status(reader, swedish_url) == 404

    # The Publisher approves: the Swedish answer is live. The reporter reads
    # Arabic, so no e-mail yet (the Swedish fallback waits 24 hours).
    publisher = open_editor(signed_in("utgivare"), myth_id)
    swedish_live_after = timezone.now()
    approve(publisher)
    swedish_live_by = timezone.now()
    assert SHORT_FACT in main_text(reader, swedish_url)
    assert_accessible(reader)
    assert messages_to(mail_server, REPORTER) == []

    # The Communicator asks for the Arabic translation; the Arabic translator
    # pre-fills it by machine, gives it an Arabic address and submits it.
    # The Communicator, who may not edit the Arabic tree, stays in the Swedish
    # page's editor (the translator finds the draft in their own tree).
    submit_page_for_translation(communicator, myth_id, [dict(settings.LANGUAGES)["ar"]])
    assert page_id_in(communicator.url) == myth_id
    arabic_id = int(run_manage("shell", "-c", FIND_ARABIC.format(page_id=myth_id)).split()[-1])
    translator = signed_in("oversattare-ar")
    translator.goto(edit_url(arabic_id))
    machine_prefill(translator)
    change_translated_strings(translator, {swedish_url.split("/")[-2]: ARABIC_SLUG})
    submit_translation(translator)
    arabic_url = f"/ar/myter/{ARABIC_SLUG}/"
    assert status(reader, arabic_url) == 404
    assert messages_to(mail_server, REPORTER) == []

    # A Publisher approves the translation: the Arabic answer is live.
    publisher.goto(edit_url(arabic_id))
    arabic_live_after = timezone.now()
    approve_translation(publisher)
    arabic_live_by = timezone.now()
    assert f"[ar] {SHORT_FACT}" in main_text(reader, arabic_url)
    assert_accessible(reader)

    # The reporter has had one e-mail, in Arabic, linking to the live Arabic
    # page; the reply timer (every 15 minutes in production) sends no other.
    run_manage("send_rumour_replies")
    [reply] = messages_to(mail_server, REPORTER)
    # The encoded subject starts on a folded line; Python's parser keeps that space.
    assert reply["Subject"].strip() == in_arabic("Answer to the rumour you reported")
    body = reply.get_body(preferencelist=("plain",)).get_content()
    assert in_arabic("Thank you for reporting a rumour to Samla. You wrote:") in body
    assert RUMOUR in body
    # The site's address in the link is the Site's, not this test server's.
    [linked_path] = re.findall(r"https?://[^/\s]+(/\S*)", body)
    assert linked_path == arabic_url

    # The address is erased: the report no longer shows it.
    communicator.goto(report_url)
    assert REPORTER not in communicator.locator("main").inner_text()

    # Reports → "Time to answer rumours": received, live in Swedish, live in Arabic.
    communicator.goto("/admin/reports/time-to-answer/?site_language=ar")
    row = communicator.locator("tr", has=communicator.get_by_role("link", name=RUMOUR))
    expect(row).to_contain_text(TITLE)
    received, swedish_live, arabic_live = (
        datetime.fromisoformat(value)
        for value in row.locator("time").evaluate_all("times => times.map(t => t.dateTime)")
    )
    assert started <= received <= received_by
    assert swedish_live_after <= swedish_live <= swedish_live_by
    assert arabic_live_after <= arabic_live <= arabic_live_by
