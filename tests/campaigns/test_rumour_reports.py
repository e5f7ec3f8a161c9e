import logging

from django.core import mail
from django.test import Client

import pytest

from campaigns.models import ReportStatus, RumourReport
from campaigns.rumours.views import RUMOUR_REPORTS_PER_HOUR
from home.models import QueuedEmail

pytestmark = pytest.mark.django_db

URL = "/so/report-a-rumour/"


def valid(**changes):
    return {
        "text": "Waxaan maqlay in carruurta aysan dugsiga aadi karin.",
        "heard_where": "people",
        "language": "so",
        "email": "",
        "website": "",
        **changes,
    }


def test_resident_reports_a_rumour_in_somali_and_sees_a_confirmation(
    client, communicator, django_capture_on_commit_callbacks
):
    page = client.get(URL)
    assert page.status_code == 200
    assert 'lang="so"' in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # the e-mail leaves after the commit
        response = client.post(URL, valid(email="qof@example.org", consent="on"), follow=True)
    assert response.redirect_chain == [("/so/report-a-rumour/thanks/", 302)]
    assert "Mahadsanid warbixintaada" in response.content.decode()
    report = RumourReport.objects.get()
    assert report.text.startswith("Waxaan maqlay")
    assert (report.language, report.site_language, report.heard_where) == ("so", "so", "people")
    assert report.email == "qof@example.org" and report.consent
    assert report.status == ReportStatus.NEW
    # Communicators get an e-mail that links to the inbox but not the reporter's address.
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [communicator.email]
    assert f"/admin/rumour-reports/edit/{report.pk}/" in mail.outbox[0].body
    assert "qof@example.org" not in mail.outbox[0].body


def test_form_is_on_the_myth_index(client, myth_index):
    html = client.get(myth_index.url).content.decode()
    assert 'action="/sv/report-a-rumour/"' in html
    # The front-end cache gives every reader this copy: no per-reader token.
    assert 'name="csrfmiddlewaretoken"' not in html


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (valid(text=""), "text", "Qor waxaad maqashay."),
        (valid(text="x" * 2001), "text", "Qor ugu badnaan 2000 xaraf."),
        (valid(email="qof@example.org"), "consent", "Calaamadee sanduuqa"),
        (valid(consent="on"), "email", "Qor cinwaanka iimaylkaaga"),
        (valid(email="not-an-address", consent="on"), "email", "Qor cinwaan iimayl sax ah"),
        (valid(language="xx"), "language", "Dooro mid ka mid ah"),
        (valid(heard_where="moon"), "heard_where", "Dooro mid ka mid ah"),
    ],
)
def test_bad_input_gets_a_clear_message_in_the_readers_language(client, data, field, message):
    response = client.post(URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Fadlan sax goobaha" in html
    assert not RumourReport.objects.exists()


def test_email_requires_explicit_consent_and_is_not_stored_without_it(client):
    client.post(URL, valid(email="qof@example.org"))
    assert not RumourReport.objects.exists()


def test_honeypot_submissions_are_thanked_but_not_stored(client):
    response = client.post(URL, valid(website="http://spam.example"))
    assert response.status_code == 302
    assert not RumourReport.objects.exists()
    assert not mail.outbox


def test_form_refuses_posts_from_other_sites():
    client = Client(enforce_csrf_checks=True)
    assert client.post(URL, valid(), HTTP_ORIGIN="https://evil.example").status_code == 403
    assert client.post(URL, valid(), HTTP_REFERER="http://evil.example/").status_code == 403
    assert client.post(URL, valid()).status_code == 403  # neither Origin nor Referer
    assert not RumourReport.objects.exists()


def test_rate_limit_per_client(client):
    for number in range(RUMOUR_REPORTS_PER_HOUR):
        response = client.post(URL, valid(text=f"Rykte nummer {number}"), REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 302
    response = client.post(URL, valid(text="Ett rykte för mycket"), REMOTE_ADDR="10.0.0.1")
    assert response.status_code == 429
    assert "Waxaad dirtay warbixinno badan" in response.content.decode()
    assert RumourReport.objects.count() == RUMOUR_REPORTS_PER_HOUR
    # Another client is not affected.
    assert client.post(URL, valid(), REMOTE_ADDR="10.0.0.2").status_code == 302


def test_other_methods_are_refused_without_an_error_page(client):
    assert client.put(URL).status_code == 405


def test_failing_mail_server_still_stores_the_report_and_keeps_the_notice(
    client, communicator, settings, caplog, django_capture_on_commit_callbacks
):
    # A real SMTP connection to a port where nothing listens.
    settings.SAMLA_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9
    settings.EMAIL_TIMEOUT = 2
    with (
        caplog.at_level(logging.ERROR, logger="samla.outbox"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(URL, valid())
    assert response.status_code == 302
    report = RumourReport.objects.get()
    assert "Could not deliver queued e-mail" in caplog.text
    queued = QueuedEmail.objects.get()
    assert queued.addresses["to"] == [communicator.email]
    assert f"/admin/rumour-reports/edit/{report.pk}/" in queued.body
