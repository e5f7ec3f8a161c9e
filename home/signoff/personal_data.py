"""Personal data of partner sign-off (home/privacy/registry.py,
docs/privacy.md): partner reviewers' names, organisations and e-mail
addresses, with their links and answers. The page's history keeps the name,
organisation and comment of each answer, never the address."""

from django.utils.translation import gettext_lazy as _

from home.privacy.choices import LegalBasis
from home.privacy.registry import Retention, StoredData, deleted
from home.signoff.models import PartnerLink, PartnerReviewer

RETENTIONS = [
    Retention(
        "partner reviewers sent no link in the period, with their links (deleted)",
        "PARTNER_REVIEWER_RETENTION_DAYS",
        lambda days: deleted(PartnerReviewer.objects.idle_for(days)),
    ),
]


NOTICE = [
    StoredData(
        models=("home.PartnerReviewer", "home.PartnerLink"),
        what=_(
            "Partner reviewers: name, organisation, e-mail address and language, the links we "
            "sent them and their answers."
        ),
        why=_("To ask a partner organisation to approve facts about its work before publication."),
        kept=_(
            "Deleted with their links when no link has been sent to them for this period; the "
            "page history keeps their name, organisation and answer:"
        ),
        legal_bases=(LegalBasis.PUBLIC_TASK,),
        retention="PARTNER_REVIEWER_RETENTION_DAYS",
    ),
]


def stored_about(email):
    reviewers = PartnerReviewer.objects.for_address(email).select_related("page").order_by("pk")
    return {
        "partner_reviewers": [
            {
                "name": reviewer.name,
                "organisation": reviewer.organisation,
                "email": reviewer.email,
                "language": reviewer.language,
                "page": reviewer.page.title,
                "added_at": reviewer.created_at,
                "links": [
                    {
                        "sent_at": link.created_at,
                        "expires_at": link.expires_at,
                        "used_at": link.used_at,
                        "revoked_at": link.revoked_at,
                        "answer": link.decision,
                        "comment": link.comment,
                    }
                    for link in PartnerLink.objects.filter(reviewer=reviewer).order_by("pk")
                ],
            }
            for reviewer in reviewers
        ]
    }
