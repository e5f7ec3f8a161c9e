"""Admin wiring of the story facets: one menu group of snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from stories.models import Activity, ExampleType, TargetGroup


class FacetViewSet(SnippetViewSet):
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["name"]


class ActivityViewSet(FacetViewSet):
    model = Activity
    icon = "cog"


class TargetGroupViewSet(FacetViewSet):
    model = TargetGroup
    icon = "group"


class ExampleTypeViewSet(FacetViewSet):
    model = ExampleType
    icon = "doc-full"


class StoryFacetsGroup(SnippetViewSetGroup):
    items = (ActivityViewSet, TargetGroupViewSet, ExampleTypeViewSet)
    menu_label = _("Story facets")
    menu_icon = "tag"
    menu_order = 310


register_snippet(StoryFacetsGroup)
