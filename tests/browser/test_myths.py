"""Myth pages and the rumour report form as readers meet them, on a phone."""

import re

import pytest
from playwright.sync_api import expect

LANGUAGES = ["sv", "ar"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_myth_index_is_accessible(page, assert_accessible, language):
    page.goto(f"/{language}/myter/")
    assert page.locator(".myth-card").count() == 6
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_myth_page_is_accessible_and_offers_a_copy_link(page, assert_accessible, language):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"/{language}/myter/bostadskon/")
    assert page.locator(".verdict__label").first.is_visible()
    copy = page.locator(".share__copy")
    copy.click()
    # The clipboard answers asynchronously; wait for the announcement.
    expect(page.locator(".share__status")).to_have_text(re.compile(r"\S"))
    assert page.evaluate("navigator.clipboard.readText()").endswith(
        f"/{language}/myter/bostadskon/"
    )
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_form_and_its_errors_are_accessible(page, assert_accessible, language):
    page.goto(f"/{language}/report-a-rumour/")
    assert_accessible(page)
    page.fill("#id_email", "not-an-address")
    page.click(".report-form button[type=submit]")
    assert page.locator("[aria-invalid=true]").count() >= 1
    assert_accessible(page)


def test_resident_reports_a_rumour_from_the_footer(page):
    page.goto("/so/")
    page.click(".site-footer .report-link a")
    page.fill("#id_text", "Waxaan maqlay in dugsiga la xirayo.")
    page.select_option("#id_language", "so")
    page.click(".report-form button[type=submit]")
    page.wait_for_url("**/so/report-a-rumour/thanks/")
    assert page.locator("h1").inner_text() == "Mahadsanid warbixintaada"
