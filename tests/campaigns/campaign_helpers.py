"""Builders for campaign tests: an index, campaigns with activities,
material, partners and people, and small documents."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from campaigns.models import (
    CampaignActivity,
    CampaignIndexPage,
    CampaignMaterial,
    CampaignPage,
    CampaignSteeringMember,
)
from home.models import Organisation, Person
from tests.utils import add_page, publish


def make_index(home, slug="kampanjer", title="Kampanjer"):
    index = CampaignIndexPage(title=title, slug=slug, intro="Våra informationskampanjer.")
    home.add_child(instance=index)
    return publish(index)


def make_document(title, text="Innehåll", extension="txt"):
    document = get_document_model()(title=title)
    document.file.save(f"{title[:20]}.{extension}", ContentFile(text.encode()), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def days(number):
    return timezone.localdate() + datetime.timedelta(days=number)


def make_campaign(index, slug="kampanj", activities=(), materials=(), live=True, **fields):
    """`activities`: (title, start offset in days, end offset or None, place);
    `materials`: (document title, language)."""
    values = {
        "title": f"Kampanj {slug}",
        "purpose": f"Syftet med {slug}.",
        "status": "active",
        "start_date": days(-30),
        **fields,
    }
    campaign = CampaignPage(slug=slug, **values)
    campaign.activities = [
        CampaignActivity(
            title=title,
            start_date=days(start),
            end_date=days(end) if end is not None else None,
            place=place,
            description=f"Om {title}.",
        )
        for title, start, end, place in activities
    ]
    campaign.materials = [
        CampaignMaterial(document=make_document(title), language=language)
        for title, language in materials
    ]
    return add_page(index, campaign, live=live)


def add_people(campaign, locale, start, stop):
    """Partners, steering-group members and contacts numbered start..stop
    (saved; publish a freshly loaded page afterwards)."""
    for number in range(start, stop):
        organisation = Organisation.objects.create(name=f"Organisation {number}", locale=locale)
        person = Person.objects.create(name=f"Person {number}", organisation=organisation)
        CampaignPage.partners.through.objects.create(
            campaignpage=campaign, organisation=organisation
        )
        CampaignPage.contacts.through.objects.create(campaignpage=campaign, person=person)
        CampaignSteeringMember.objects.create(
            page=campaign, role=f"Roll {number}", organisation=organisation, locale=locale
        )
