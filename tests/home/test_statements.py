"""The accessibility statement in DIGG's model (its structure from the
catalogues, its facts from the site settings, its known shortcomings from the
page's body) and the privacy notice generated from the personal-data registry
the erasure job uses, in the reader's language (axe on both:
tests/browser/test_site_shell.py)."""

import datetime
import re

from django.apps import apps
from django.db import models
from django.utils import translation

from wagtail.models import Locale

import pytest

from home.models import ContentPage, HomePage, SiteSettings
from home.privacy.choices import LegalBasis
from home.privacy.registry import personal_data_modules, privacy_notice
from tests.utils import publish

pytestmark = pytest.mark.django_db

SHORTCOMING = "Filmer saknar ibland textning (WCAG 1.2.2)."


def published_in_sv_and_ar(home, **fields):
    page = ContentPage(**fields)
    home.add_child(instance=page)
    publish(page)
    publish(page.copy_for_translation(Locale.objects.get(language_code="ar")))
    return page


@pytest.fixture(scope="module")
def statement(module_db):
    """The Swedish statement and notice pages with Arabic translations,
    chosen in the site settings, and another content page; built once."""
    with module_db.unblock():
        home = HomePage.objects.get(locale__language_code="sv")
        page = published_in_sv_and_ar(
            home,
            title="Tillgänglighetsredogörelse",
            slug="tillganglighet",
            body=[("text", f"<p>{SHORTCOMING}</p>")],
        )
        notice = published_in_sv_and_ar(
            home, title="Så hanterar vi personuppgifter", slug="integritet"
        )
        other = ContentPage(title="Om Samla", slug="om-samla")
        home.add_child(instance=other)
        publish(other)
        settings = SiteSettings.load()
        settings.accessibility_statement_page = page
        settings.privacy_notice_page = notice
        settings.privacy_controller = "Exempelkommun, kommunstyrelsen"
        settings.privacy_contact_email = "dataskydd@kommun.example"
        settings.accessibility_contact_email = "tillganglighet@kommun.example"
        settings.accessibility_contact_phone = "0123-45 67 00"
        settings.accessibility_response_days = 5
        settings.accessibility_tested_on = datetime.date(2026, 11, 20)
        settings.accessibility_prepared_on = datetime.date(2026, 9, 1)
        settings.accessibility_reviewed_on = datetime.date(2026, 11, 24)
        settings.save()
        return page


def headings(content):
    return re.findall(r"<h2>([^<]+)</h2>", content)


def test_the_statement_follows_diggs_model_with_the_facts_from_the_settings(client, statement):
    content = client.get("/sv/tillganglighet/").content.decode()

    assert headings(content)[:7] == [
        "Hur tillgänglig är webbplatsen?",
        "Vad kan du göra om du inte kan använda delar av webbplatsen?",
        "Rapportera brister i webbplatsens tillgänglighet",
        "Tillsynsmyndighet",
        "Teknisk information om webbplatsens tillgänglighet",
        "Innehåll som inte är tillgängligt",
        "Hur vi testat webbplatsen",
    ]
    assert "lagen (2018:1937)" in content
    assert "delvis förenlig med lagen om tillgänglighet till digital offentlig service" in content
    known = content.split("Innehåll som inte är tillgängligt")[1].split("Hur vi testat")[0]
    assert SHORTCOMING in known
    assert 'href="mailto:tillganglighet@kommun.example"' in content
    assert 'href="tel:0123-456700"' in content
    assert "Vi svarar inom 5 arbetsdagar." in content
    assert '<a href="#feedback">' in content and 'id="feedback"' in content
    assert 'href="https://www.digg.se/tdosanmalan"' in content
    assert "Redogörelsen upprättades den 1 september 2026." in content
    assert "Redogörelsen granskades senast den 24 november 2026." in content
    assert "Den senaste bedömningen gjordes den 20 november 2026." in content


def test_the_statement_is_in_the_readers_language_and_follows_a_changed_status(client, statement):
    settings = SiteSettings.load()
    settings.accessibility_compliance = "full"
    settings.accessibility_test_method = "external"
    settings.save()

    content = client.get("/ar/tillganglighet/").content.decode()

    assert "ما مدى إمكانية الوصول إلى الموقع؟" in headings(content)
    assert "الموقع متوافق تمامًا مع قانون إمكانية الوصول إلى الخدمات العامة الرقمية." in content
    assert "راجعت جهة مستقلة الموقع" in content
    assert SHORTCOMING in content  # the translation's body, as its translator left it


def test_other_content_pages_show_only_their_own_body(client, statement):
    content = client.get("/sv/om-samla/").content.decode()
    assert "Tillsynsmyndighet" not in content
    assert "Dina rättigheter" not in content


def test_every_kind_of_personal_data_says_what_why_how_long_and_on_what_basis():
    for module in personal_data_modules():
        assert module.NOTICE, f"{module.__name__} has no NOTICE"
        for kind in module.NOTICE:
            assert str(kind.what) and str(kind.why) and str(kind.kept), kind
            assert kind.legal_bases, kind
            assert set(kind.legal_bases) <= set(LegalBasis.values), kind
            assert kind.retention is None or kind.days >= 0, kind
            for label in kind.models:
                apps.get_model(label)  # names a model that exists


def test_every_erasure_period_is_in_the_notice():
    erased_by = {
        retention.setting
        for module in personal_data_modules()
        for retention in module.RETENTIONS
        if retention.setting
    }
    assert erased_by <= {kind.retention for kind in privacy_notice()}


# Addresses of the organisation itself (the public contact, accessibility and
# personal-data mailboxes), not of a person.
NOT_PERSONAL = {"home.SiteSettings"}
PERSONAL_FIELD_NAMES = {"email", "phone", "first_name", "last_name", "contact_name", "user_agent"}


def test_every_model_with_personal_data_is_in_the_registry():
    holding_personal_data = {
        model._meta.label
        for model in apps.get_models()
        if any(
            isinstance(field, models.EmailField | models.GenericIPAddressField)
            or field.name in PERSONAL_FIELD_NAMES
            for field in model._meta.concrete_fields
        )
    }
    registered = {label for kind in privacy_notice() for label in kind.models}
    assert holding_personal_data - NOT_PERSONAL <= registered


def test_the_privacy_notice_lists_every_kind_with_the_period_the_erasure_job_uses(
    client, statement, settings
):
    settings.UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS = 14

    content = client.get("/sv/integritet/").content.decode()

    with translation.override("sv"):
        for kind in privacy_notice():
            assert f"<h3>{kind.what}</h3>" in content.replace("&#x27;", "'")
    assert "Exempelkommun, kommunstyrelsen är personuppgiftsansvarig" in content
    assert 'href="mailto:dataskydd@kommun.example"' in content
    subscriptions = content.split("Om du prenumererar")[1].split("</section>")[0]
    assert "ditt samtycke (GDPR artikel 6.1 a)" in subscriptions
    assert "14 dagar." in subscriptions
    assert "Integritetsskyddsmyndigheten (IMY)" in content
    for right in ["(tillgång)", "(rättelse)", "(radering)", "(invändning)"]:
        assert right in content
    assert 'href="https://www.imy.se/' in content

    arabic = client.get("/ar/integritet/").content.decode()
    assert "حقوقك" in arabic and "موافقتك (المادة 6.1 أ" in arabic
