"""A live translation changes only when its review approves it.

wagtail-localize 1.14 saves a translation "without publishing" by writing the
translated page's row first and adding a revision after it
(TranslationSource.create_or_update_translation; upstream issues #655 and
#634). On a live page that makes the new text, a new slug and any machine
pre-filled strings public at once, while the translation still waits in
"Translation review (<code>)", and no publication is logged. Every save of a
translation goes through that method: Samla's "Save draft and submit for
translation review" (home/translation/review.py), wagtail-localize's
TranslationCreator (a page or subtree submitted for translation again) and
Translation.save_target in general.

`install()`, called from HomeConfig.ready, wraps the method once: saving a
live page's translation without publishing makes a draft revision, as
Wagtail's own page editor does, built on the page's latest draft so that
earlier draft edits are kept. Approval publishes that revision
(home/editorial/finish_action.py). New translations, pages that are not live and
publishing keep wagtail-localize's behaviour."""

from functools import wraps

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import TranslationLog, TranslationSource
from wagtail_localize.segments.ingest import ingest_segments

from home.translation.state import record_translation_revision_basis


def live_translated_page(source, locale):
    """The live, non-alias page translating `source` into `locale`, or None."""
    try:
        translation = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None
    if isinstance(translation, Page) and translation.live and not translation.alias_of_id:
        return translation
    return None


def save_translation_as_draft(source, page, locale, user=None, fallback=False):
    """Saves the current translations of `source` as a new draft revision of
    the live `page`; the page's public row, URL and child rows stay as they are.
    Returns (draft, created) like create_or_update_translation."""
    original = source.as_instance()
    draft = page.get_latest_revision_as_object()
    copy_synchronised_fields(original, draft)
    segments = source._get_segments_for_translation(locale, fallback=fallback)
    with transaction.atomic():
        ingest_segments(original, draft, source.locale, locale, segments)
        # The same slug rule as wagtail-localize's, checked against the
        # siblings now; the URL changes only when the revision is published.
        draft.slug = find_available_slug(
            draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
        )
        # Validates the draft and updates only the row's draft bookkeeping
        # (latest_revision, draft_title, has_unpublished_changes).
        revision = draft.save_revision(user=user)
        # Who may read the page follows the source at once, as
        # wagtail-localize does whether or not it publishes.
        source.sync_view_restrictions(original, page)
        TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return draft, False


def install():
    """Routes saves of a live page's translation without publishing to
    save_translation_as_draft. Safe to call more than once."""
    create_or_update = TranslationSource.create_or_update_translation
    if getattr(create_or_update, "keeps_live_translations", False):
        return

    @wraps(create_or_update)
    def create_or_update_translation(
        self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
    ):
        page = None if publish else live_translated_page(self, locale)
        if page is not None:
            saved = save_translation_as_draft(self, page, locale, user=user, fallback=fallback)
        else:
            saved = create_or_update(
                self,
                locale,
                user=user,
                publish=publish,
                copy_parent_pages=copy_parent_pages,
                fallback=fallback,
            )
        record_translation_revision_basis(self, saved[0])
        return saved

    create_or_update_translation.keeps_live_translations = True
    TranslationSource.create_or_update_translation = create_or_update_translation
