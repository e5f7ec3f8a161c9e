import uuid

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import Page

from home.choices import County, OrganisationKind
from home.models import Organisation, Person
from stories.models import Activity, ExampleType, StoryIndexPage, StoryPage, TargetGroup
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


def facets(locale):
    """Two target groups, two activities and two example types in `locale`."""
    return {
        "asylum_seekers": TargetGroup.objects.create(
            name="Asylsökande", slug="asylsokande", locale=locale
        ),
        "residents": TargetGroup.objects.create(
            name="Lokalbefolkning", slug="lokalbefolkning", locale=locale
        ),
        "coordination": Activity.objects.create(
            name="Asylsamordning", slug="asylsamordning", locale=locale
        ),
        "reception": Activity.objects.create(
            name="Flyktingmottagande", slug="flyktingmottagande", locale=locale
        ),
        "film": ExampleType.objects.create(name="Film", slug="film", locale=locale),
        "text": ExampleType.objects.create(name="Text", slug="text", locale=locale),
    }


def organisations(locale):
    """Sala kommun (a municipality in Västmanland) and Svenska kyrkan."""
    return {
        "sala": Organisation.objects.create(
            name="Sala kommun",
            kind=OrganisationKind.MUNICIPALITY,
            county=County.VASTMANLAND,
            locale=locale,
        ),
        "church": Organisation.objects.create(
            name="Svenska kyrkan", kind=OrganisationKind.FAITH_COMMUNITY, locale=locale
        ),
    }


def sala_story(library, facets, organisations):
    """A fully classified story with a contact person, body text and success factors."""
    person = Person.objects.create(
        name="Anna Andersson",
        role="Integrationssamordnare",
        organisation=organisations["sala"],
        phone="0224-123 45",
        email="anna@sala.example",
    )
    return story(
        library,
        "Sala gav asylsökande praktikplatser",
        slug="sala",
        summary="Boende på asylboendet kartlade sina yrken och hittade femtio praktikplatser.",
        target_groups=[facets["asylum_seekers"]],
        organisations=[organisations["sala"]],
        contact_persons=[person],
        activity=facets["reception"],
        example_type=facets["film"],
        county=County.VASTMANLAND,
        year=2015,
        body=[
            ("text", "<p>Rådet på boendet träffade polis och kommun varje vecka.</p>"),
            (
                "success_factors",
                {"title": "", "factors": ["Tidig aktivering", "Öppen information"]},
            ),
        ],
    )


def many_stories(library, count, target_group=None, organisation=None):
    """`count` live stories added below `library` in a few bulk inserts
    (add_child saves, revises and indexes each page: minutes for 2,000):
    tree paths numbered after the library's last child, each story in the
    library's language with `target_group` and `organisation`. Not in the
    search index."""
    content_type = ContentType.objects.get_for_model(StoryPage)
    last_child = library.get_last_child()
    first = (Page._str2int(last_child.path[-Page.steplen :]) if last_child else 0) + 1
    now = timezone.now()
    pages = [
        Page(
            path=Page._get_path(library.path, library.depth + 1, first + number),
            depth=library.depth + 1,
            numchild=0,
            title=f"Berättelse {first + number}",
            draft_title=f"Berättelse {first + number}",
            slug=f"berattelse-{first + number}",
            url_path=f"{library.url_path}berattelse-{first + number}/",
            content_type=content_type,
            locale_id=library.locale_id,
            translation_key=uuid.uuid4(),
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
        for number in range(count)
    ]
    Page.objects.bulk_create(pages, batch_size=500)
    stories = []
    for page in Page.objects.filter(path__in=[page.path for page in pages]):
        story = StoryPage(
            page_ptr=page, summary=f"Sammanfattning av {page.title}.", year=2000 + page.pk % 25
        )
        stories.append(story)
    fields = [field for field in StoryPage._meta.local_concrete_fields]
    for start in range(0, len(stories), 500):
        StoryPage._base_manager._insert(stories[start : start + 500], fields=fields)
    Page.objects.filter(pk=library.pk).update(numchild=library.numchild + count)
    library.refresh_from_db()
    if target_group is not None:
        through = StoryPage.target_groups.through
        through.objects.bulk_create(
            [through(storypage_id=story.pk, targetgroup=target_group) for story in stories]
        )
    if organisation is not None:
        through = StoryPage.organisations.through
        through.objects.bulk_create(
            [through(storypage_id=story.pk, organisation=organisation) for story in stories]
        )
    return stories
