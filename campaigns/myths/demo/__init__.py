"""Demo myth pages (myths.yaml): Exempelkommun, the topics, the myth index
and six myth pages in Swedish, English and Arabic (the one about temporary
protection after fleeing Ukraine in every language), one of them shared with
other municipalities; and Exempelstad's myth section, empty."""

from pathlib import Path

from campaigns.models import MythIndexPage, MythPage, MythTopic
from home.demo import loader
from home.models import Municipality, Organisation

CONTENT = Path(__file__).with_name("myths.yaml")


def load():
    content = loader.read(CONTENT)
    home = loader.source_home()
    organisation = loader.add_snippet(Organisation, content["organisation"], home.locale)
    topics = {
        loader.swedish(record["name"]): loader.add_snippet(MythTopic, record, home.locale)
        for record in content["topics"]
    }
    index = loader.add_page(home, MythIndexPage, content["index"])
    myths = {
        record["slug"]: loader.add_page(
            index,
            MythPage,
            record,
            translated=False,
            exclude=["related_myths"],
            topic=topics[record["topic"]],
            organisation=organisation,
        )
        for record in content["myths"]
    }
    for record in content["myths"]:
        myth = myths[record["slug"]]
        if record.get("related_myths") and not myth.related_myths:
            myth.related_myths = [("myth", myths[slug]) for slug in record["related_myths"]]
            loader.publish(myth)
    # Translated after all pages exist, so related myths point to their translations.
    for record in content["myths"]:
        loader.translate(myths[record["slug"]], loader.translations(record))
    exempelstad = Municipality.objects.filter(name="Exempelstad").first()
    if exempelstad is not None:  # unless the municipalities' demo was left out
        loader.add_page(
            loader.source_home(exempelstad), MythIndexPage, content["exempelstad_index"]
        )
