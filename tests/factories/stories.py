from stories.models import StoryIndexPage, StoryPage
from tests.utils import publish


def story_library(home):
    """The published story library "Goda exempel" under `home`."""
    index = StoryIndexPage(
        title="Goda exempel", slug="goda-exempel", intro="Exempel från kommuner."
    )
    home.add_child(instance=index)
    return publish(index)


def story(
    library, title, *, target_groups=(), organisations=(), contact_persons=(), related=(), **fields
):
    """A published story in `library`; fields left out get a summary and a year."""
    fields.setdefault("summary", f"Sammanfattning av {title}.")
    fields.setdefault("year", 2017)
    fields.setdefault("slug", None)
    page = StoryPage(title=title, **{k: v for k, v in fields.items() if v is not None})
    library.add_child(instance=page)
    page.target_groups.set(target_groups)
    page.organisations.set(organisations)
    page.contact_persons.set(contact_persons)
    page.related_stories.set(related)
    return publish(page)
