"""Personal data across Samla's apps (docs/privacy.md): erasure after each
kind's retention period, and everything stored about one e-mail address.

Each app describes the personal data it stores in its own `personal_data`
module, listed in `settings.SAMLA_PERSONAL_DATA` (so home never imports the
apps built on it). Such a module holds

- `RETENTIONS`: one `Retention` per kind of data that is erased after a
  period (what it is, the setting that holds the period, how it is erased);
- `stored_about(email)`: what the app stores about one e-mail address, as
  JSON-ready lists by kind;
- `NOTICE`: one `StoredData` per kind of personal data it stores, what the
  public privacy notice says about it (what, why, on what legal basis, for
  how long: the period is read from the setting a `Retention` erases by, so
  the notice and the erasure job cannot disagree).

`erase_expired_personal_data()` runs every app's retentions (the daily
`manage.py erase_expired_personal_data`); `personal_data_json(email)` answers
an access request (`manage.py export_personal_data` and the superusers'
Settings → Personal data in the admin); `privacy_notice()` is what the
public privacy notice lists. The command and the JSON are in English; the
notice's texts are in each module, translated in its app's catalogue."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from home.privacy.choices import LegalBasis


@dataclass(frozen=True)
class Retention:
    """One kind of personal data that is erased once its period has passed."""

    #: what is erased, for the command's report
    kind: str
    #: the setting that holds the period in days; None when the data carries
    #: its own expiry date (sessions)
    setting: str | None
    #: erases what is older than the period (given in days) and returns how
    #: many rows it erased, or None when the store cannot count them
    erase: Callable[[int | None], int | None]

    @property
    def days(self):
        if self.setting is None:
            return None
        days = getattr(settings, self.setting)
        if days < 0:
            raise ImproperlyConfigured(f"{self.setting} must be 0 or more days, not {days}.")
        return days

    @property
    def period(self):
        if self.setting is None:
            return "at their expiry date"
        return f"after {self.days} days ({self.setting})"


@dataclass(frozen=True)
class StoredData:
    """One kind of personal data as the public privacy notice describes it."""

    #: the models that hold it ("app_label.ModelName"); none when it is never
    #: written to the database (rate limits)
    models: tuple[str, ...]
    #: what is stored, why, and how long it is kept (without the period,
    #: which comes from `retention`), in readers' words
    what: str
    why: str
    kept: str
    #: the legal bases (home.privacy.choices.LegalBasis)
    legal_bases: tuple[str, ...]
    #: the setting with the period the erasure job erases it after, if any
    retention: str | None = None

    @property
    def days(self):
        return None if self.retention is None else getattr(settings, self.retention)

    @property
    def legal_basis_labels(self):
        labels = dict(LegalBasis.choices)
        return [labels[basis] for basis in self.legal_bases]


def personal_data_modules():
    return [import_module(path) for path in settings.SAMLA_PERSONAL_DATA]


def erase_expired_personal_data():
    """Erases every kind of personal data past its retention period and
    returns (retention, rows erased) for each kind, in order. Data inside its
    period is never touched, so running it again erases nothing new. Every
    period is read (and checked) before anything is erased."""
    retentions = [
        retention for module in personal_data_modules() for retention in module.RETENTIONS
    ]
    periods = [retention.days for retention in retentions]
    return [
        (retention, retention.erase(days))
        for retention, days in zip(retentions, periods, strict=True)
    ]


def privacy_notice():
    """Every kind of personal data Samla stores, as the privacy notice lists it."""
    return [kind for module in personal_data_modules() for kind in module.NOTICE]


def personal_data_about(email):
    """Everything Samla stores about one e-mail address (GDPR article 15),
    matched in any letter case, as JSON-ready data."""
    email = email.strip()
    data = {"email": email, "exported_at": timezone.now()}
    for module in personal_data_modules():
        data.update(module.stored_about(email))
    return data


def personal_data_json(email):
    return json.dumps(
        personal_data_about(email), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
    )


def deleted(queryset):
    """Deletes the queryset's rows; returns how many of its own model went
    (not the rows that cascade with them)."""
    _total, per_model = queryset.delete()
    return per_model.get(queryset.model._meta.label, 0)
