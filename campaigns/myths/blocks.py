"""Blocks of myth pages: sources and related myths."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class SourceBlock(blocks.StructBlock):
    """A source a fact check rests on, cited so a reader can find it."""

    title = blocks.CharBlock(label=_("Title"), max_length=300)
    publisher = blocks.CharBlock(label=_("Publisher"), max_length=200)
    url = blocks.URLBlock(label=_("Link"), required=False)
    date = blocks.DateBlock(label=_("Date"), required=False)

    class Meta:
        icon = "link"
        label = _("Source")
        template = "campaigns/myths/blocks/source.html"


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()


class RelatedMythBlock(blocks.PageChooserBlock):
    """Rendered through MythPage.related_myth_pages(), which picks the
    reader's language; the template is for use on its own."""

    class Meta:
        icon = "help"
        label = _("Related myth")
        template = "campaigns/myths/blocks/related_myth.html"
