"""Demo situation pages (situations.yaml): five entry points under the
Swedish home page, each choosing stories, myths, forecasts and campaigns the
earlier loaders made, translated into every content language."""

from pathlib import Path

from wagtail.models import Page

from campaigns.models import SituationChosenPage, SituationPage
from home.demo import loader
from home.models import Organisation, Person

CONTENT = Path(__file__).with_name("situations.yaml")


def person(record, locale):
    """The person named in the record, with their role translated as it says."""
    organisation = record.get("organisation")
    if organisation:
        organisation = Organisation.objects.filter(name=organisation, locale=locale).first()
    person = loader.get_or_create(Person, record, locale=locale, organisation=organisation)
    loader.translate(person, loader.translations(record))
    return person


def load():
    content = loader.read(CONTENT)
    home = loader.source_home()
    people = {record["name"]: person(record, home.locale) for record in content["people"]}
    slugs = {slug for record in content["situations"] for slug in record["chosen_pages"]}
    pages = {page.slug: page for page in Page.objects.filter(slug__in=slugs, locale=home.locale)}
    for record in content["situations"]:
        loader.add_page(
            home,
            SituationPage,
            record,
            exclude=["chosen_pages", "contacts"],
            chosen_pages=[
                SituationChosenPage(linked_page=pages[slug])
                for slug in record["chosen_pages"]
                if slug in pages
            ],
            contacts=[people[name] for name in record["contacts"]],
        )
