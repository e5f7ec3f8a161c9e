"""A Publisher's first sign-in in Chromium: the two-factor set-up page is one
page with its icons (the admin's icon sprite is not answered with the set-up
page again), and the key it shows turns the authenticator app on."""

import base64

import pytest
from django_otp.oath import totp

from home.demo import DEMO_PASSWORD_SUFFIX

NEW_PUBLISHER = "utgivare-ny"


@pytest.fixture(scope="module")
def new_publisher(run_manage):
    """A Publisher who has never signed in, so has no authenticator yet."""
    run_manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; from home.models import EditorialRole; "
        "from home.editorial.models import role_group; "
        f"user = get_user_model().objects.create_user({NEW_PUBLISHER!r}, "
        f"password={NEW_PUBLISHER + DEMO_PASSWORD_SUFFIX!r}); "
        "user.groups.set([role_group(EditorialRole.PUBLISHERS)])",
    )
    return NEW_PUBLISHER


def unresolved_icons(page):
    """Icons on the page whose symbol the sprite does not hold."""
    return page.evaluate(
        """() => [...document.querySelectorAll('svg.icon use')]
            .map(use => use.getAttribute('href'))
            .filter(href => !document.querySelector(href))"""
    )


def test_a_new_publisher_sets_up_the_authenticator_from_the_key_shown_and_reaches_the_dashboard(
    page, new_publisher
):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto("/admin/login/")
    page.fill("input[name=username]", new_publisher)
    page.fill("input[name=password]", new_publisher + DEMO_PASSWORD_SUFFIX)
    with page.expect_navigation():
        page.click("form button[type=submit]")
    page.wait_for_url("**/admin/2fa/setup/**")

    # icons.js has fetched the sprite and pasted it in: icons, not a second page.
    page.wait_for_selector("[data-sprite] svg symbol", state="attached")
    assert page.locator("[data-sprite] symbol").count() > 10
    assert page.locator("form").count() == 1
    assert page.locator("#main").count() == 1
    assert page.locator("[data-totp-secret]").count() == 1

    secret = page.locator("[data-totp-secret]").inner_text().strip()
    code = str(totp(base64.b32decode(secret))).zfill(6)
    page.fill("input[name=token]", code)
    with page.expect_navigation():
        page.click("main form button[type=submit]")

    page.wait_for_url("**/admin/")
    page.wait_for_selector("[data-sprite] svg symbol", state="attached")
    assert page.locator("#main").count() == 1
    assert page.locator("svg.icon use").count() > 0
    assert unresolved_icons(page) == []
