"""LIX, the Swedish readability index (läsbarhetsindex), of a page's text.

Carl-Hugo Björnsson, "Läsbarhet" (1968): LIX is the words per sentence plus
the percentage of long words (more than six letters). Counted here as
home/static/home/readability/lix.js counts in the page editor, rule for rule
(tests/home/test_readability.py runs the same texts through both):

- a word is a run of letters or digits; a hyphen, apostrophe, full stop,
  comma or colon between two of them joins them ("EU-medborgare", "EU:s",
  "3,5", "1.000" are one word each);
- a long word has more than six letters; digits are not letters, so a
  number is a word but never a long one;
- a sentence ends at . ! ? : or …, and at the end of a paragraph (a line
  break, a rich text block, a heading, each field): a heading without a full
  stop is a sentence of its own. Several marks in a row ("?!", "...") end
  one sentence.
"""

import functools
import math
import re
from html import unescape

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

WORD_OR_SENTENCE_END = re.compile(r"[^\W_]+(?:[-'’.,:][^\W_]+)*|[.!?:…]")
LONG_WORD_LETTERS = 6

# The scale published with LIX in Sweden (lix.se, after Björnsson; quoted by
# e.g. Nypon förlag, https://www.nyponforlag.se/lix/): the upper end of each
# band (exclusive) and its name in the editor and the report.
BANDS = [
    (30, "very_easy", _("Very easy (children's books)")),
    (40, "easy", _("Easy (fiction, popular magazines)")),
    (50, "medium", _("Medium (ordinary newspaper text)")),
    (60, "hard", _("Hard (official texts)")),
    (math.inf, "very_hard", _("Very hard (bureaucratic Swedish)")),
]
# An easy-to-read version (lättläst) is meant for readers who read with
# difficulty: above the "easy" band its editor is warned before submitting.
EASY_TO_READ_LIMIT = 40


def count(text):
    """(words, long words, sentences) in `text`."""
    words = long_words = sentences = 0
    for paragraph in text.splitlines():
        sentence_open = False
        for token in WORD_OR_SENTENCE_END.findall(paragraph):
            if token in ".!?:…":
                sentences += sentence_open
                sentence_open = False
            else:
                words += 1
                long_words += sum(character.isalpha() for character in token) > LONG_WORD_LETTERS
                sentence_open = True
        sentences += sentence_open
    return words, long_words, sentences


def lix(text):
    """The LIX score of `text` as a whole number, or None when it has no words."""
    words, long_words, sentences = count(text)
    if not words:
        return None
    # Rounded half up, as JavaScript's Math.round does in the editor.
    return math.floor(words / sentences + long_words * 100 / words + 0.5)


def band(score):
    """(code, name) of the band a score falls in."""
    return next((code, name) for upper, code, name in BANDS if score < upper)


def too_hard_for_easy_to_read(page, score):
    """Whether `page` is an easy-to-read version whose `score` is above the easy band."""
    return page.is_easy_to_read_version and score is not None and score >= EASY_TO_READ_LIMIT


def rich_text_paragraphs(html):
    """The text of rich text HTML, a line per block, as the editor shows it."""
    html = re.sub(r"</(p|h\d|li|blockquote)>|<br\s*/?>", "\n", html, flags=re.IGNORECASE)
    return unescape(strip_tags(html)).strip()


def block_text(block, raw_value):
    """The text a reader reads in a StreamField block, a line per field. Read
    from the stored JSON: turning it into values would fetch every image,
    document and person the blocks choose, a query each."""
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_paragraphs(raw_value or "")
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return raw_value or ""
    if isinstance(block, blocks.StructBlock):
        children = [
            block_text(child, raw_value.get(name))
            for name, child in block.child_blocks.items()
            if name in raw_value
        ]
    elif isinstance(block, blocks.ListBlock):
        # Stored as {"type": "item", "value": …} since Wagtail 2.16, bare values before.
        children = [
            block_text(block.child_block, item["value"] if isinstance(item, dict) else item)
            for item in raw_value
        ]
    elif isinstance(block, blocks.StreamBlock):
        children = [
            block_text(block.child_blocks[child["type"]], child["value"])
            for child in raw_value
            if child["type"] in block.child_blocks
        ]
    else:
        children = []
    return "\n".join(filter(None, children))


@functools.cache
def readable_field_names(page_class):
    """The fields whose text counts: the page type's text fields that the site
    search reads (title, introduction, summary, body, …) and the editor shows
    on its content tab, in that tab's order."""
    searched = {
        field.field_name
        for field in page_class.search_fields
        if isinstance(field, index.SearchField)
    }
    content_tab = page_class.get_edit_handler().children[0]
    return [name for name in content_tab.get_form_options()["fields"] if name in searched]


def page_text(page):
    """The text of a page that LIX is counted on, a line per paragraph."""
    texts = []
    for name in readable_field_names(type(page)):
        value = getattr(page, name)
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            texts.append(block_text(field.stream_block, value.raw_data))
        elif isinstance(field, RichTextField):
            texts.append(rich_text_paragraphs(value or ""))
        else:
            texts.append(value or "")
    return "\n".join(filter(None, texts))
