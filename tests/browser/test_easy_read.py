"""Issue 18's done-means in Chromium: a Swedish reader with little Swedish
opens "Lättläst" on a story, reads its easy-to-read version and finds the
others through the footer (demo content, home/easy_read/demo/)."""

import re

STORY = "/sv/goda-exempel/kramfors-asylsamordnare/"


def test_a_reader_opens_lattlast_on_a_story_and_reads_it(page, assert_accessible):
    page.goto(STORY)
    story_title = page.locator("h1").inner_text()
    page.get_by_role("main").get_by_role("link", name="Lättläst", exact=True).click()

    page.wait_for_url(re.compile(r"/sv/goda-exempel/kramfors-asylsamordnare/lattlast/$"))
    article = page.locator("article.easy-read")
    assert article.get_attribute("lang") == "sv"
    assert article.locator(".easy-read__label").inner_text() == "Lättläst"
    assert page.locator("h1").inner_text() == "Kramfors ger rätt information om asyl"
    assert "Asylsamordnaren kan lagarna." in article.inner_text()
    assert_accessible(page)

    # Back to the whole story, and on to every easy-to-read page.
    article.get_by_role("link", name=story_title).click()
    page.wait_for_url(re.compile(r"/sv/goda-exempel/kramfors-asylsamordnare/$"))
    page.get_by_role("contentinfo").get_by_role(
        "link", name="Alla sidor på lättläst svenska"
    ).click()
    page.wait_for_url(re.compile(r"/sv/lattlast/$"))
    page.get_by_role("link", name="Får den som söker asyl arbeta?").click()
    page.wait_for_url(re.compile(r"/sv/myter/asylsokande-och-arbete/lattlast/$"))
    assert "Titta på ditt kort" in page.locator("article.easy-read").inner_text()
