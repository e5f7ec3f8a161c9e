import pytest


@pytest.mark.parametrize("path", ["/sv/", "/ar/search/?q=x", "/sv/finns-inte/"])
def test_public_pages_send_a_strict_content_security_policy(client, db, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"


def test_admin_is_left_to_wagtail(client, db):
    response = client.get("/admin/login/")
    assert "Content-Security-Policy" not in response


def test_public_pages_send_nosniff_and_referrer_policy(client, db):
    response = client.get("/sv/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
