"""Keeping the copies of a followed installation's shared stories in step.

One sync reads the source's whole listing of shared stories (every language,
a page of PAGE_SIZE at a time, each page a conditional request), then fetches
each story that is new or has changed since its copy (conditionally too),
and removes the copies of stories the listing no longer holds. A source that
is down, slow or answers something that is not a Samla listing changes
nothing: the copies stay as they are and the next sync tries again. A story
the source describes in a way this installation cannot take (too long, an
unknown language) is left out, and the rest goes on.

What is copied is cleaned: plain text stays text, rich text keeps only the
tags of the editor's toolbar and links to http(s) and e-mail addresses, and
the blocks are checked by the same StreamField blocks the page editor uses.
Images, documents and people are the source's own; the copy links to the
original for them."""

import logging
import uuid
from urllib.parse import urlencode, urljoin, urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from wagtail.models import Locale

import nh3

from home.choices import County
from home.models import HomePage
from home.municipalities.models import Municipality
from stories.following.models import FollowedSource, FollowedStoryIndexPage, FollowedStoryPage
from stories.following.remote import (
    NOT_MODIFIED,
    SourceUnavailable,
    StoryUnavailable,
    fetch_json,
)
from stories.library.blocks import StoryStreamBlock
from stories.library.models import STORY_YEAR_VALIDATORS
from stories.models import Activity, ExampleType, TargetGroup

logger = logging.getLogger(__name__)

#: Wagtail's largest API page (WAGTAILAPI_LIMIT_MAX's default)
PAGE_SIZE = 20
#: more pages than this is not a municipality's library
MAX_LISTING_PAGES = 500
STORY_TYPE = "stories.StoryPage"
INDEX_SLUG = "fran-andra-samla"
# One translation key for the index in every language, so that its pages
# are one page in eight languages.
INDEX_TRANSLATION_KEY = uuid.uuid5(uuid.NAMESPACE_URL, "samla:followed-stories")

# The tags the editor's toolbar makes (home.blocks.RICH_TEXT_FEATURES).
RICH_TEXT_TAGS = {"p", "br", "b", "i", "strong", "em", "ol", "ul", "li", "h3", "h4", "a"}
LINK_SCHEMES = {"http", "https", "mailto"}
# The blocks a copy keeps; images and downloads are files of the source.
COPIED_BLOCKS = ("text", "heading", "quote", "video", "fact_box", "success_factors")


class NotASamlaListing(SourceUnavailable):
    pass


def api_url(source, path, **query):
    base = source.address if source.address.endswith("/") else source.address + "/"
    return urljoin(base, "api/v2/" + path) + ("?" + urlencode(query) if query else "")


def read_listing(source):
    """{page id: last published (text)} of the source's shared stories, and
    the listing pages to keep for the next sync's conditional requests."""
    stories, pages = {}, {}
    offset = 0
    for _number in range(MAX_LISTING_PAGES):
        url = api_url(
            source,
            "pages/",
            type=STORY_TYPE,
            shared="true",
            fields="_,id,type,last_published_at",
            order="id",
            limit=PAGE_SIZE,
            offset=offset,
        )
        etag, total, items = source.listing_pages.get(url, ("", None, None))
        document, etag = fetch_json(url, etag)
        if document is NOT_MODIFIED and items is not None:
            pass
        elif document is NOT_MODIFIED:  # a 304 to a request that named no ETag
            raise NotASamlaListing(f"{url} answered 304 unasked")
        else:
            total, items = listing_page(url, document)
        pages[url] = (etag, total, items)
        stories.update(dict(items))
        offset += PAGE_SIZE
        if offset >= total:
            return stories, pages
    raise NotASamlaListing(f"{source.address} lists more than {MAX_LISTING_PAGES} pages")


def listing_page(url, document):
    """(total count, [[id, last published]]) of one page of a listing. Only
    the source's own stories are taken: not the copies it keeps of stories it
    follows (stories.FollowedStoryPage), nor any other type."""
    try:
        total = document["meta"]["total_count"]
        items = [
            [item["id"], item["meta"]["last_published_at"]]
            for item in document["items"]
            if item["meta"]["type"] == STORY_TYPE
        ]
    except (KeyError, TypeError) as error:
        raise NotASamlaListing(f"{url} is not a listing of pages: {error!r}") from None
    if not isinstance(total, int) or not all(
        isinstance(page_id, int) and is_datetime(published) for page_id, published in items
    ):
        raise NotASamlaListing(f"{url} is not a listing of pages")
    return total, items


def is_datetime(text):
    try:
        return isinstance(text, str) and parse_datetime(text) is not None
    except ValueError:
        return False


class RemoteStoryForm(forms.Form):
    """What a copy takes from the source's description of a story."""

    title = forms.CharField(max_length=255)
    summary = forms.CharField(max_length=600)
    year = forms.IntegerField(validators=STORY_YEAR_VALIDATORS)
    county = forms.ChoiceField(choices=[("", ""), *County.choices], required=False)
    language = forms.ChoiceField(choices=settings.LANGUAGES)
    slug = forms.SlugField(max_length=200, allow_unicode=True)
    html_url = forms.URLField(
        max_length=500,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
    )
    last_published_at = forms.DateTimeField()
    translation_key = forms.UUIDField()
    municipality = forms.CharField(max_length=255, required=False)


def scalar(value):
    """A text or a whole number as the source gave it; anything else (a list,
    an object, true or false) as missing."""
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def described_story(document):
    """The form checking the fields of the source's story `document`."""
    meta = document.get("meta") if isinstance(document.get("meta"), dict) else {}
    municipality = document.get("municipality")
    return RemoteStoryForm(
        {
            "title": scalar(document.get("title")),
            "summary": scalar(document.get("summary")),
            "year": scalar(document.get("year")),
            "county": scalar(document.get("county")) or "",
            "language": scalar(meta.get("locale")),
            "slug": scalar(meta.get("slug")),
            "html_url": scalar(meta.get("html_url")),
            "last_published_at": scalar(meta.get("last_published_at")),
            "translation_key": scalar(meta.get("translation_key")),
            "municipality": scalar(municipality.get("name"))
            if isinstance(municipality, dict)
            else "",
        }
    )


def cleaned_rich_text(html, base_url):
    """The source's rich text with only the toolbar's tags, and links made
    absolute on the source (a link to one of its own pages, which it stores
    by id, loses its address but keeps its words)."""

    def link_address(tag, attribute, value):
        if tag == "a" and attribute == "href":
            address = urljoin(base_url, value)
            return address if urlsplit(address).scheme in LINK_SCHEMES else None
        return value

    return nh3.clean(
        html,
        tags=RICH_TEXT_TAGS,
        attributes={"a": {"href"}},
        url_schemes=LINK_SCHEMES,
        attribute_filter=link_address,
    )


def copied_body(blocks, base_url):
    """[(block type, value)] of the source's body that the story blocks
    accept; a block this installation cannot show as the source meant is
    left out."""
    if not isinstance(blocks, list):
        return []
    stream_block = StoryStreamBlock()
    copied = []
    for raw in blocks:
        if not isinstance(raw, dict) or raw.get("type") not in COPIED_BLOCKS:
            continue
        name, value = raw["type"], raw.get("value")
        # Rich text is a string, cleaned; anything else where rich text
        # belongs would reach the page as markup, uncleaned, so is left out.
        if name == "text":
            if not isinstance(value, str):
                continue
            value = cleaned_rich_text(value, base_url)
        elif name == "fact_box":
            if not (isinstance(value, dict) and isinstance(value.get("text"), str)):
                continue
            value = {**value, "text": cleaned_rich_text(value["text"], base_url)}
        elif name == "quote" and isinstance(value, dict):
            value = {**value, "speaker": None}  # a person of the source
        block = stream_block.child_blocks[name]
        try:
            copied.append((name, block.clean(block.to_python(value))))
        except (ValidationError, TypeError, ValueError, AttributeError, KeyError):
            continue
    return copied


def local_facet(model, described, locale):
    """This installation's facet of the same slug in `locale`, if any."""
    slug = described.get("slug") if isinstance(described, dict) else None
    if not isinstance(slug, str):
        return None
    return model.objects.filter(locale=locale, slug=slug).first()


def followed_index(locale):
    """The default municipality's index of followed stories in `locale`,
    made (published, out of the menus) the first time it is needed; None
    where that municipality has no home page in the language."""
    municipality = Municipality.default()
    if municipality is None:
        return None
    home = HomePage.objects.filter(
        translation_key=municipality.site.root_page.translation_key, locale=locale
    ).first()
    if home is None:
        return None
    index = FollowedStoryIndexPage.objects.child_of(home).first()
    if index is None:
        with translation.override(locale.language_code):
            index = FollowedStoryIndexPage(
                title=_("Stories from other Samla sites"),
                intro=_(
                    "Good practice that municipalities share through their own Samla "
                    "sites. Each story is a copy: the original, which its municipality "
                    "keeps up to date, is linked from it."
                ),
                slug=INDEX_SLUG,
                locale=locale,
                translation_key=INDEX_TRANSLATION_KEY,
                show_in_menus=False,
            )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def sync(source):
    """Brings `source`'s copies in step with what it shares. Returns the
    number of copies (made or changed, removed)."""
    source.last_checked_at = timezone.now()
    try:
        listed, pages = read_listing(source) if source.active else ({}, {})
    except SourceUnavailable as problem:
        return gave_up(source, problem, changed=0)
    copies = {copy.source_page_id: copy for copy in source.copies.all()}
    indexes = FollowedIndexes()
    changed, problems = 0, []
    try:
        for page_id, published in listed.items():
            copy = copies.get(page_id)
            if copy is not None and copy.source_last_published_at == parse_datetime(published):
                continue
            try:
                changed += copy_story(source, page_id, copy, indexes)
            except (ValidationError, StoryUnavailable) as error:
                problems.append(f"{api_url(source, f'pages/{page_id}/')}: {error}")
    except SourceUnavailable as problem:
        # Gone while the stories were read: what was copied stays; nothing is
        # removed on a listing that may no longer hold.
        return gave_up(source, problem, changed)
    withdrawn = [copy for page_id, copy in copies.items() if page_id not in listed]
    for copy in withdrawn:
        copy.delete()
    source.listing_pages = pages
    source.last_synced_at = source.last_checked_at
    source.last_error = "\n".join(problems)
    record(source, "listing_pages", "last_synced_at")
    return changed, len(withdrawn)


def gave_up(source, problem, changed):
    logger.warning("Following %s: %s", source.address, problem)
    source.last_error = str(problem)
    record(source)
    return changed, 0


def record(source, *fields):
    """Writes what the sync saw, and nothing else: an update, not a save,
    because a saved source is a renamed one, which every page shows (its
    signal renews and purges them all; stories/apps.py)."""
    fields = ["last_checked_at", "last_error", *fields]
    FollowedSource.objects.filter(pk=source.pk).update(
        **{field: getattr(source, field) for field in fields}
    )


class FollowedIndexes(dict):
    """{language code: the index of followed stories in it, or None}, each
    looked up (or made) once per sync, when a story first needs it."""

    def __missing__(self, language_code):
        locale = Locale.objects.filter(language_code=language_code).first()
        self[language_code] = followed_index(locale) if locale else None
        return self[language_code]


def copy_story(source, page_id, copy, indexes):
    """Makes or updates the copy of one story; 0 when the source answers
    304 (nothing changed after all)."""
    url = api_url(source, f"pages/{page_id}/")
    document, etag = fetch_json(url, copy.source_etag if copy else "", one_story=True)
    if document is NOT_MODIFIED:
        return 0
    if not isinstance(document, dict) or document.get("id") != page_id:
        raise ValidationError("not the story the listing named")
    meta = document.get("meta")
    if not isinstance(meta, dict) or meta.get("type") != STORY_TYPE:
        raise ValidationError("not a story")
    story = described_story(document)
    if not story.is_valid():
        raise ValidationError(story.errors.as_text())
    fields = story.cleaned_data
    index = indexes[fields["language"]]
    if index is None:
        raise ValidationError(f"no home page in {fields['language']}")
    locale = index.locale
    with transaction.atomic():
        if copy is None:
            copy = FollowedStoryPage(
                source=source,
                source_page_id=page_id,
                locale=locale,
                slug=index.free_child_slug(fields["slug"]),
                translation_key=uuid.uuid5(
                    uuid.NAMESPACE_URL, f"{source.address}#{fields['translation_key']}"
                ),
            )
        copy.title = fields["title"]
        copy.summary = fields["summary"]
        copy.year = fields["year"]
        copy.county = fields["county"]
        copy.shared = True
        copy.source_url = fields["html_url"]
        copy.source_municipality = fields["municipality"]
        copy.source_last_published_at = fields["last_published_at"]
        copy.source_etag = etag[:200]
        copy.body = copied_body(document.get("body"), fields["html_url"])
        copy.activity = local_facet(Activity, document.get("activity"), locale)
        copy.example_type = local_facet(ExampleType, document.get("example_type"), locale)
        groups = document.get("target_groups")
        copy.target_groups.set(
            [
                group
                for described in (groups if isinstance(groups, list) else [])
                if (group := local_facet(TargetGroup, described, locale))
            ]
        )
        if copy.pk is None:
            index.add_child(instance=copy)
        copy.save_revision().publish()
    return 1
