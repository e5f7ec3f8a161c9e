"""Admin wiring of the base (organisations, people, urgent notices); each
concern's own wiring is imported from its folder."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

# Wagtail imports home.wagtail_hooks only: each domain's admin wiring is loaded here.
import home.easy_read.wagtail_hooks  # noqa: F401
import home.editorial.wagtail_hooks  # noqa: F401
import home.feedback.wagtail_hooks  # noqa: F401
import home.municipalities.wagtail_hooks  # noqa: F401
import home.outbox.wagtail_hooks  # noqa: F401
import home.privacy.wagtail_hooks  # noqa: F401
import home.readability.wagtail_hooks  # noqa: F401
import home.review_dates.wagtail_hooks  # noqa: F401
import home.security.wagtail_hooks  # noqa: F401
import home.signoff.wagtail_hooks  # noqa: F401
import home.subscriptions.wagtail_hooks  # noqa: F401
import home.translation.wagtail_hooks  # noqa: F401
from home.models import Organisation, Person, UrgentNotice


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "county", "locale"]
    list_filter = ["kind", "county", "locale"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class UrgentNoticeViewSet(SnippetViewSet):
    model = UrgentNotice
    icon = "warning"
    list_display = ["title", "locale"]


register_snippet(OrganisationViewSet)
register_snippet(PersonViewSet)
register_snippet(UrgentNoticeViewSet)
