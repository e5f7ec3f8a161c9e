"""Blocks shared by every app's StreamFields."""

from urllib.parse import parse_qs, urlparse

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("image") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": forms.ValidationError(_("Alternative text is required."))}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=1000)
    speaker = SnippetChooserBlock("home.Person", label=_("Speaker"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class VideoValue(blocks.StructValue):
    def embed_url(self):
        """A privacy-friendly player address for the supported hosts, or None."""
        parsed = urlparse(self.get("url") or "")
        host = (parsed.hostname or "").removeprefix("www.").removeprefix("m.")
        video_id = None
        if host == "youtu.be":
            video_id = parsed.path.strip("/")
            return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else None
        if host == "youtube.com":
            video_id = parse_qs(parsed.query).get("v", [None])[0]
            return f"https://www.youtube-nocookie.com/embed/{video_id}" if video_id else None
        if host == "vimeo.com":
            video_id = parsed.path.strip("/").split("/")[0]
            return (
                f"https://player.vimeo.com/video/{video_id}?dnt=1" if video_id.isdigit() else None
            )
        return None


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from its host until the reader asks for it."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(label=_("Title of the video"), max_length=200)
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    class Meta:
        icon = "media"
        template = "components/blocks/video.html"
        value_class = VideoValue

    def clean(self, value):
        value = super().clean(value)
        if value.embed_url() is None:
            raise StructBlockValidationError(
                block_errors={"url": forms.ValidationError(_("Use a YouTube or Vimeo video link."))}
            )
        return value


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "components/blocks/download.html"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "components/blocks/fact_box.html"


class BaseStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="components/blocks/text.html"
    )
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    download = DownloadBlock()
    fact_box = FactBoxBlock(label=_("Fact box"))
