"""Issue 18's honest dates in Chromium, admin in Swedish (docs/roles.md,
"Review dates and change history"): a Communicator changes a live page,
marks it a major change with a note for readers and submits it; readers see
nothing new while it waits; a Publisher approves it in the editor; the public
page then says when it was last reviewed (today), when it is next due and
what changed. The Swedish and Arabic pages pass axe."""

import datetime
import json
from zoneinfo import ZoneInfo

import pytest

from tests.browser.editorial import approve, open_editor, read, submit_for_review

# Set-up, not a step under test: a live copy of the demo's "Om Samla" page
# with a live Arabic translation, so the journey changes nothing shared.
LIVE_PAGE_WITH_ARABIC = """
import json
from wagtail.models import Locale, Page
from home.demo import publish
demo = Page.objects.get(slug="om-samla", locale__language_code="sv").specific
copy = publish(demo.copy(update_attrs={{"title": "Om datumen", "slug": "om-datumen"}},
                         copy_revisions=False, log_action=None))
arabic = copy.copy_for_translation(Locale.objects.get(language_code="ar"))
arabic.title, arabic.slug = "عن التواريخ", "an-altawarikh"
arabic = publish(arabic)
print(json.dumps({{"id": copy.pk, "sv": copy.get_url_parts()[2], "ar": arabic.get_url_parts()[2], "ar_id": arabic.pk}}))
"""

DELETE_PAGES = """
from wagtail.models import Page
for page in Page.objects.filter(pk__in={page_ids!r}):
    page.delete()
"""

NOTE = "Nya telefontider för frågor om mottagandet."
SWEDISH_MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip


@pytest.fixture
def content_page(run_manage):
    made = json.loads(
        run_manage("shell", "-c", LIVE_PAGE_WITH_ARABIC.format()).strip().splitlines()[-1]
    )
    yield made
    run_manage("shell", "-c", DELETE_PAGES.format(page_ids=[made["ar_id"], made["id"]]))


def swedish_date(day):
    return f"{day.day} {SWEDISH_MONTHS[day.month - 1]} {day.year}"


def test_readers_see_when_a_page_was_reviewed_and_its_major_change(
    browser, site_url, signed_in, content_page, assert_accessible
):
    communicator = open_editor(signed_in("kommunikator"), content_page["id"])
    communicator.fill("#id_intro", "Samla svarar på frågor om mottagandet, nu även per telefon.")
    communicator.check("#id_major_change")
    communicator.fill("#id_change_note", NOTE)
    submit_for_review(communicator)

    waiting_reader, response = read(browser, site_url, content_page["sv"])
    assert response.status == 200
    assert NOTE not in waiting_reader.locator("main").inner_text()
    waiting_reader.context.close()

    approve(open_editor(signed_in("utgivare"), content_page["id"]))

    # The site's day (TIME_ZONE), which is not the machine's around midnight.
    today = datetime.datetime.now(ZoneInfo("Europe/Stockholm")).date()
    # A new reader: a browser keeps a page it has read for a short while.
    reader, _response = read(browser, site_url, content_page["sv"])
    dates = reader.locator(".page-dates")
    assert dates.locator(f"time[datetime='{today:%Y-%m-%d}']").first.inner_text() == swedish_date(
        today
    )
    text = dates.inner_text()
    assert "Senast granskad" in text and "Nästa granskning" in text
    assert "Ändrad" in text and NOTE in text
    assert_accessible(reader)

    reader.goto(content_page["ar"])
    assert "آخر مراجعة" in reader.locator(".page-dates").inner_text()
    assert_accessible(reader)
    reader.context.close()
