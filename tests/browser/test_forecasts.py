"""The demo forecast as readers meet it, on a phone."""

import pytest


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_forecast_page_is_accessible(page, assert_accessible, language):
    page.goto(f"/{language}/prognoser/prognos-2026-2/")
    assert page.locator("svg[role=img]").count() == 2
    assert page.locator(".forecast-table").count() == 2
    assert page.locator(".key-figure__change").count() == 2
    assert_accessible(page)


@pytest.mark.parametrize("language", ["sv", "ar"])
def test_superseded_forecast_is_accessible_and_points_to_the_newest(
    page, assert_accessible, language
):
    page.goto(f"/{language}/prognoser/prognos-2026-1/")
    notice = page.locator(".superseded-notice a")
    assert notice.get_attribute("href").endswith(f"/{language}/prognoser/prognos-2026-2/")
    assert_accessible(page)


def test_forecast_index_and_home_key_figures_are_accessible(page, assert_accessible):
    page.goto("/sv/prognoser/")
    assert_accessible(page)
    page.goto("/ar/")
    assert page.locator(".latest-forecast .key-figure").count() == 2
    assert_accessible(page)
