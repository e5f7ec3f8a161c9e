"""Login throttling, identical answers for known and unknown users, idle sessions."""

import time

from django.urls import reverse

import pytest

from home.security.idle_timeout import LAST_ACTIVITY_KEY

LOGIN = "/admin/login/"


def attempt(client, username, password="wrong-password"):
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR="203.0.113.9"
    )


def error_text(response):
    content = response.content.decode()
    start = content.index('class="help-block help-critical"') if "help-critical" in content else 0
    return content[start : start + 300]


def test_wrong_password_and_unknown_user_get_the_same_answer(client, communicator):
    known = attempt(client, communicator.username)
    unknown = attempt(client, "no-such-user")
    assert known.status_code == unknown.status_code == 200
    assert error_text(known) == error_text(unknown)


@pytest.mark.parametrize("username", ["communicator", "no-such-user"])
def test_repeated_failures_lock_the_account_for_known_and_unknown_users(
    client, communicator, username
):
    responses = [attempt(client, username) for _ in range(6)]
    assert responses[4].status_code == 429
    assert responses[5].status_code == 429
    assert "Inloggningen är spärrad" in responses[5].content.decode()
    # Even the right password is refused while locked.
    if username == "communicator":
        assert attempt(client, username, "pass-for-tests").status_code == 429


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(
    client, communicator, mailoutbox
):
    url = reverse("wagtailadmin_password_reset")
    known = client.post(url, {"email": communicator.email})
    unknown = client.post(url, {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code
    assert known.get("Location") == unknown.get("Location")


def test_idle_sessions_end(client, communicator, settings):
    client.force_login(communicator)
    assert client.get("/admin/").status_code == 200
    session = client.session
    session[LAST_ACTIVITY_KEY] = time.time() - settings.ADMIN_IDLE_TIMEOUT_SECONDS - 5
    session.save()

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/admin/").status_code == 302
