import re

import pytest

LANGUAGES = ["sv", "ar"]


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize(
    "path",
    ["/", "om-samla/", "tillganglighet/", "integritet/", "search/?q=samla", "finns-inte/"],
    ids=["home", "content", "accessibility-statement", "privacy-notice", "search", "404"],
)
def test_public_pages_have_no_axe_violations(page, assert_accessible, code, path):
    page.goto(f"/{code}/" + path.lstrip("/"))
    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("html").get_attribute("dir") == ("rtl" if code == "ar" else "ltr")
    assert_accessible(page)


def test_arabic_layout_mirrors_the_swedish_one(page):
    page.goto("/sv/")
    sv_box = page.locator(".site-header__name").bounding_box()
    page.goto("/ar/")
    ar_box = page.locator(".site-header__name").bounding_box()
    viewport_width = page.viewport_size["width"]
    assert sv_box["x"] < viewport_width / 2 < ar_box["x"] + ar_box["width"]


def test_skip_link_moves_focus_to_the_main_content(page):
    page.goto("/sv/om-samla/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_page_reflows_at_320_pixels_without_horizontal_scrolling(page):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ["/sv/", "/ar/om-samla/"]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, path


def test_reader_gives_feedback_once_per_session(page):
    page.goto("/sv/om-samla/")
    page.get_by_label("Ja").check()
    page.get_by_label(re.compile("Vad kan bli bättre")).fill("Tydlig sida")
    page.get_by_role("button", name="Skicka").click()
    page.wait_for_url(re.compile(r"/sv/om-samla/#feedback$"))
    assert page.get_by_role("status").inner_text().startswith("Tack")
    assert page.locator("#feedback form").count() == 0


def test_communicator_can_log_in_but_cannot_publish(page, login):
    login("kommunikator")
    page.goto("/admin/pages/")
    page.goto(page.url)  # admin is reachable
    page.goto("/admin/pages/add/home/contentpage/3/")
    assert page.locator("button[name=action-publish]").count() == 0


def test_pages_print_without_navigation_and_with_link_addresses(page):
    page.goto("/sv/om-samla/")
    page.evaluate(
        "document.querySelector('[data-listen-content]').insertAdjacentHTML('beforeend',"
        " '<a id=ext href=\"https://www.migrationsverket.se/\">Migrationsverket</a>')"
    )
    page.emulate_media(media="print")
    for chrome in (".site-header", ".feedback", ".site-footer", ".skip-link"):
        assert page.locator(chrome).is_hidden(), chrome
    assert page.locator("h1").is_visible()
    after = page.evaluate("getComputedStyle(document.getElementById('ext'), '::after').content")
    assert "https://www.migrationsverket.se/" in after
