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
