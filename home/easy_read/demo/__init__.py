"""The easy-to-read index and versions of a demo story and myth (easy_read.yaml).
Runs after the stories' and myths' loaders: a version is added below the
Swedish page its record names by the slugs of its path from the home page."""

from pathlib import Path

from home.demo import loader
from home.easy_read.models import EasyReadIndexPage, EasyReadPage

CONTENT = Path(__file__).with_name("easy_read.yaml")


def page_at(home, slugs):
    page = home
    for slug in slugs:
        page = page.get_children().get(slug=slug)
    return page.specific


def load():
    content = loader.read(CONTENT)
    home = loader.source_home()
    loader.add_page(home, EasyReadIndexPage, content["index"], translated=False)
    for record in content["versions"]:
        original = page_at(home, record["original"])
        loader.add_page(original, EasyReadPage, record, translated=False, exclude=["original"])
