"""Blocks only stories use; the shared ones come from home.blocks."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from home.blocks import BaseStreamBlock


class SuccessFactorsBlock(blocks.StructBlock):
    """What made the work succeed, as a short list other municipalities can reuse."""

    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Leave empty for “What made it work”."),
    )
    factors = blocks.ListBlock(
        blocks.CharBlock(label=_("Success factor"), max_length=300),
        label=_("Success factors"),
        min_num=1,
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Success factors")
        template = "stories/library/blocks/success_factors.html"


class StoryStreamBlock(BaseStreamBlock):
    success_factors = SuccessFactorsBlock()
