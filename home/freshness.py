"""How fresh a page is, as its chrome tells readers: when it was last
reviewed (home/review_dates/) and whether, as a translation, it is behind its
Swedish source (home/translation/state.py). Both are read with the page a
request's path names (home/serving.py), at no query of their own; for any
other page, in one query per page and content version, which every
publication, review and interval saved moves on."""

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Subquery

from wagtail.models import Page

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.review_dates.models import PageChange, PageReview, ReviewInterval
from home.translation.models import SourceContentState, TranslationBasis


@dataclass(frozen=True)
class Freshness:
    last_reviewed: datetime | None
    # The communicators' interval for the page's type; None: the type's default.
    review_months: int | None
    has_public_changes: bool
    # The Swedish source's content state (none for a source page, or before
    # its first publication) and the source version the page was translated from.
    source_page_id: int | None
    source_fingerprint: str | None
    source_changed_at: datetime | None
    basis_fingerprint: str | None


ANNOTATION_PREFIX = "freshness_"
NEVER_SAVED = Freshness(None, None, False, None, None, None, None)


def freshness(page):
    """The Freshness of the saved `page`: as read with it (`annotations()`),
    else from the cache or the database."""
    found = _read_with(page)
    if found is not None:
        return found
    key = f"samla:freshness:{page.pk}:{content_version()}"
    found = cache.get(key)
    if found is None:
        row = Page.objects.filter(pk=page.pk).annotate(**annotations()).first()
        found = _read_with(row) if row is not None else NEVER_SAVED
        cache.set(key, found, CHROME_CACHE_SECONDS)
    return found


def _read_with(page):
    """The Freshness `page` was read with, or None."""
    names = [ANNOTATION_PREFIX + field.name for field in dataclasses.fields(Freshness)]
    if not all(name in page.__dict__ for name in names):
        return None
    return Freshness(*(page.__dict__[name] for name in names))


def annotations():
    """What Freshness holds, as annotations of a query of pages: the page the
    path of a request names is read with them (home/serving.py)."""
    source_state = SourceContentState.objects.filter(
        page__translation_key=OuterRef("translation_key"),
        page__locale__language_code=settings.LANGUAGE_CODE,
    )
    expressions = {
        "last_reviewed": Subquery(
            PageReview.objects.filter(page=OuterRef("pk"))
            .order_by("-reviewed_at")
            .values("reviewed_at")[:1]
        ),
        "review_months": Subquery(
            ReviewInterval.objects.filter(page_type=OuterRef("content_type")).values("months")[:1]
        ),
        "has_public_changes": Exists(PageChange.objects.filter(page=OuterRef("pk"))),
        "source_page_id": Subquery(source_state.values("page_id")[:1]),
        "source_fingerprint": Subquery(source_state.values("fingerprint")[:1]),
        "source_changed_at": Subquery(source_state.values("changed_at")[:1]),
        "basis_fingerprint": Subquery(
            TranslationBasis.objects.filter(page=OuterRef("pk")).values("source_fingerprint")[:1]
        ),
    }
    return {ANNOTATION_PREFIX + name: expression for name, expression in expressions.items()}
