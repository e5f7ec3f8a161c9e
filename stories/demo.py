"""Demo stories for `manage.py load_demo` (idempotent): the library page,
its facets, organisations and people, four stories and their English and
Arabic translations, all published through wagtail-localize."""

from home.demo import add_child_once, publish, source_home, translate
from home.models import Organisation, Person
from stories import demo_content
from stories.models import Activity, ExampleType, StoryIndexPage, StoryPage, TargetGroup

DEMO_LANGUAGES = ("en", "ar")


def _facets(model, table, locale):
    facets = {}
    for slug, names in table.items():
        facets[slug], _ = model.objects.get_or_create(
            slug=slug, locale=locale, defaults={"name": names[0]}
        )
        translate(facets[slug], _table([names[0]], *[[name] for name in names[1:]]))
    return facets


def _table(source, *translations):
    """{language: {Swedish text: translation}} from parallel lists of strings."""
    return {
        code: dict(zip(source, translated, strict=True))
        for code, translated in zip(DEMO_LANGUAGES, translations, strict=True)
    }


def _organisations(locale):
    organisations = {}
    for name, (kind, municipality, county, website, *names) in demo_content.ORGANISATIONS.items():
        organisations[name], _ = Organisation.objects.get_or_create(
            name=name,
            locale=locale,
            defaults={
                "kind": kind,
                "municipality": municipality,
                "county": county,
                "website": website,
            },
        )
        translate(organisations[name], _table([name], *[[n] for n in names]))
    return organisations


def _people(organisations):
    return {
        name: Person.objects.get_or_create(
            name=name, defaults={"role": role, "organisation": organisations[organisation]}
        )[0]
        for name, (role, organisation) in demo_content.PEOPLE.items()
    }


def _stream(body):
    """StreamField data from the compact body description in demo_content."""
    blocks = []
    for kind, content in body:
        if kind == "heading":
            blocks.append(("heading", {"text": content, "level": "h2"}))
        elif kind == "text":
            blocks.append(("text", "".join(f"<p>{paragraph}</p>" for paragraph in content)))
        elif kind == "list":
            blocks.append(
                ("text", "<ul>" + "".join(f"<li>{item}</li>" for item in content) + "</ul>")
            )
        elif kind == "success_factors":
            blocks.append(("success_factors", {"title": "", "factors": content}))
    return blocks


def _strings(spec):
    """Every translatable text of a story (or its translation), in order."""
    strings = [spec["title"], spec["summary"]]
    for kind, content in spec["body"]:
        strings.extend([content] if kind == "heading" else content)
    return strings


def load():
    home = source_home()
    locale = home.locale
    index = add_child_once(
        home,
        StoryIndexPage(
            title=demo_content.INDEX["title"],
            slug=demo_content.INDEX["slug"],
            intro=demo_content.INDEX["intro"],
            show_in_menus=True,
        ),
    )
    translate(
        index,
        _table(
            [demo_content.INDEX["title"], demo_content.INDEX["intro"]],
            *[
                [
                    demo_content.INDEX_TRANSLATIONS[code]["title"],
                    demo_content.INDEX_TRANSLATIONS[code]["intro"],
                ]
                for code in DEMO_LANGUAGES
            ],
        ),
    )

    activities = _facets(Activity, demo_content.ACTIVITIES, locale)
    target_groups = _facets(TargetGroup, demo_content.TARGET_GROUPS, locale)
    example_types = _facets(ExampleType, demo_content.EXAMPLE_TYPES, locale)
    organisations = _organisations(locale)
    people = _people(organisations)

    stories = {}
    for spec in demo_content.STORIES:
        story = index.get_children().filter(slug=spec["slug"]).first()
        if story is None:
            story = StoryPage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                body=_stream(spec["body"]),
                activity=activities[spec["activity"]],
                example_type=example_types[spec["example_type"]],
                county=spec["county"],
                year=spec["year"],
                featured=spec["featured"],
            )
            story.target_groups = [target_groups[slug] for slug in spec["target_groups"]]
            story.organisations = [organisations[name] for name in spec["organisations"]]
            story.contact_persons = [people[name] for name in spec["contacts"]]
            story = add_child_once(index, story)
        stories[spec["slug"]] = story.specific

    for spec in demo_content.STORIES:
        story = stories[spec["slug"]]
        if not story.related_stories.exists() and spec["related"]:
            story.related_stories = [stories[slug] for slug in spec["related"]]
            publish(story)
        translated = demo_content.STORY_TRANSLATIONS[spec["slug"]]
        translate(
            story,
            _table(_strings(spec), *[_strings(translated[code]) for code in DEMO_LANGUAGES]),
        )
