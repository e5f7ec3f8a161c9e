"""Readers of Arabic and Tigrinya read counts and dates in their own
language, on a phone: the Arabic search result count used to fall back to
Swedish from three results on, and Tigrinya dates showed Swedish month
abbreviations."""

import datetime
import re

from django.utils import timezone, translation
from django.utils.formats import date_format

from playwright.sync_api import expect

TIGRINYA_MONTHS = [
    "ጥሪ",
    "ለካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ግንቦት",
    "ሰነ",
    "ሓምለ",
    "ነሓሰ",
    "መስከረም",
    "ጥቅምቲ",
    "ሕዳር",
    "ታሕሳስ",
]
ARABIC_COUNT = re.compile(
    r"^(لا توجد نتائج|نتيجة واحدة|نتيجتان|(?P<few>\d+) نتائج|(?P<many>\d+) نتيجة) لـ «Exempelkommun»$"
)


def test_arabic_reader_reads_the_search_result_count_in_arabic(page, assert_accessible):
    page.goto("/ar/search/")
    page.locator("#search-q").fill("Exempelkommun")
    page.locator("#search-q").press("Enter")
    status = page.locator('p[role="status"]')
    expect(status).to_be_visible()
    match = ARABIC_COUNT.match(status.inner_text().strip())
    assert match, status.inner_text()
    # The form fits the count: 3-10 take the plural, 11 and more the singular.
    if match["few"]:
        assert 3 <= int(match["few"]) % 100 <= 10
    if match["many"]:
        assert not 3 <= int(match["many"]) % 100 <= 10
    assert page.locator(".search-results li").count() > 0
    assert_accessible(page)


def test_tigrinya_reader_sees_tigrinya_dates(page, assert_accessible):
    page.goto("/ti/kampanjer/valkommen-till-exempelkommun/")
    # The demo loader dates the campaign's activities relative to the day it ran.
    first_day = timezone.localdate() + datetime.timedelta(days=14)
    with translation.override("ti"):
        expected = date_format(first_day, "DATE_FORMAT")
    activity_date = page.locator(f'time[datetime="{first_day.isoformat()}"]').first
    expect(activity_date).to_have_text(expected)
    assert expected.split()[1] in TIGRINYA_MONTHS
    body = page.locator("main").inner_text()
    assert not re.search(r"\b(jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)\b", body)
    assert_accessible(page)
