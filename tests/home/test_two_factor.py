import datetime
import re

from django.urls import reverse

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.fixture(autouse=True)
def two_factor_enforced(settings):
    settings.ADMIN_TWO_FACTOR_ENFORCED = True
    # django-otp slows down retries after a wrong code; these tests retry at once.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def sign_in_with_password(client, user):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": "pass-for-tests"}
    )
    assert response.status_code == 302
    return response


def current_code(user):
    device = TOTPDevice.objects.filter(user=user).latest("pk")
    return str(totp(device.bin_key)).zfill(6)


def test_publisher_must_set_up_an_authenticator_before_using_the_admin(client, publisher):
    sign_in_with_password(client, publisher)

    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_setup"))

    setup_page = client.get(response["Location"])
    assert "data-totp-secret" in setup_page.content.decode()
    assert client.post(response["Location"], {"token": "000000"}).status_code == 200
    assert client.get("/admin/pages/").status_code == 302

    done = client.post(response["Location"], {"token": current_code(publisher)})
    assert done.status_code == 302
    assert client.get("/admin/pages/").status_code == 200


def test_next_sign_in_asks_for_the_code(client, publisher):
    device = TOTPDevice.objects.create(user=publisher, confirmed=True, name="app")
    sign_in_with_password(client, publisher)

    response = client.get("/admin/")
    assert response["Location"].startswith(reverse("two_factor_verify"))
    wrong = client.post(reverse("two_factor_verify"), {"token": "12345"})
    assert wrong.status_code == 200
    assert client.get("/admin/").status_code == 302

    client.post(reverse("two_factor_verify"), {"token": str(totp(device.bin_key)).zfill(6)})
    assert client.get("/admin/").status_code == 200


def test_superusers_are_held_to_it_too(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pass-for-tests")
    sign_in_with_password(client, admin)
    assert client.get("/admin/")["Location"].startswith(reverse("two_factor_setup"))


def test_communicators_may_choose_it_and_are_then_held_to_it(client, communicator):
    sign_in_with_password(client, communicator)
    assert client.get("/admin/").status_code == 200

    TOTPDevice.objects.create(user=communicator, confirmed=True, name="app")
    client.logout()
    sign_in_with_password(client, communicator)
    assert client.get("/admin/")["Location"].startswith(reverse("two_factor_verify"))


# What Chromium sends: for a page the reader navigates to, for the admin's
# icon sprite (icons.js fetches it), and for the admin's own JSON requests.
NAVIGATION = {
    "HTTP_SEC_FETCH_MODE": "navigate",
    "HTTP_SEC_FETCH_DEST": "document",
    "HTTP_ACCEPT": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
}
SCRIPT_FETCH = {"HTTP_SEC_FETCH_MODE": "cors", "HTTP_SEC_FETCH_DEST": "empty", "HTTP_ACCEPT": "*/*"}
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest", "HTTP_ACCEPT": "application/json"}


def test_the_set_up_page_gets_its_icons_and_translations_instead_of_itself(client, publisher):
    sign_in_with_password(client, publisher)

    page = client.get("/admin/", **NAVIGATION)
    assert page["Location"].startswith(reverse("two_factor_setup"))

    sprite = client.get(reverse("wagtailadmin_sprite"), **SCRIPT_FETCH)
    assert sprite.status_code == 200
    assert sprite["Content-Type"].startswith("image/svg+xml")
    assert (
        "<symbol" in sprite.content.decode() and "data-totp-secret" not in sprite.content.decode()
    )

    catalogue = client.get(reverse("wagtailadmin_javascript_catalog"), **SCRIPT_FETCH)
    assert catalogue.status_code == 200
    assert "javascript" in catalogue["Content-Type"]


@pytest.mark.parametrize(
    "headers",
    [SCRIPT_FETCH, XHR, {"HTTP_ACCEPT": "application/json"}],
    ids=["fetch", "xmlhttprequest", "json-without-fetch-metadata"],
)
def test_admin_requests_from_scripts_are_refused_until_the_code_is_entered(
    client, publisher, headers
):
    sign_in_with_password(client, publisher)

    refused = client.get(reverse("wagtailadmin_api:pages:listing"), **headers)
    assert refused.status_code == 403
    assert "data-totp-secret" not in refused.content.decode()


@pytest.mark.parametrize(
    "headers",
    [NAVIGATION, {"HTTP_ACCEPT": "text/html"}, {}],
    ids=["navigation", "html-without-fetch-metadata", "no-headers"],
)
def test_page_views_are_sent_to_the_set_up_page(client, publisher, headers):
    sign_in_with_password(client, publisher)

    response = client.get("/admin/pages/", **headers)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("two_factor_setup"))


def seconds_to_wait(pattern, response):
    found = re.search(pattern, response.content.decode())
    assert found, response.content.decode()
    return int(found.group(1))


def test_a_right_code_too_soon_after_a_wrong_one_says_when_to_try_again(
    client, publisher, settings
):
    # django-otp's own delay: 60 seconds after the first wrong code.
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    device = TOTPDevice.objects.create(user=publisher, confirmed=True, name="app")
    sign_in_with_password(client, publisher)
    verify_url = reverse("two_factor_verify")

    wrong = client.post(verify_url, {"token": "000000"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "The code is wrong or too old" in wrong.content.decode()

    too_soon = client.post(
        verify_url, {"token": current_code(publisher)}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert 55 <= seconds_to_wait(r"Try again in (\d+) seconds\.", too_soon) <= 60
    assert "Too many attempts." in too_soon.content.decode()
    assert "wrong or too old" not in too_soon.content.decode()
    assert client.get("/admin/").status_code == 302

    in_swedish = client.post(
        verify_url, {"token": current_code(publisher)}, HTTP_ACCEPT_LANGUAGE="sv"
    )
    assert 55 <= seconds_to_wait(r"Försök igen om (\d+) sekunder\.", in_swedish) <= 60

    # A minute later, as the message said, the code is taken.
    device.refresh_from_db()
    device.throttling_failure_timestamp -= datetime.timedelta(seconds=60)
    device.save(update_fields=["throttling_failure_timestamp"])
    assert client.post(verify_url, {"token": current_code(publisher)}).status_code == 302
    assert client.get("/admin/").status_code == 200
