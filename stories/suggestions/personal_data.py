"""Personal data in the stories app (home/privacy/registry.py, docs/privacy.md):
the contact person on a suggested example. The suggestion itself (what was
done, for whom, the organisation) stays; the name and address go after
EXAMPLE_SUGGESTION_CONTACT_RETENTION_DAYS, time enough to write the story
with them."""

from django.utils.translation import gettext_lazy as _

from home.privacy.choices import LegalBasis
from home.privacy.registry import Retention, StoredData
from stories.models import ExampleSuggestion

RETENTIONS = [
    Retention(
        "contact names and e-mail addresses on example suggestions (emptied; the suggestion stays)",
        "EXAMPLE_SUGGESTION_CONTACT_RETENTION_DAYS",
        lambda days: ExampleSuggestion.objects.with_contact_details_older_than(days).update(
            contact_name="", contact_email=""
        ),
    ),
]


NOTICE = [
    StoredData(
        models=("stories.ExampleSuggestion",),
        what=_(
            "If you suggest a good example: the contact person's name and e-mail address with it."
        ),
        why=_("To ask questions when we write a story from the suggestion."),
        kept=_("The name and address are removed after this period; the suggestion stays:"),
        legal_bases=(LegalBasis.PUBLIC_TASK,),
        retention="EXAMPLE_SUGGESTION_CONTACT_RETENTION_DAYS",
    ),
]


def stored_about(email):
    return {
        "example_suggestions": [
            {
                "organisation": suggestion.organisation,
                "county": suggestion.county,
                "contact_name": suggestion.contact_name,
                "contact_email": suggestion.contact_email,
                "what_was_done": suggestion.what_was_done,
                "for_whom": suggestion.for_whom,
                "links": suggestion.links,
                "language": suggestion.locale.language_code,
                "status": suggestion.status,
                "received_at": suggestion.created_at,
            }
            for suggestion in ExampleSuggestion.objects.for_address(email)
            .select_related("locale")
            .order_by("created_at", "pk")
        ]
    }
