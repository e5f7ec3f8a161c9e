"""Admin: a suggested example becomes a draft story in the Swedish library."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.html import escape, linebreaks
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from home.municipalities.models import visible_to
from home.municipalities.views import (
    VisibleToTheirMunicipalityIndexMixin,
    VisibleToTheirMunicipalityMixin,
)
from stories.models import ExampleSuggestion, StoryIndexPage, StoryPage


@require_POST
def create_draft_story(request, pk):
    """Admin: turns a suggestion into a draft story in the Swedish library."""
    suggestion = get_object_or_404(visible_to(ExampleSuggestion.objects.all(), request.user), pk=pk)
    # The Swedish library of the municipality the suggestion was sent to.
    home = suggestion.municipality.site.root_page
    library = StoryIndexPage.objects.child_of(home).first()
    if library is None or not library.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    if suggestion.story_id:
        return redirect("wagtailadmin_pages:edit", suggestion.story_id)

    body = [
        ("text", linebreaks(escape(suggestion.what_was_done))),
        # The draft is written in the source language, whatever the admin language.
        ("heading", {"text": "För vem", "level": "h2"}),
        ("text", linebreaks(escape(suggestion.for_whom))),
    ]
    if suggestion.links:
        body += [("text", linebreaks(escape(suggestion.links)))]
    story = StoryPage(
        title=suggestion.organisation,
        summary=suggestion.what_was_done[:500],
        county=suggestion.county,
        year=suggestion.created_at.year,
        body=body,
        live=False,
        owner=request.user,
    )
    library.add_child(instance=story)
    story.save_revision(user=request.user, log_action=True)
    suggestion.story = story
    suggestion.status = ExampleSuggestion.Status.DRAFTED
    suggestion.save(update_fields=["story", "status"])
    messages.success(request, _("A draft story was created. Complete it and submit it for review."))
    return redirect("wagtailadmin_pages:edit", story.pk)


class SuggestionIndexView(VisibleToTheirMunicipalityIndexMixin, generic.IndexView):
    pass


class SuggestionEditView(VisibleToTheirMunicipalityMixin, generic.EditView):
    pass


class SuggestionInspectView(VisibleToTheirMunicipalityMixin, generic.InspectView):
    pass


class SuggestionDeleteView(VisibleToTheirMunicipalityMixin, generic.DeleteView):
    pass


class ExampleSuggestionViewSet(ModelViewSet):
    """The inbox of suggested examples, each municipality's own; a suggestion
    becomes a draft story."""

    model = ExampleSuggestion
    index_view_class = SuggestionIndexView
    edit_view_class = SuggestionEditView
    inspect_view_class = SuggestionInspectView
    delete_view_class = SuggestionDeleteView
    icon = "mail"
    menu_label = _("Suggested examples")
    add_to_admin_menu = True
    list_display = ["organisation", "county", "status", "created_at"]
    list_filter = ["status", "locale"]
    form_fields = ["status"]
    inspect_view_enabled = True
    inspect_view_fields = [*ExampleSuggestion.suggested_fields, "locale", "status", "created_at"]
    inspect_template_name = "stories/suggestions/admin/suggestion_inspect.html"
