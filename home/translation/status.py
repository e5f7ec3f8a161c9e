"""The translation status grid: Swedish pages (rows) × languages (columns).

Each cell is one of missing, in progress, in review, live or outdated, with
a link to act on it. The grid costs a fixed number of queries per page of rows."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, WorkflowState

from home.models import SourceContentState, TranslationBasis

MISSING, IN_PROGRESS, IN_REVIEW, LIVE, OUTDATED = (
    "missing",
    "in_progress",
    "in_review",
    "live",
    "outdated",
)
STATUS_LABELS = {
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    IN_REVIEW: _("In review"),
    LIVE: _("Live"),
    OUTDATED: _("Outdated"),
}


@dataclass
class Cell:
    status: str
    url: str
    lag_days: int | None = None

    @property
    def label(self):
        return STATUS_LABELS[self.status]


def target_languages(language=None):
    codes = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return [language] if language in codes else codes


def status_rows(source_pages, languages):
    """[(source page, [Cell per language])] for an evaluated list of source pages."""
    keys = [page.translation_key for page in source_pages]
    translations = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.filter(
            translation_key__in=keys, locale__language_code__in=languages
        )
        .select_related("locale")
        .only("id", "live", "translation_key", "locale__language_code")
    }
    translation_ids = [page.pk for page in translations.values()]
    in_review = set(
        WorkflowState.objects.filter(
            base_content_type__model="page",
            object_id__in=[str(pk) for pk in translation_ids],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    )
    bases = dict(
        TranslationBasis.objects.filter(page_id__in=translation_ids).values_list(
            "page_id", "source_fingerprint"
        )
    )
    states = {
        state.page_id: state
        for state in SourceContentState.objects.filter(page__in=[page.pk for page in source_pages])
    }
    now = timezone.now()
    rows = []
    for source in source_pages:
        cells = []
        state = states.get(source.pk)
        for code in languages:
            translation = translations.get((source.translation_key, code))
            if translation is None:
                url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
                cells.append(Cell(MISSING, url))
                continue
            url = reverse("wagtailadmin_pages:edit", args=[translation.pk])
            if str(translation.pk) in in_review:
                cells.append(Cell(IN_REVIEW, url))
            elif not translation.live:
                cells.append(Cell(IN_PROGRESS, url))
            elif state and translation.pk in bases and bases[translation.pk] != state.fingerprint:
                cells.append(Cell(OUTDATED, url, (now - state.changed_at).days))
            else:
                cells.append(Cell(LIVE, url))
        rows.append((source, cells))
    return rows
