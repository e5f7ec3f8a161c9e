"""The demo story library (stories.yaml): the library page, its facets,
organisations and people, and four stories in Swedish, English and Arabic;
the library and the Skara story also in Persian, Dari, Somali and Ukrainian.
Two of them are shared, so the library of the second demo municipality
(exempelstad.yaml, home/municipalities/demo/) lists them beside its own."""

from pathlib import Path

from home.demo import loader
from home.models import Municipality, Organisation, Person
from stories.models import Activity, ExampleType, StoryIndexPage, StoryPage, TargetGroup

CONTENT = Path(__file__).with_name("stories.yaml")
EXEMPELSTAD = Path(__file__).with_name("exempelstad.yaml")


def facets(model, records, locale):
    return {
        record["slug"]: loader.add_snippet(model, record, locale, key="slug") for record in records
    }


def load():
    content = loader.read(CONTENT)
    home = loader.source_home()
    locale = home.locale
    index = loader.add_page(home, StoryIndexPage, content["index"])
    activities = facets(Activity, content["activities"], locale)
    target_groups = facets(TargetGroup, content["target_groups"], locale)
    example_types = facets(ExampleType, content["example_types"], locale)
    organisations = {
        loader.swedish(record["name"]): loader.add_snippet(Organisation, record, locale)
        for record in content["organisations"]
    }
    people = {
        record["name"]: loader.get_or_create(
            Person, record, organisation=organisations[record["organisation"]]
        )
        for record in content["people"]
    }

    stories = {
        record["slug"]: loader.add_page(
            index,
            StoryPage,
            record,
            translated=False,
            activity=activities[record["activity"]],
            example_type=example_types[record["example_type"]],
            target_groups=[target_groups[slug] for slug in record["target_groups"]],
            organisations=[organisations[name] for name in record["organisations"]],
            contact_persons=[people[name] for name in record["contact_persons"]],
        )
        for record in content["stories"]
    }
    # Related and translated once every story exists, so a translation links
    # to the related stories' translations.
    for record in content["stories"]:
        story = stories[record["slug"]]
        if record["related_stories"] and not story.related_stories.exists():
            story.related_stories = [stories[slug] for slug in record["related_stories"]]
            loader.publish(story)
        loader.translate(story, loader.translations(record))
    load_exempelstad(activities, target_groups, example_types)


def load_exempelstad(activities, target_groups, example_types):
    municipality = Municipality.objects.filter(name="Exempelstad").first()
    if municipality is None:  # the municipalities' demo was left out
        return
    content = loader.read(EXEMPELSTAD)
    index = loader.add_page(loader.source_home(municipality), StoryIndexPage, content["index"])
    for record in content["stories"]:
        loader.add_page(
            index,
            StoryPage,
            record,
            activity=activities[record["activity"]],
            example_type=example_types[record["example_type"]],
            target_groups=[target_groups[slug] for slug in record["target_groups"]],
        )
