"""A live Arabic translation changes only when its review approves it, in
Chromium: the Arabic translator changes the title, the slug and the
introduction of a published Arabic page in wagtail-localize's editor and
submits; readers keep the approved text at the approved address; a
Publisher approves in the page editor; the new text is live at the new
address and the page's history records the publication (wagtail-localize
issue #655, home/translation/drafts.py)."""

from tests.browser.editorial import change_translated_strings, open_session, read

# A Swedish page and its reviewed Arabic translation, live at /ar/<slug>/.
CREATE_LIVE_TRANSLATION = """
from wagtail.models import Locale
from home.demo import publish, source_home, translate
from home.models import ContentPage
page = ContentPage(title="Tolkhjälp", slug="tolkhjalp", intro="Ring oss om du behöver en tolk.")
source_home().add_child(instance=page)
publish(page)
translate(page, {"ar": {
    "Tolkhjälp": "مساعدة الترجمة",
    "tolkhjalp": "musaadat-altarjama",
    "Ring oss om du behöver en tolk.": "اتصل بنا إذا كنت بحاجة إلى مترجم.",
}})
print(page.get_translation(Locale.objects.get(language_code="ar")).pk)
"""

OLD = {
    "title": "مساعدة الترجمة",
    "path": "/ar/musaadat-altarjama/",
    "intro": "اتصل بنا إذا كنت بحاجة إلى مترجم.",
}
NEW = {
    "title": "مترجم فوري",
    "path": "/ar/mutarjim-fawri/",
    "intro": "اتصل بنا قبل يومين إذا كنت بحاجة إلى مترجم.",
}
# Per tab of the editor: Swedish source text -> the translator's new Arabic text.
# The translator's new Arabic text for each Swedish source string.
CHANGES = {
    "Tolkhjälp": NEW["title"],
    "Ring oss om du behöver en tolk.": NEW["intro"],
    "tolkhjalp": "mutarjim-fawri",
}


def publications(history):
    return history.locator("tr", has_text="Published").count()


def test_a_live_translation_changes_only_when_its_review_approves(browser, site_url, run_manage):
    arabic_id = int(run_manage("shell", "-c", CREATE_LIVE_TRANSLATION).strip().splitlines()[-1])
    reader, response = read(browser, site_url, OLD["path"])
    assert response.status == 200
    assert reader.get_by_role("heading", level=1).inner_text() == OLD["title"]

    translator = open_session(browser, site_url, "oversattare-ar", locale="en-GB")
    translator.goto(f"/admin/pages/{arabic_id}/edit/")
    change_translated_strings(translator, CHANGES)
    with translator.expect_navigation():
        translator.get_by_role(
            "button", name="Save draft and submit for translation review"
        ).click()
    assert translator.get_by_text("This translation is waiting for review.").is_visible()

    # Readers still see the approved page, at its approved address.
    response = reader.goto(OLD["path"])
    assert response.status == 200
    assert reader.get_by_role("heading", level=1).inner_text() == OLD["title"]
    assert OLD["intro"] in reader.locator("main").inner_text()
    assert NEW["intro"] not in reader.content()
    assert reader.goto(NEW["path"]).status == 404

    publisher = open_session(browser, site_url, "utgivare", locale="en-GB")
    publisher.goto(f"/admin/pages/{arabic_id}/history/")
    published_before = publications(publisher)
    publisher.goto(f"/admin/pages/{arabic_id}/edit/")
    with publisher.expect_navigation():
        publisher.locator("[data-review-action=approve]").first.click()

    response = reader.goto(NEW["path"])
    assert response.status == 200
    assert reader.get_by_role("heading", level=1).inner_text() == NEW["title"]
    assert NEW["intro"] in reader.locator("main").inner_text()
    # Old links lead to the new address (Wagtail's automatic redirect).
    assert reader.goto(OLD["path"]).url.endswith(NEW["path"])
    publisher.goto(f"/admin/pages/{arabic_id}/history/")
    assert publications(publisher) == published_before + 1
    assert publisher.locator("tr", has_text="Published").first.inner_text().count("Ulla") == 1
