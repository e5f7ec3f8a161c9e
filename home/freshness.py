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
from django.db.models import BigIntegerField, Exists, OuterRef, Subquery, Value

from wagtail.models import Page

from home.caching.content_version import CHROME_CACHE_SECONDS, content_version
from home.review_dates.models import PageChange, PageReview, ReviewInterval
from home.translation.models import SourceContentState, TranslationBasis


@dataclass(frozen=True)
class Freshness:
    last_reviewed: datetime | None = None
    # The communicators' interval for the page's type; None: the type's default.
    review_months: int | None = None
    has_public_changes: bool = False
    # The Swedish source's content state (a Swedish page's own; none before
    # the source's first publication) and the source version a translation
    # was made from.
    source_page_id: int | None = None
    source_fingerprint: str | None = None
    source_changed_at: datetime | None = None
    basis_fingerprint: str | None = None


ANNOTATION_PREFIX = "freshness_"
ANNOTATIONS = [ANNOTATION_PREFIX + field.name for field in dataclasses.fields(Freshness)]
# The content version the annotations were read under.
READ_UNDER = ANNOTATION_PREFIX + "read_under"


def freshness(page):
    """The Freshness of the saved `page`: as read with it (`annotations()`)
    where the content has not changed since, else from the cache or the
    database."""
    version = content_version()
    if page.__dict__.get(READ_UNDER) == version:
        return _read_with(page)
    key = f"samla:freshness:{page.pk}:{version}"
    found = cache.get(key)
    if found is None:
        row = Page.objects.filter(pk=page.pk).annotate(**annotations(version)).first()
        found = _read_with(row) if row is not None else Freshness()
        cache.set(key, found, CHROME_CACHE_SECONDS)
    return found


def _read_with(page):
    return Freshness(*(page.__dict__[name] for name in ANNOTATIONS))


def annotations(version):
    """What Freshness holds, as annotations of a query of pages made under
    the content version `version` (read before the query: a change while it
    runs renews the version, so what it read is not taken for the new one).
    The page the path of a request names is read with them (home/serving.py)."""
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
    return {
        READ_UNDER: Value(version, output_field=BigIntegerField()),
        **{ANNOTATION_PREFIX + name: expression for name, expression in expressions.items()},
    }
