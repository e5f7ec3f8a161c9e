"""The translation scenario of the translation-workflow issue, in Chromium:
an Arabic translator translates a Swedish story in wagtail-localize's editor
and submits it; a reviewer approves; the Arabic page is live right-to-left.
The Swedish story then changes: the Arabic page says it is outdated and the
status grid agrees, until the translator updates it."""

import re

import pytest

CREATE_STORY = """
from home.demo import publish
from stories.models import StoryIndexPage, StoryPage
index = StoryIndexPage.objects.get(url_path="/home/goda-exempel/")
story = StoryPage(title="Språkcafé i Exempelkommun", slug="sprakcafe-test", summary="Varje tisdag träffas nyanlända och frivilliga.", year=2025)
index.add_child(instance=story)
publish(story)
print(story.pk)
"""

CHANGE_STORY = """
from home.demo import publish
from stories.models import StoryPage
story = StoryPage.objects.get(slug="sprakcafe-test", locale__language_code="sv")
story.summary = "Varje tisdag och torsdag träffas nyanlända och frivilliga."
publish(story)
from wagtail_localize.models import TranslationSource
TranslationSource.objects.get(object_id=story.translation_key).update_from_db()
"""

ARABIC = {
    "Språkcafé i Exempelkommun": "مقهى اللغة في إكزمبلكومون",
    "Varje tisdag träffas nyanlända och frivilliga.": "كل يوم ثلاثاء يلتقي القادمون الجدد والمتطوعون.",
    "Varje tisdag och torsdag träffas nyanlända och frivilliga.": "كل يوم ثلاثاء وخميس يلتقي القادمون الجدد والمتطوعون.",
}


def translate_strings(page):
    """Fills every untranslated string we have a translation for, in the localize editor."""
    page.wait_for_selector(".js-translation-editor li.incomplete")
    for source_text, arabic in ARABIC.items():
        segment = page.locator(
            "li.incomplete",
            has=page.locator("p", has_text=re.compile(f"^{re.escape(source_text)}$")),
        )
        if segment.count() == 0:
            continue
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(arabic)
        segment.get_by_role("button", name="Save").click()
        page.wait_for_timeout(300)


@pytest.fixture
def story_id(run_manage):
    return int(run_manage("shell", "-c", CREATE_STORY).strip().splitlines()[-1])


def test_translator_reviewer_and_outdated_notice(
    browser, site_url, run_manage, story_id, assert_accessible, admin_session
):
    communicator = admin_session("kommunikator")
    communicator.goto(f"/admin/localize/submit/page/{story_id}/")
    communicator.get_by_label("العربية").check()
    communicator.locator("main form [type=submit]").first.click()
    communicator.wait_for_load_state()
    arabic_id = int(
        run_manage(
            "shell",
            "-c",
            f"from wagtail.models import Page; print(Page.objects.get(pk={story_id}).get_translations().get(locale__language_code='ar').pk)",
        )
        .strip()
        .splitlines()[-1]
    )

    translator = admin_session("oversattare-ar")
    translator.goto(f"/admin/pages/{arabic_id}/edit/")
    translate_strings(translator)
    translator.get_by_role("button", name="Save draft and submit for translation review").click()
    translator.wait_for_load_state()
    assert translator.get_by_text("This translation is waiting for review.").is_visible()
    # The translator cannot approve their own work.
    assert translator.locator("[data-review-action=approve]").count() == 0

    reader = browser.new_context(base_url=site_url).new_page()

    reviewer = admin_session("utgivare")
    reviewer.goto(f"/admin/pages/{arabic_id}/edit/")
    reviewer.locator("[data-review-action=approve]").first.click()
    reviewer.wait_for_load_state()

    story_url = (
        run_manage(
            "shell",
            "-c",
            f"from wagtail.models import Page; print(Page.objects.get(pk={arabic_id}).get_url_parts()[2])",
        )
        .strip()
        .splitlines()[-1]
    )
    response = reader.goto(story_url)
    assert response.status == 200
    assert reader.locator("html").get_attribute("dir") == "rtl"
    assert (
        reader.get_by_role("heading", level=1).inner_text() == ARABIC["Språkcafé i Exempelkommun"]
    )
    assert reader.locator(".outdated-translation").count() == 0

    run_manage("shell", "-c", CHANGE_STORY)
    reader.goto(story_url)
    notice = reader.locator(".outdated-translation")
    assert notice.is_visible()
    assert notice.get_by_role("link").get_attribute("href").startswith("/sv/")
    assert_accessible(reader)
    reviewer.goto("/admin/reports/translation-status/?language=ar")
    row = reviewer.locator("tr", has=reviewer.get_by_role("link", name="Språkcafé i Exempelkommun"))
    assert row.locator("td").first.get_attribute("data-status") == "outdated"

    translator.goto(f"/admin/pages/{arabic_id}/edit/")
    translate_strings(translator)
    translator.get_by_role("button", name="Save draft and submit for translation review").click()
    reviewer.goto(f"/admin/pages/{arabic_id}/edit/")
    reviewer.locator("[data-review-action=approve]").first.click()
    reviewer.wait_for_load_state()

    reader.goto(story_url)
    assert reader.locator(".outdated-translation").count() == 0
    assert ARABIC["Varje tisdag och torsdag träffas nyanlända och frivilliga."] in reader.content()
