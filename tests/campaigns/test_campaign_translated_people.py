"""An Arabic campaign names its project lead, ambassadors, steering group and
contacts with their roles in Arabic, once each person's role is translated."""

import pytest

from campaigns.models import CampaignAmbassador, CampaignSteeringMember
from home.demo.loader import translate
from home.models import Person
from tests.campaigns.campaign_helpers import make_campaign, make_index
from tests.campaigns.conftest import translate_to

pytestmark = pytest.mark.django_db

ROLES = {
    "Projektledare": "مديرة المشروع",
    "Ambassadör": "سفير الحملة",
    "Socialchef": "رئيسة الشؤون الاجتماعية",
    "Informatör": "مسؤول الإعلام",
}


def test_arabic_campaign_gives_roles_in_arabic(client, homes):
    people = {
        role: Person.objects.create(name=f"Person {number}", role=role)
        for number, role in enumerate(ROLES)
    }
    for role, person in people.items():
        translate(person, {"ar": {role: ROLES[role]}})
    sv = homes["sv"].locale
    index = make_index(homes["sv"])
    campaign = make_campaign(
        index,
        project_lead=people["Projektledare"],
        ambassadors=[
            CampaignAmbassador(person=people["Ambassadör"], quote="Jag var ny här.", locale=sv)
        ],
        steering_group=[
            CampaignSteeringMember(role="Ordförande", person=people["Socialchef"], locale=sv)
        ],
    )
    campaign.contacts.set([people["Informatör"]])
    campaign.save_revision().publish()
    index.copy_for_translation(homes["ar"].locale).save_revision().publish()
    arabic = translate_to(campaign, homes["ar"])

    html = client.get(arabic.url).content.decode()
    assert "<p>Person 0, مديرة المشروع</p>" in html
    assert "<figcaption>Person 1, سفير الحملة</figcaption>" in html
    assert "<li>Person 2, Ordförande</li>" in html  # the seat's own role is the page's text
    assert "Person 3</strong>, مسؤول الإعلام" in html
    for swedish_role in ROLES:
        assert swedish_role not in html
