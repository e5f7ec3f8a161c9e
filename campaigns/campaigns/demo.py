"""Demo campaigns for `manage.py load_demo` (called from campaigns/demo.py);
idempotent: pages, people and documents are looked up before they are made."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from campaigns.campaigns import demo_content as content
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
from home.choices import OrganisationKind
from home.demo import add_child_once, source_home, translate
from home.models import Organisation, Person
from stories.models import TargetGroup

ACTIVE_LANGUAGES = ("en", "ar", "ti")
FINISHED_LANGUAGES = ("en", "ar")
ORGANISATION_KINDS = {
    "Umeå kommun": OrganisationKind.MUNICIPALITY,
    "Arbetsförmedlingen": OrganisationKind.AGENCY,
    "Migrationsverket": OrganisationKind.AGENCY,
}


def _table(pairs, languages):
    """{language: {Swedish: translation}} from tuples (Swedish, *translations)."""
    return {
        code: {texts[0]: texts[position + 1] for texts in pairs}
        for position, code in enumerate(languages)
    }


def _paragraphs(paragraphs):
    return [("text", "".join(f"<p>{texts[0]}</p>" for texts in paragraphs))]


def _day(offset):
    return timezone.localdate() + datetime.timedelta(days=offset)


def _leaflet(code, title, text):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        body = f"{title}\n\n{text}\n".encode()
        document.file.save(f"exempelkommun-{code}.txt", ContentFile(body), save=False)
        document._set_document_file_metadata()
        document.save()
    return document


def _target_groups(slugs, locale):
    groups = []
    for slug in slugs:
        group = TargetGroup.objects.filter(slug=slug, locale=locale).first()
        if group is not None:
            name = content.TARGET_GROUP_NAMES_TI.get(slug)
            if name:
                translate(group, {"ti": {group.name: name}})
            groups.append(group)
    return groups


def _index(home):
    index = add_child_once(
        home,
        CampaignIndexPage(
            title=content.INDEX["title"][0],
            slug=content.INDEX["slug"],
            intro=content.INDEX["intro"][0],
            show_in_menus=True,
        ),
    )
    translate(index, _table([content.INDEX["title"], content.INDEX["intro"]], ACTIVE_LANGUAGES))
    return index


def _active(index, locale):
    spec = content.ACTIVE
    campaign = CampaignPage(
        title=spec["title"][0],
        slug=spec["slug"],
        purpose=spec["purpose"][0],
        status="active",
        start_date=_day(-45),
        end_date=_day(60),
        body=_paragraphs(spec["paragraphs"]),
        is_example_content=True,
        project_lead=Person.objects.get_or_create(name=spec["project_lead"])[0],
    )
    campaign.target_groups = _target_groups(spec["target_groups"], locale)
    campaign.partners = Organisation.objects.filter(name="Exempelkommun", locale=locale)
    campaign.activities = [
        CampaignActivity(
            title=title[0],
            place=place[0],
            description=description[0],
            start_date=_day(first),
            end_date=_day(last) if last is not None else None,
        )
        for title, place, description, first, last in spec["activities"]
    ]
    name, quote = spec["ambassador"]
    campaign.ambassadors = [
        CampaignAmbassador(person=Person.objects.get_or_create(name=name)[0], quote=quote[0])
    ]
    campaign.steering_group = [
        CampaignSteeringMember(role=role[0]) for role in spec["steering_group"]
    ]
    campaign.materials = [
        CampaignMaterial(document=_leaflet(code, title, text), language=code)
        for code, (title, text) in content.LEAFLETS.items()
    ]
    myth = MythPage.objects.filter(slug=spec["related_myth"], locale=locale).first()
    if myth is not None:
        campaign.related_pages = [CampaignRelatedPage(linked_page=myth)]
    campaign = add_child_once(index, campaign)
    strings = [
        spec["title"],
        spec["purpose"],
        *spec["paragraphs"],
        *[texts for activity in spec["activities"] for texts in activity[:3]],
        spec["ambassador"][1],
        *spec["steering_group"],
    ]
    translate(campaign, _table(strings, ACTIVE_LANGUAGES))


def _finished(index, locale):
    spec = content.FINISHED
    visits = [
        (
            tuple(title.format(place=place) for title in spec["visit_title"]),
            (place, place, place),
            spec["visit_description"],
        )
        for place in spec["visit_places"]
    ]
    activities = visits + spec["other_activities"]
    start = datetime.date(*spec["start"])
    campaign = CampaignPage(
        title=spec["title"][0],
        slug=spec["slug"],
        purpose=spec["purpose"][0],
        status="finished",
        start_date=start,
        body=_paragraphs(spec["paragraphs"]),
        results=f"<p>{spec['results'][0]}</p>",
        project_lead=Person.objects.get_or_create(
            name=spec["project_lead"][0], defaults={"role": spec["project_lead"][1]}
        )[0],
    )
    campaign.contacts = [
        Person.objects.get_or_create(
            name=spec["contact"][0], defaults={"role": spec["contact"][1]}
        )[0]
    ]
    campaign.partners = [
        Organisation.objects.get_or_create(
            name=name, locale=locale, defaults={"kind": ORGANISATION_KINDS[name]}
        )[0]
        for name in spec["partners"]
    ]
    campaign.target_groups = _target_groups(spec["target_groups"], locale)
    # One activity a month through the first year: the real dates are not known.
    campaign.activities = [
        CampaignActivity(
            title=title[0],
            place=place[0],
            description=description[0],
            start_date=start + datetime.timedelta(days=30 * (number + 1)),
        )
        for number, (title, place, description) in enumerate(activities)
    ]
    campaign.steering_group = [
        CampaignSteeringMember(role=role[0]) for role in spec["steering_group"]
    ]
    campaign = add_child_once(index, campaign)
    strings = [
        spec["title"],
        spec["purpose"],
        *spec["paragraphs"],
        spec["results"],
        *[texts for activity in activities for texts in activity],
        *spec["steering_group"],
    ]
    translate(campaign, _table(strings, FINISHED_LANGUAGES))


def load():
    home = source_home()
    index = _index(home)
    _active(index, home.locale)
    _finished(index, home.locale)
