"""Personal data in the campaigns app (home/privacy/registry.py, docs/privacy.md):
the e-mail address a reporter leaves on a rumour report for a reply. The
report stays; the address and the consent go after
RUMOUR_REPORT_RETENTION_DAYS."""

from django.utils.translation import gettext_lazy as _

from campaigns.models import RumourReport
from home.privacy.choices import LegalBasis
from home.privacy.registry import Retention, StoredData

RETENTIONS = [
    Retention(
        "e-mail addresses on rumour reports (emptied with the consent; the report stays)",
        "RUMOUR_REPORT_RETENTION_DAYS",
        lambda days: RumourReport.objects.with_email_older_than(days).update(
            email="", consent=False
        ),
    ),
]


NOTICE = [
    StoredData(
        models=("campaigns.RumourReport",),
        what=_(
            "If you report a rumour: what you heard and where, and your e-mail address if you "
            "want a reply."
        ),
        why=_("To answer rumours with facts, and to reply to you when you ask us to."),
        kept=_(
            "Your address is removed once we have replied, at the latest after this period; the "
            "report stays for the statistics:"
        ),
        legal_bases=(LegalBasis.PUBLIC_TASK, LegalBasis.CONSENT),
        retention="RUMOUR_REPORT_RETENTION_DAYS",
    ),
]


def stored_about(email):
    return {
        "rumour_reports": [
            {
                "text": report.text,
                "heard_where": report.heard_where,
                "language": report.language,
                "form_language": report.site_language,
                "email": report.email,
                "consents_to_reply": report.consent,
                "status": report.status,
                "notes": report.notes,
                "received_at": report.created_at,
            }
            for report in RumourReport.objects.for_address(email).order_by("created_at", "pk")
        ]
    }
