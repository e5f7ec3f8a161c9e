"""Demo campaigns (campaigns.yaml): the finished "Frivillig spridning" and an
active example campaign with a leaflet per language (leaflets/)."""

from pathlib import Path

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from campaigns.models import (
    CampaignActivity,
    CampaignAmbassador,
    CampaignIndexPage,
    CampaignMaterial,
    CampaignPage,
    CampaignRelatedPage,
    CampaignSteeringMember,
    MythPage,
)
from home.demo import loader
from home.models import Organisation, Person
from stories.models import TargetGroup

FOLDER = Path(__file__).parent


def document(record):
    """The document titled as the record says, made from its file if there is none."""
    Document = get_document_model()
    document = Document.objects.filter(title=record["title"]).first()
    if document is None:
        document = Document(title=record["title"])
        path = FOLDER / record["file"]
        document.file.save(path.name, ContentFile(path.read_bytes()), save=False)
        document._set_document_file_metadata()
        document.save()
    return document


def target_groups(slugs, names, locale):
    """The story library's target groups (if it is loaded), named in the
    campaign's languages as `names` says."""
    groups = []
    for slug in slugs:
        group = TargetGroup.objects.filter(slug=slug, locale=locale).first()
        if group is not None:
            if slug in names:
                loader.translate(group, loader.translations(names[slug]))
            groups.append(group)
    return groups


def campaign(index, record, target_group_names, locale):
    return loader.add_page(
        index,
        CampaignPage,
        record,
        project_lead=loader.get_or_create(Person, record["project_lead"]),
        contacts=[loader.get_or_create(Person, person) for person in record.get("contacts", [])],
        partners=[
            loader.get_or_create(Organisation, partner, locale=locale)
            for partner in record["partners"]
        ],
        target_groups=target_groups(record["target_groups"], target_group_names, locale),
        activities=[loader.build(CampaignActivity, activity) for activity in record["activities"]],
        ambassadors=[
            loader.build(
                CampaignAmbassador,
                ambassador,
                person=loader.get_or_create(Person, ambassador["person"]),
            )
            for ambassador in record.get("ambassadors", [])
        ],
        steering_group=[
            loader.build(CampaignSteeringMember, member) for member in record["steering_group"]
        ],
        materials=[
            CampaignMaterial(document=document(material), language=material["language"])
            for material in record.get("materials", [])
        ],
        related_pages=[
            CampaignRelatedPage(linked_page=myth)
            for myth in MythPage.objects.filter(
                slug__in=record.get("related_pages", []), locale=locale
            )
        ],
    )


def load():
    content = loader.read(FOLDER / "campaigns.yaml")
    home = loader.source_home()
    index = loader.add_page(home, CampaignIndexPage, content["index"])
    target_group_names = {record["slug"]: record["name"] for record in content["target_groups"]}
    for record in content["campaigns"]:
        campaign(index, record, target_group_names, home.locale)
