"""The demo's municipalities (municipalities.yaml): the default one renamed,
the others added with their sites, trees, groups and workflows, and a home
page introduction. Idempotent: a municipality is looked up by name."""

from pathlib import Path

from home.demo import loader
from home.models import Municipality
from home.municipalities.setup import add_municipality

CONTENT = Path(__file__).with_name("municipalities.yaml")


def load():
    content = loader.read(CONTENT)
    default = Municipality.default()
    if default.name != content["default"]["name"]:
        default.name = content["default"]["name"]
        default.save(update_fields=["name"])
    for record in content["others"]:
        municipality = Municipality.objects.filter(name=record["name"]).first()
        if municipality is None:
            municipality = add_municipality(
                name=record["name"],
                hostname=record["hostname"],
                port=record["port"],
                fact_checkers_from=Municipality.objects.get(name=record["fact_checkers_from"]),
            )
        home = loader.source_home(municipality)
        if not home.intro:
            home.intro = loader.swedish(record["intro"])
            loader.publish(home)
        loader.translate(home, loader.translations(record["intro"]))
