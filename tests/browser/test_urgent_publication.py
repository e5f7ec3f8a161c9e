"""The urgent lane in Chromium, admin in Swedish (docs/roles.md): a Publisher
publishes a myth correction urgently from the editor's own menu, with a
reason (an empty one is refused); readers see "published urgently, fact check
in progress" on the Swedish and the Arabic page (checked with axe); the Fact
checker approves the forced fact check in the editor and the notice is gone
in both languages."""

import json

import pytest

from tests.browser.editorial import approve, open_editor, publish_urgently, read, save_draft

# Set-up, not a step under test: a live copy of a demo myth with a live
# Arabic translation, so the journey's words and addresses are its own.
LIVE_MYTH_WITH_ARABIC = """
import json
from wagtail.models import Locale, Page
from home.demo import publish
demo = Page.objects.get(slug="brott-kring-boendet", locale__language_code="sv").specific
copy = publish(demo.copy(update_attrs={fields!r}, copy_revisions=False, log_action=None))
arabic = copy.copy_for_translation(Locale.objects.get(language_code="ar"))
for name, value in {arabic_fields!r}.items():
    setattr(arabic, name, value)
arabic = publish(arabic)
print(json.dumps({{"id": copy.pk, "sv": copy.url, "ar": arabic.url, "ar_id": arabic.pk}}))
"""

DELETE_PAGES = """
from wagtail.models import Page
for page in Page.objects.filter(pk__in={page_ids!r}):
    page.delete()
"""

MYTH = {
    "title": "Hot mot boendet i Exempelby",
    "slug": "hot-mot-boendet",
    "claim": "Boendet i Exempelby ska attackeras i kväll.",
    "short_fact": "Polisen utreder uppgiften.",
}
ARABIC = {
    "title": "تهديد للسكن في إكسمبلبي",
    "slug": "tahdid-lil-sakan",
    "claim": "سيتم الهجوم على السكن في إكسمبلبي الليلة.",
    "short_fact": "الشرطة تحقق في الأمر.",
}
URGENT_FACT = "Polisen finns vid boendet i kväll. Sprid inte hotet vidare; ring 112 vid fara."
REASON = "Hotet sprids snabbt i lokala grupper i sociala medier; de boende är oroliga."
NOTICE = {
    "sv": "Publicerad akut, faktagranskning pågår.",
    "ar": "نُشرت بشكل عاجل، والتحقق من الحقائق جارٍ.",
}


@pytest.fixture
def myth(run_manage):
    script = LIVE_MYTH_WITH_ARABIC.format(fields=MYTH, arabic_fields=ARABIC)
    made = json.loads(run_manage("shell", "-c", script).strip().splitlines()[-1])
    yield made
    run_manage("shell", "-c", DELETE_PAGES.format(page_ids=[made["ar_id"], made["id"]]))


@pytest.fixture
def reader(browser, site_url):
    """A resident's phone-sized browser, never signed in."""
    reader, _response = read(browser, site_url, "/sv/")
    reader.set_viewport_size({"width": 390, "height": 844})
    yield reader
    reader.context.close()


def notice(reader, url):
    response = reader.goto(url)
    assert response.status == 200, url
    notices = reader.locator(".urgent-publication-notice")
    return notices.first.inner_text() if notices.count() else None


def test_an_urgent_myth_page_carries_its_notice_until_the_fact_check_approves_it(
    signed_in, myth, reader, assert_accessible
):
    assert notice(reader, myth["sv"]) is None

    publisher = open_editor(signed_in("utgivare"), myth["id"])
    publisher.fill("#id_short_fact", URGENT_FACT)
    save_draft(publisher)
    publish_urgently(publisher, "   ")
    assert "Skriv varför sidan måste publiceras" in publisher.locator("main").inner_text()
    assert notice(reader, myth["sv"]) is None

    publish_urgently(open_editor(publisher, myth["id"]), REASON)
    publisher.wait_for_url(f"**/admin/pages/{myth['id']}/edit/")
    # The fact check it started cannot be skipped: no second urgent
    # publication, no cancelling the workflow.
    assert publisher.locator("footer a[href$='/publish-urgently/']").count() == 0
    assert publisher.locator("footer button[name='action-cancel-workflow']").count() == 0

    for language in ("sv", "ar"):
        text = notice(reader, myth[language])
        assert text is not None and NOTICE[language] in text, (language, text)
        assert_accessible(reader)
    reader.goto(myth["sv"])
    assert URGENT_FACT in reader.locator("main").inner_text()

    # The fact check was started on the published version; the Fact checker
    # approves it in the editor, and the notice is gone in every language.
    approve(open_editor(signed_in("faktagranskare"), myth["id"]))
    for language in ("sv", "ar"):
        assert notice(reader, myth[language]) is None, language
    reader.goto(myth["sv"])
    assert URGENT_FACT in reader.locator("main").inner_text()
