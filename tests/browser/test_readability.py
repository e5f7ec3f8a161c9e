"""The page editor's Readability panel in Chromium: a Communicator opens a
Swedish story and reads the same LIX score the report counts for it, then
types a bureaucratic sentence and hears (aria-live) the score and band change."""

import json

from tests.browser.editorial import open_editor

# 8 + 6 words, 10 of them long: enough to lift any page's score.
BUREAUCRATIC = (
    " Migrationsverket ansvarar för mottagandet av asylsökande under handläggningstiden"
    " enligt gällande lagstiftning och tillämpliga föreskrifter"
)
# The demo's first live Swedish story, the LIX the report counts for it, and
# the LIX and band (in the Swedish admin) Python counts once BUREAUCRATIC
# ends its title.
STORY_SCORES = (
    "import json; from django.conf import settings; from stories.models import StoryPage; "
    "from django.utils import translation; from home.readability import lix; "
    "page = StoryPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)"
    ".order_by('pk').first(); "
    "before = lix.lix(lix.page_text(page)); "
    f"page.title += {BUREAUCRATIC!r}; "
    "typed = lix.lix(lix.page_text(page)); translation.activate('sv'); "
    "print(json.dumps({'id': page.pk, 'lix': before, 'typed': typed, "
    "'typed_text': f'LIX {typed}: {lix.band(typed)[1]}'}))"
)


def test_the_score_follows_the_text_as_the_editor_types(signed_in, run_manage, axe):
    story = json.loads(run_manage("shell", "-c", STORY_SCORES).strip().splitlines()[-1])
    page = open_editor(signed_in("kommunikator"), story["id"])
    score = page.locator("[data-controller='readability'] [data-readability-target='score']")

    assert score.get_attribute("aria-live") == "polite"
    assert score.text_content().strip().startswith(f"LIX {story['lix']}: ")
    before = score.text_content().strip()

    page.locator("input[name='title']").press("End")
    page.locator("input[name='title']").type(BUREAUCRATIC)

    # The editor's JavaScript reads the whole form (title, summary, every body
    # block) as the report reads the saved page.
    page.wait_for_function(
        "([element, text]) => element.textContent.trim() === text",
        arg=[score.element_handle(), story["typed_text"]],
    )
    assert story["typed"] > story["lix"]
    assert story["typed_text"] != before
    # The panel itself (Wagtail's own list-block inputs lack labels elsewhere on the page).
    results = axe.run(
        page,
        context="[data-controller='readability']",
        options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    )
    assert results.violations_count == 0, results.generate_report()
