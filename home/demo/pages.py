"""The home page's introduction and the about, accessibility and privacy pages (pages.yaml)."""

from pathlib import Path

from home.demo import loader
from home.models import ContentPage, SiteSettings

CONTENT = Path(__file__).with_name("pages.yaml")


def load():
    content = loader.read(CONTENT)
    home = loader.source_home()
    if not home.intro:
        home.intro = loader.swedish(content["home"]["intro"])
        loader.publish(home)
    loader.translate(home, loader.translations(content["home"]))
    pages = {
        record["slug"]: loader.add_page(home, ContentPage, record) for record in content["pages"]
    }
    settings = SiteSettings.load()
    if settings.accessibility_statement_page_id is None:
        # Settings → Site settings: the statement's facts, the notice's controller.
        for page_field, prefix in [
            ("accessibility_statement_page", "accessibility_"),
            ("privacy_notice_page", "privacy_"),
        ]:
            values = dict(content[page_field.removesuffix("_page")])
            setattr(settings, page_field, pages[values.pop("page")])
            for name, value in values.items():
                setattr(settings, prefix + name, value)
        settings.save()
