"""The home page's introduction and the about, accessibility and privacy pages (pages.yaml)."""

from pathlib import Path

from home.demo import loader
from home.models import ContentPage

CONTENT = Path(__file__).with_name("pages.yaml")


def load():
    content = loader.read(CONTENT)
    home = loader.source_home()
    if not home.intro:
        home.intro = loader.swedish(content["home"]["intro"])
        loader.publish(home)
    loader.translate(home, loader.translations(content["home"]))
    for record in content["pages"]:
        loader.add_page(home, ContentPage, record)
