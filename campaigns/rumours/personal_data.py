"""Personal data in the campaigns app (home/privacy/registry.py, docs/privacy.md):
the e-mail address a reporter leaves on a rumour report for a reply. The
report stays; the address and the consent go after
RUMOUR_REPORT_RETENTION_DAYS."""

from campaigns.models import RumourReport
from home.privacy.registry import Retention

RETENTIONS = [
    Retention(
        "e-mail addresses on rumour reports (emptied with the consent; the report stays)",
        "RUMOUR_REPORT_RETENTION_DAYS",
        lambda days: RumourReport.objects.with_email_older_than(days).update(
            email="", consent=False
        ),
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
