"""An Arabic story names its contact and its quoted speaker with their roles
in Arabic, once the person's role is translated."""

import pytest

from home.demo.loader import translate
from home.models import Person
from stories.models import StoryPage
from tests.campaigns.conftest import translate_to

pytestmark = pytest.mark.django_db


def test_arabic_story_gives_roles_in_arabic(client, add_story, homes, library):
    contact = Person.objects.create(name="Anna Andersson", role="Integrationssamordnare")
    speaker = Person.objects.create(name="Omar Haddad", role="Boende på asylboendet")
    translate(contact, {"ar": {"Integrationssamordnare": "منسقة الاندماج"}})
    translate(speaker, {"ar": {"Boende på asylboendet": "مقيم في مسكن اللجوء"}})
    story = add_story(
        "Praktikplatser",
        slug="praktik",
        contact_persons=[contact],
        body=[("quote", {"quote": "Vi fick arbeta från första veckan.", "speaker": speaker})],
    )
    library.copy_for_translation(homes["ar"].locale).save_revision().publish()
    arabic = translate_to(story, homes["ar"])
    assert isinstance(arabic, StoryPage)

    html = client.get(arabic.url).content.decode()
    assert "Anna Andersson</strong>, منسقة الاندماج" in html
    assert "<figcaption>Omar Haddad, مقيم في مسكن اللجوء</figcaption>" in html
    assert "Integrationssamordnare" not in html
    assert "Boende på asylboendet" not in html

    api = client.get(f"/api/v2/pages/{arabic.pk}/").json()
    assert [row["role"] for row in api["contact_persons"]] == ["منسقة الاندماج"]


def test_a_role_not_yet_translated_reads_in_swedish(client, add_story, homes, library):
    contact = Person.objects.create(name="Anna Andersson", role="Integrationssamordnare")
    story = add_story("Praktikplatser", slug="praktik", contact_persons=[contact])
    library.copy_for_translation(homes["ar"].locale).save_revision().publish()
    arabic = translate_to(story, homes["ar"])
    assert (
        "Anna Andersson</strong>, Integrationssamordnare" in client.get(arabic.url).content.decode()
    )
