"""Campaigns as readers meet them on a phone: accessible in Swedish and
Arabic, and a Tigrinya reader who finds the active campaign, its leaflet in
Tigrinya and the activities for their calendar."""

import datetime
from pathlib import Path

import pytest

LANGUAGES = ["sv", "ar"]
ACTIVE = "valkommen-till-exempelkommun"


@pytest.mark.parametrize("language", LANGUAGES)
def test_campaign_index_is_accessible(page, assert_accessible, language):
    page.goto(f"/{language}/kampanjer/")
    assert page.locator(".campaign-card").count() >= 1
    assert_accessible(page)
    page.select_option("#campaign-status", "active")
    page.click(".campaign-filter button[type=submit]")
    page.wait_for_url("**/kampanjer/?status=active*")
    assert page.locator(".campaign-card--active").count() == page.locator(".campaign-card").count()
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_campaign_page_is_accessible(page, assert_accessible, language):
    page.goto(f"/{language}/kampanjer/{ACTIVE}/")
    assert page.locator(".activity").count() == 3
    assert page.locator(".material").count() == 8
    assert_accessible(page)


@pytest.mark.parametrize("language", LANGUAGES)
def test_finished_campaign_is_accessible_and_says_it_is_finished(page, assert_accessible, language):
    page.goto(f"/{language}/kampanjer/frivillig-spridning/")
    assert page.locator(".campaign__finished").is_visible()
    assert page.locator(".steering-group li").count() == 11
    assert page.locator(".campaign__calendar").count() == 0
    assert_accessible(page)


def test_tigrinya_reader_finds_the_campaign_leaflet_and_calendar(page, tmp_path):
    page.goto("/ti/")
    page.click(".main-nav a:text('ዘመቻታት')")
    page.wait_for_url("**/ti/kampanjer/")
    page.click(f".campaign-card a[href$='/{ACTIVE}/']")
    page.wait_for_url(f"**/ti/kampanjer/{ACTIVE}/")
    assert page.locator("h1").inner_text() == "እንቋዕ ብደሓን ናብ Exempelkommun መጻእኩም"

    first = page.locator(".material").first
    assert first.get_attribute("lang") == "ti"
    assert "ትግርኛ" in first.locator(".material__meta").inner_text()
    with page.expect_download() as leaflet:
        first.locator("a").click()
    text = Path(leaflet.value.path()).read_text(encoding="utf-8")
    assert text.startswith("እንቋዕ ብደሓን ናብ Exempelkommun መጻእኩም")

    next_activity = page.locator(".activity").first.locator(".activity__title").inner_text()
    with page.expect_download() as calendar:
        page.click(".campaign__calendar")
    assert calendar.value.suggested_filename.endswith(".ics")
    saved = tmp_path / calendar.value.suggested_filename
    calendar.value.save_as(saved)
    ics = saved.read_bytes().decode("utf-8")
    assert ics.startswith("BEGIN:VCALENDAR\r\n")
    unfolded = ics.replace("\r\n ", "")
    assert f"SUMMARY:{next_activity}\r\n" in unfolded
    in_two_weeks = datetime.date.today() + datetime.timedelta(days=14)
    assert f"DTSTART;VALUE=DATE:{in_two_weeks:%Y%m%d}\r\n" in unfolded
