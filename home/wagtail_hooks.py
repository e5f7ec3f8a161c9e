"""Admin wiring of the base (organisations, people, urgent notices); each
concern's own wiring is imported from its folder."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views import snippets as snippet_views
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
from home.municipalities.models import visible_to
from home.municipalities.views import (
    MadeForTheirMunicipalityMixin,
    VisibleToTheirMunicipalityChooseMixin,
    VisibleToTheirMunicipalityMixin,
)


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


class UrgentNoticeChooseView(VisibleToTheirMunicipalityChooseMixin, snippet_chooser.ChooseView):
    pass


class UrgentNoticeChooseResultsView(
    VisibleToTheirMunicipalityChooseMixin, snippet_chooser.ChooseResultsView
):
    pass


class UrgentNoticeChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = UrgentNoticeChooseView
    choose_results_view_class = UrgentNoticeChooseResultsView


class UrgentNoticeCreateView(MadeForTheirMunicipalityMixin, snippet_views.CreateView):
    pass


class UrgentNoticeEditView(VisibleToTheirMunicipalityMixin, snippet_views.EditView):
    pass


class UrgentNoticeDeleteView(VisibleToTheirMunicipalityMixin, snippet_views.DeleteView):
    pass


class UrgentNoticeCopyView(VisibleToTheirMunicipalityMixin, snippet_views.CopyView):
    pass


class UrgentNoticeViewSet(SnippetViewSet):
    """Each municipality's own notices (the one its site settings choose
    shows on every page of its site)."""

    model = UrgentNotice
    icon = "warning"
    list_display = ["title", "locale"]
    add_view_class = UrgentNoticeCreateView
    edit_view_class = UrgentNoticeEditView
    delete_view_class = UrgentNoticeDeleteView
    copy_view_class = UrgentNoticeCopyView
    chooser_viewset_class = UrgentNoticeChooserViewSet

    def get_queryset(self, request):
        return visible_to(UrgentNotice.objects.all(), request.user)


register_snippet(OrganisationViewSet)
register_snippet(PersonViewSet)
register_snippet(UrgentNoticeViewSet)
