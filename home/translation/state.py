"""Outdated translations: a published translation is outdated when the
translatable content of its Swedish source has changed since the version the
translation was made from. Both sides are recorded when a page is published
(fingerprints of wagtail-localize's segments), so readers and the status grid
need no content comparison at request time."""

import hashlib

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments.extract import extract_segments

from home.freshness import freshness
from home.models import SourceContentState, TranslationBasis, TranslationRevisionBasis


def _segment_key(segment):
    if hasattr(segment, "render_html"):
        value = segment.render_html()
    else:
        value = getattr(segment, "data", None) or getattr(segment, "translation_key", "")
    return f"{type(segment).__name__}|{segment.path}|{value}"


def content_fingerprint(instance):
    keys = sorted(_segment_key(segment) for segment in extract_segments(instance))
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()


def is_source(page):
    return page.locale.language_code == settings.LANGUAGE_CODE


def record_translation_revision_basis(source, translation):
    """After wagtail-localize saved `translation` from `source` (its snapshot
    of the Swedish page): which source version the new revision holds."""
    if isinstance(translation, Page) and translation.latest_revision_id:
        TranslationRevisionBasis.objects.update_or_create(
            revision_id=translation.latest_revision_id,
            defaults={"source_fingerprint": content_fingerprint(source.as_instance())},
        )


def record_published_page(page, revision=None):
    """page_published: remember the source's content, or a translation's basis."""
    now = timezone.now()
    if is_source(page):
        fingerprint = content_fingerprint(page)
        state = SourceContentState.objects.filter(page=page).first()
        if state is None or state.fingerprint != fingerprint:
            SourceContentState.objects.update_or_create(
                page=page, defaults={"fingerprint": fingerprint, "changed_at": now}
            )
        return
    source_page = page.get_translation_or_none(
        Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    )
    if source_page is None:
        return
    TranslationBasis.objects.update_or_create(
        page=page,
        defaults={
            "source_fingerprint": translation_basis_fingerprint(page, source_page, revision),
            "published_at": now,
        },
    )


def translation_basis_fingerprint(page, source_page, revision):
    """A revision saved by wagtail-localize was made from the source version
    recorded with it; otherwise a synced translation was made from
    wagtail-localize's current snapshot of the source, and a manual one from
    whatever the source was when it was published."""
    recorded = TranslationRevisionBasis.objects.filter(revision=revision).first()
    if recorded is not None:
        return recorded.source_fingerprint
    translation_source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale=source_page.locale
    ).first()
    basis = translation_source.as_instance() if translation_source else source_page.specific
    return content_fingerprint(basis)


def outdated_source_state(translation):
    """The source's SourceContentState when the source has changed since this
    translation's basis; None when the translation is current. It is not
    read from the database: its `page` (the source, which the notice links)
    costs a query of its own, only for an outdated translation."""
    if is_source(translation):
        return None
    fresh = freshness(translation)
    if fresh.source_fingerprint is None or fresh.basis_fingerprint in (
        None,
        fresh.source_fingerprint,
    ):
        return None
    return SourceContentState(
        page_id=fresh.source_page_id,
        fingerprint=fresh.source_fingerprint,
        changed_at=fresh.source_changed_at,
    )
