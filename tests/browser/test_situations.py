"""Issue 18's done-means in Chromium: a reader picks their situation on the
home page and finds what concerns them, in their language (axe on uk and on
Arabic, right to left)."""

import re

from playwright.sync_api import expect

FLED_FROM_UKRAINE = {"uk": "Я з України, тікаю від війни", "ar": "لقد فررت من أوكرانيا"}
CHOOSE_YOUR_SITUATION = {"uk": "Оберіть свою ситуацію", "ar": "اختر وضعك"}


def test_ukrainian_reader_picks_fled_from_ukraine_and_finds_what_concerns_them(
    page, assert_accessible
):
    page.goto("/uk/")
    situations = page.get_by_role("navigation", name=CHOOSE_YOUR_SITUATION["uk"])
    situations.get_by_role("link", name=FLED_FROM_UKRAINE["uk"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FLED_FROM_UKRAINE["uk"])
    main = page.locator("main")
    # The myth about temporary protection, in Ukrainian.
    myth = main.get_by_role("link", name=re.compile("Люди з тимчасовим захистом"))
    expect(myth).to_be_visible()
    # The Skara network around housing for refugees from Ukraine: in Swedish
    # until its Ukrainian translation is live, and marked as Swedish.
    story = main.locator('a[href$="/skara-natverk/"]')
    expect(story).to_be_visible()
    if story.get_attribute("lang") == "sv":
        expect(story.locator("xpath=..")).to_contain_text("шведською, ще не перекладено")
    # Whom to contact, with the role in Ukrainian.
    contacts = main.locator(".situation__contacts")
    expect(contacts).to_contain_text("Camilla Helander")
    expect(contacts).to_contain_text("Координаторка громадянського суспільства під час криз")
    assert_accessible(page)
    myth.click()
    expect(page).to_have_url(re.compile(r"/uk/myter/tillfalligt-skydd-och-arbete/$"))
    expect(page.locator("main")).to_contain_text("Неправда")

    page.goto("/ar/")
    situations = page.get_by_role("navigation", name=CHOOSE_YOUR_SITUATION["ar"])
    situations.get_by_role("link", name=FLED_FROM_UKRAINE["ar"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FLED_FROM_UKRAINE["ar"])
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("main")).to_contain_text("Camilla Helander")
    assert_accessible(page)
