"""Editorial journeys as people click them, with the admin in Swedish.

Everyone signs in through the real login page (Publishers also through the
two-factor page) and every step under test is a button of the admin's own:
the page editor's footer, the dashboard, wagtail-localize's editor. After
each step the test reads the public page as a resident would: unchanged
until the last approval, changed right after. docs/editor-guide.md describes
the same steps."""

import datetime
import json
import time

from django.conf import settings
from django.utils import timezone

import pytest
from playwright.sync_api import expect

from tests.browser.editorial import (
    add_child_page,
    approve,
    approve_from_dashboard,
    approve_translation,
    change_translated_strings,
    edit_url,
    last_line,
    machine_prefill,
    open_editor,
    read,
    request_changes,
    save_draft,
    set_go_live,
    submit_for_review,
    submit_page_for_translation,
    submit_translation,
    workflow_actions,
    workflow_status,
)

PAGE_FACTS = """
import json
from wagtail.models import Page, PageLogEntry
page = Page.objects.get(translation_key=Page.objects.get(pk={page_id}).translation_key, locale__language_code={language!r})
print(json.dumps({{
    "id": page.pk, "url": page.get_url_parts()[2], "live": page.live,
    "publications": PageLogEntry.objects.filter(page=page, action="wagtail.publish").count(),
    "last_publisher": getattr(PageLogEntry.objects.filter(page=page, action="wagtail.publish").order_by("-timestamp", "-pk").first(), "user_id", None),
    "step": getattr(page.current_workflow_task, "name", None),
}}))
"""

FIND_PAGE = """
from wagtail.models import Page
# Exempelkommun's page (Exempelstad, the demo's second municipality, has a library too).
print(Page.objects.get(slug={slug!r}, locale__language_code="sv", url_path__startswith="/home/").pk)
"""

# Set-up, not a step under test: live Swedish pages to work on, each with
# its own address and texts (a copy of a demo page of the type, or a plain
# content page), so that each journey's assertions are about its own words.
LIVE_COPY = """
from wagtail.models import Page
from home.demo import publish
demo = Page.objects.get(slug={demo_slug!r}, locale__language_code="sv").specific
copy = demo.copy(update_attrs={fields!r}, copy_revisions=False, log_action=None)
print(publish(copy).pk)
"""

DELETE_PAGES = """
from wagtail.models import Page
for page in Page.objects.filter(pk__in={page_ids!r}):
    page.delete()
"""

NEW_CONTENT_PAGE = """
from home.demo import add_child_once, source_home
from home.models import ContentPage
print(add_child_once(source_home(), ContentPage(**{fields!r})).pk)
"""

USER_ID = """
from django.contrib.auth import get_user_model
print(get_user_model().objects.get(username={username!r}).pk)
"""


def page_facts(run_manage, page_id, language="sv"):
    script = PAGE_FACTS.format(page_id=page_id, language=language)
    return json.loads(last_line(run_manage("shell", "-c", script)))


def page_id(run_manage, slug):
    return int(last_line(run_manage("shell", "-c", FIND_PAGE.format(slug=slug))))


@pytest.fixture
def live_copy(run_manage):
    """`live_copy(demo_slug, **fields)`: a live copy of a Swedish demo page,
    deleted after the test so that the listings other tests count (the myth
    answers, the forecasts) hold the demo content only."""
    made = []

    def copy(demo_slug, **fields):
        script = LIVE_COPY.format(demo_slug=demo_slug, fields=fields)
        made.append(int(last_line(run_manage("shell", "-c", script))))
        return made[-1]

    yield copy
    if made:
        run_manage("shell", "-c", DELETE_PAGES.format(page_ids=made))


def new_content_page(run_manage, **fields):
    script = NEW_CONTENT_PAGE.format(fields=fields)
    return int(last_line(run_manage("shell", "-c", script)))


def user_id(run_manage, username):
    return int(last_line(run_manage("shell", "-c", USER_ID.format(username=username))))


def main_text(reader, url):
    response = reader.goto(url)
    assert response.status == 200, url
    return reader.locator("main").inner_text()


def public_text(reader, url, selector):
    """What a reader sees in one part of the page at `url`."""
    main_text(reader, url)
    return reader.locator(selector).first.inner_text()


def status(reader, url):
    return reader.goto(url).status


@pytest.fixture
def reader(browser, site_url):
    """A resident's browser, never signed in."""
    reader, _response = read(browser, site_url, "/sv/")
    yield reader
    reader.context.close()


# A demo myth no other browser test edits, so its Arabic page starts current.
MYTH = "kommunens-skyldighet-att-ta-emot"
NEW_FACT = (
    "Fel. Enligt bosättningslagen tar varje kommun emot det antal nyanlända som "
    "länsstyrelsen fördelar till den."
)
NEW_ARABIC_SLUG = "hal-yumkin-lil-baladiya-rafd-alqadimin"


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
    browser, site_url, run_manage, mail_outage, signed_in
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
    communicator = signed_in("kommunikator")
    open_editor(communicator, myth_id)
    communicator.fill("#id_short_fact", NEW_FACT)
    submit_for_review(communicator)
    assert NEW_FACT not in main_text(reader, swedish["url"])

    # The Fact checker approves in the page editor, changing nothing.
    fact_checker = signed_in("faktagranskare")
    open_editor(fact_checker, myth_id)
    assert "approve" in workflow_actions(fact_checker)
    approve(fact_checker)
    assert NEW_FACT not in main_text(reader, swedish["url"])
    assert page_facts(run_manage, myth_id)["publications"] == swedish["publications"]

    # The Publisher, signed in with two factors, is offered the last approval.
    publisher = signed_in("utgivare")
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
    translator = signed_in("oversattare-ar")
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


STORY_TITLE = "Läxhjälp på biblioteket i Exempelkommun"
STORY_SUMMARY = "Frivilliga hjälper barn med läxorna två kvällar i veckan på biblioteket."


def test_a_communicators_new_story_goes_live_when_the_publisher_approves_it_on_the_dashboard(
    run_manage, signed_in, reader
):
    library_id = page_id(run_manage, "goda-exempel")
    library_url = page_facts(run_manage, library_id)["url"]
    assert STORY_TITLE not in main_text(reader, library_url)
    # The home page's newest stories, a cached part once a reader has seen it.
    assert STORY_TITLE not in main_text(reader, "/sv/")

    # A Communicator writes the story in the page editor and submits it to "Review".
    communicator = add_child_page(signed_in("kommunikator"), library_id, "stories.StoryPage")
    communicator.fill("#id_title", STORY_TITLE)
    communicator.fill("#id_summary", STORY_SUMMARY)
    communicator.fill("#id_year", "2026")
    # The address follows the title once the cursor leaves it.
    slug_field = communicator.locator("#id_slug")
    expect(slug_field).not_to_have_value("")
    slug = slug_field.input_value()
    submit_for_review(communicator)
    story = page_facts(run_manage, page_id(run_manage, slug))
    assert story["step"] == "Publisher approval"
    assert status(reader, story["url"]) == 404
    assert STORY_TITLE not in main_text(reader, library_url)

    # The Publisher approves it from the dashboard's "Awaiting your review".
    approve_from_dashboard(signed_in("utgivare"), STORY_TITLE)
    assert STORY_SUMMARY in main_text(reader, story["url"])
    assert STORY_TITLE in main_text(reader, library_url)
    # Demo stories are older: the new one is listed right after the featured ones.
    assert STORY_TITLE in main_text(reader, "/sv/")


FORECAST_TITLE = "Prognos för skolplatser, hösten 2026"
FORECAST_SUMMARY = "Kommunen behöver omkring 40 fler skolplatser för nyanlända barn."
CORRECTED_FORECAST_SUMMARY = "Kommunen behöver omkring 55 fler skolplatser för nyanlända barn."


def test_a_forecast_correction_goes_live_after_the_fact_checker_and_then_the_publisher(
    run_manage, live_copy, signed_in, reader
):
    forecast_id = live_copy(
        "prognos-2026-1",
        title=FORECAST_TITLE,
        slug="prognos-skolplatser-2026",
        series_key="exempelkommun-skolplatser",
        summary=FORECAST_SUMMARY,
    )
    url = page_facts(run_manage, forecast_id)["url"]

    # A Communicator corrects the summary and submits it to "Fact check".
    communicator = open_editor(signed_in("kommunikator"), forecast_id)
    communicator.fill("#id_summary", CORRECTED_FORECAST_SUMMARY)
    submit_for_review(communicator)
    assert FORECAST_SUMMARY in main_text(reader, url)

    # The Fact checker approves from the dashboard: it waits for a Publisher.
    approve_from_dashboard(signed_in("faktagranskare"), FORECAST_TITLE)
    assert page_facts(run_manage, forecast_id)["step"] == "Publisher approval"
    assert FORECAST_SUMMARY in main_text(reader, url)

    # The Publisher approves in the page editor: the correction is live.
    approve(open_editor(signed_in("utgivare"), forecast_id))
    text = main_text(reader, url)
    assert CORRECTED_FORECAST_SUMMARY in text
    assert FORECAST_SUMMARY not in text


SUMMER_SCHOOL = {
    "title": "Sommarskola för nyanlända barn",
    "slug": "sommarskola-for-nyanlanda",
    "intro": "Skolan har sommarskola i tre veckor för barn som nyss har kommit.",
}
SUMMER_SCHOOL_IN_ENGLISH = {
    SUMMER_SCHOOL["title"]: "Summer school for newly arrived children",
    SUMMER_SCHOOL["slug"]: "summer-school-for-newcomers",
    SUMMER_SCHOOL[
        "intro"
    ]: "The school runs a three-week summer school for newly arrived children.",
}


def test_a_new_english_translation_goes_live_when_a_publisher_approves_it(
    run_manage, signed_in, reader
):
    swedish_id = new_content_page(run_manage, **SUMMER_SCHOOL)

    # A Communicator asks for an English translation: a draft in the English tree.
    submit_page_for_translation(
        signed_in("kommunikator"), swedish_id, [dict(settings.LANGUAGES)["en"]]
    )
    english = page_facts(run_manage, swedish_id, "en")
    assert not english["live"]
    assert status(reader, english["url"]) == 404

    # The English translator translates every string and submits it for review.
    translator = signed_in("oversattare-en")
    translator.goto(edit_url(english["id"]))
    change_translated_strings(translator, SUMMER_SCHOOL_IN_ENGLISH)
    submit_translation(translator)
    assert translator.locator("button[data-review-action='approve']").count() == 0
    english_url = f"/en/{SUMMER_SCHOOL_IN_ENGLISH[SUMMER_SCHOOL['slug']]}/"
    assert status(reader, english_url) == 404
    assert status(reader, english["url"]) == 404

    # A Publisher approves it in the translation editor: the English page is live.
    publisher = signed_in("utgivare")
    publisher.goto(edit_url(english["id"]))
    approve_translation(publisher)
    assert SUMMER_SCHOOL_IN_ENGLISH[SUMMER_SCHOOL["intro"]] in main_text(reader, english_url)
    assert page_facts(run_manage, swedish_id, "en")["url"] == english_url


MYTH_COPY = {
    "title": "Bussen till boendet slutar gå",
    "slug": "bussen-till-boendet",
    "claim": "Kommunen lägger ner busslinjen till boendet på grund av de boende.",
    "short_fact": "Falskt. Busslinjen går som vanligt.",
}
FIRST_DRAFT = "Falskt. Busslinjen läggs inte ner, men tidtabellen ändras."
REVIEW_COMMENT = "Säg vilken dag tidtabellen ändras och länka till trafikbolaget."
CORRECTED_FACT = "Falskt. Busslinjen läggs inte ner; från 1 mars går bussen varje halvtimme."


def test_a_myth_answer_sent_back_with_a_comment_goes_live_only_as_corrected(
    run_manage, live_copy, signed_in, reader
):
    myth_id = live_copy("brott-kring-boendet", **MYTH_COPY)
    url = page_facts(run_manage, myth_id)["url"]

    def public_fact():
        return public_text(reader, url, "main .fact-box")

    communicator = open_editor(signed_in("kommunikator"), myth_id)
    communicator.fill("#id_short_fact", FIRST_DRAFT)
    submit_for_review(communicator)
    assert public_fact() == MYTH_COPY["short_fact"]

    # The Fact checker sends it back with a comment.
    fact_checker = open_editor(signed_in("faktagranskare"), myth_id)
    request_changes(fact_checker, REVIEW_COMMENT)
    assert page_facts(run_manage, myth_id)["step"] is None
    assert public_fact() == MYTH_COPY["short_fact"]

    # The Communicator reads the comment in the editor, corrects and resubmits.
    open_editor(communicator, myth_id)
    assert REVIEW_COMMENT in workflow_status(communicator)
    communicator.fill("#id_short_fact", CORRECTED_FACT)
    submit_for_review(communicator)
    assert page_facts(run_manage, myth_id)["step"] == "Fact check"
    assert public_fact() == MYTH_COPY["short_fact"]

    approve_from_dashboard(fact_checker, MYTH_COPY["title"])
    assert public_fact() == MYTH_COPY["short_fact"]
    approve(open_editor(signed_in("utgivare"), myth_id))
    assert public_fact() == CORRECTED_FACT


REAPPROVAL_FORECAST = {
    "title": "Prognos för bostäder, hösten 2026",
    "slug": "prognos-bostader-2026",
    "series_key": "exempelkommun-bostader",
    "summary": "Kommunen behöver omkring 30 fler bostäder för nyanlända.",
}
SUBMITTED_SUMMARY = "Kommunen behöver omkring 35 fler bostäder för nyanlända."
PUBLISHERS_SUMMARY = "Kommunen behöver omkring 35 fler bostäder för nyanlända under 2027."


def test_an_edit_after_the_fact_check_goes_back_to_the_fact_checker(
    run_manage, live_copy, signed_in, second_publisher, reader
):
    forecast_id = live_copy("prognos-2026-1", **REAPPROVAL_FORECAST)
    url = page_facts(run_manage, forecast_id)["url"]

    def public_summary():
        return public_text(reader, url, "main .lead")

    communicator = open_editor(signed_in("kommunikator"), forecast_id)
    communicator.fill("#id_summary", SUBMITTED_SUMMARY)
    submit_for_review(communicator)
    fact_checker = open_editor(signed_in("faktagranskare"), forecast_id)
    approve(fact_checker)
    assert page_facts(run_manage, forecast_id)["step"] == "Publisher approval"
    assert public_summary() == REAPPROVAL_FORECAST["summary"]

    # A Publisher changes the text while it waits for their approval: now
    # they are its last editor and cannot approve it.
    publisher = open_editor(signed_in("utgivare"), forecast_id)
    publisher.fill("#id_summary", PUBLISHERS_SUMMARY)
    save_draft(publisher)
    assert workflow_actions(publisher) == []
    assert public_summary() == REAPPROVAL_FORECAST["summary"]

    # Another Publisher approves; the fact check covered the earlier text,
    # so the page goes back to the Fact checker.
    approve(open_editor(signed_in(second_publisher), forecast_id))
    assert page_facts(run_manage, forecast_id)["step"] == "Fact check"
    assert public_summary() == REAPPROVAL_FORECAST["summary"]

    open_editor(fact_checker, forecast_id)
    assert "approve" in workflow_actions(fact_checker)
    approve(fact_checker)
    assert page_facts(run_manage, forecast_id)["step"] == "Publisher approval"
    assert public_summary() == REAPPROVAL_FORECAST["summary"]

    approve(open_editor(signed_in(second_publisher), forecast_id))
    assert public_summary() == PUBLISHERS_SUMMARY


OPEN_HOUSE = {
    "title": "Öppet hus på språkcaféet",
    "slug": "oppet-hus-sprakcafe",
    "intro": "Språkcaféet har öppet hus på tisdagar.",
}
SCHEDULED_INTRO = "Språkcaféet har öppet hus på tisdagar och torsdagar."


def test_a_scheduled_change_goes_live_at_its_time_once_approved(run_manage, signed_in, reader):
    open_house_id = new_content_page(run_manage, **OPEN_HOUSE)
    url = page_facts(run_manage, open_house_id)["url"]
    communicator, publisher = signed_in("kommunikator"), signed_in("utgivare")
    # The schedule dialog takes minutes: the next full minute at least 20 s away.
    soon = timezone.now() + datetime.timedelta(seconds=20)
    go_live = soon.replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)

    # A Communicator changes the text, sets the go-live time and submits.
    open_editor(communicator, open_house_id)
    communicator.fill("#id_intro", SCHEDULED_INTRO)
    set_go_live(communicator, go_live)
    submit_for_review(communicator)
    assert OPEN_HOUSE["intro"] in main_text(reader, url)

    # The Publisher approves before that time: nothing changes yet.
    approve(open_editor(publisher, open_house_id))
    assert timezone.now() < go_live, "the approval came after the go-live time"
    assert page_facts(run_manage, open_house_id)["step"] is None
    text = main_text(reader, url)
    assert OPEN_HOUSE["intro"] in text and SCHEDULED_INTRO not in text

    # Once the time has passed, the scheduled publication (the production
    # timer runs it every minute, docs/operations.md) makes it live.
    time.sleep(max(0, (go_live - timezone.now()).total_seconds()) + 1)
    run_manage("publish_scheduled")
    assert SCHEDULED_INTRO in main_text(reader, url)
