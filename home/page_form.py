"""The page editor's form for every Samla page type (`BasePage.base_form_class`).

A page opened in the editor and sent back untouched must read as unchanged.
Wagtail saves a new revision for a workflow action (approve, request changes)
when `form.has_changed()`, and with WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT
that revision restarts the step under the reviewer's name, whom the
second-pair-of-eyes rule then refuses. Three things made untouched fields
read as changed:

- a model field with a callable default (a date defaulting to today) gets a
  form field that compares against a hidden "initial-" input, which Wagtail's
  panels never render;
- rich text stored without Draftail's block keys (demo content, translations,
  anything not saved through the editor) comes back with fresh random keys;
- Wagtail compares a StreamField's posted data before cleaning, so an empty
  optional date posts "" against the stored null.
"""

import json

from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property

from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.rich_text.editors.draftail import DraftailRichTextArea


def draftail_content(widget, html):
    """`html` as the Draftail editor holds it, less the block keys: the keys
    only anchor comments, and the editor invents them for stored HTML
    without them."""
    contentstate = json.loads(widget.converter.from_database_format(html or ""))
    for block in contentstate["blocks"]:
        del block["key"]
    return contentstate


def comparable_block_value(block, value):
    """A block's value in a form that is equal for equal content: rich text as
    `draftail_content`, stream children without their ids."""
    if isinstance(block, blocks.RichTextBlock) and isinstance(
        block.field.widget, DraftailRichTextArea
    ):
        return draftail_content(block.field.widget, value.source if value else "")
    if isinstance(block, blocks.StreamBlock):
        return [
            (child.block_type, comparable_block_value(child.block, child.value)) for child in value
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: comparable_block_value(child_block, value.get(name))
            for name, child_block in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [comparable_block_value(block.child_block, item) for item in value]
    return block.get_prep_value(value)


class BasePageForm(WagtailAdminPageForm):
    """Reports as changed only what the editor changed (see the module's docstring)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            # The initial value comes from the page itself, so the hidden
            # copy adds nothing (and is never rendered).
            field.show_hidden_initial = False
        if self.instance.live and not self.instance.has_unpublished_changes:
            # A change note set here belongs to the version readers already
            # see (home/review_dates/): a new change starts without one.
            for name, empty in (("major_change", False), ("change_note", "")):
                if name in self.fields:
                    self.initial[name] = empty

    @cached_property
    def changed_data(self):
        return [name for name in super().changed_data if not self._holds_initial_content(name)]

    def _holds_initial_content(self, name):
        """Whether a field Django reports as changed says what it said before,
        compared as its editor widget sees content. An invalid field has changed."""
        if name not in getattr(self, "cleaned_data", {}):
            return False
        field, initial, value = self.fields[name], self[name].initial, self.cleaned_data[name]
        if isinstance(field, blocks.BlockField):
            return comparable_block_value(field.block, initial) == comparable_block_value(
                field.block, value
            )
        if isinstance(field.widget, DraftailRichTextArea):
            return draftail_content(field.widget, initial) == draftail_content(field.widget, value)
        return False


class OwnLanguageChoicesPageForm(BasePageForm):
    """Offers in the fields named in `own_language_fields` (snippets and pages
    chosen from a list) the objects of the page's own language, plus whatever
    the page already links: a translation keeps its source's choices (its
    synchronised fields), which must stay checked rather than be dropped on save."""

    own_language_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for name in self.own_language_fields:
            if name in self.fields:
                self._limit_to_language(name, self.offered(name), locale_id)

    def offered(self, name):
        """What field `name` offers in any language; a subclass may narrow it."""
        return self.fields[name].queryset

    def _limit_to_language(self, name, queryset, locale_id):
        linked = self.initial.get(name)
        if linked is None:
            linked = []
        elif isinstance(linked, int | models.Model):
            linked = [linked]
        linked_pks = [getattr(obj, "pk", obj) for obj in linked]
        self.fields[name].queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=linked_pks))
