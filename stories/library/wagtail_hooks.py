"""Admin wiring of stories: every story in every language, filterable by
facet and status."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField
from django.db.models.functions import Cast
from django.forms import CheckboxSelectMultiple
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page, WorkflowState

import django_filters

from home.choices import County
from stories.models import Activity, ExampleType, StoryPage, TargetGroup


class StatusFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        if value == "live":
            return queryset.filter(live=True, has_unpublished_changes=False)
        if value == "changed":
            return queryset.filter(live=True, has_unpublished_changes=True)
        if value == "draft":
            return queryset.filter(live=False)
        if value == "in_moderation":
            in_moderation = (
                WorkflowState.objects.active()
                .filter(base_content_type=ContentType.objects.get_for_model(Page))
                .annotate(page_id=Cast("object_id", BigIntegerField()))
                .values("page_id")
            )
            return queryset.filter(pk__in=in_moderation)
        return queryset


def source_language(model):
    """Facets are offered once, in the source language; the filter matches
    every translation of the chosen facet."""

    def facets(request):
        return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)

    return facets


class StoryPageFilterSet(PageFilterSet):
    status = StatusFilter(
        label=_("Status"),
        empty_label=_("Any"),
        choices=[
            ("live", _("Published")),
            ("changed", _("Published, with unpublished changes")),
            ("draft", _("Draft")),
            ("in_moderation", _("In moderation")),
        ],
    )
    activity = django_filters.ModelMultipleChoiceFilter(
        label=_("Activity"),
        field_name="activity__translation_key",
        to_field_name="translation_key",
        queryset=source_language(Activity),
        widget=CheckboxSelectMultiple,
    )
    target_groups = django_filters.ModelMultipleChoiceFilter(
        label=_("Target groups"),
        field_name="target_groups__translation_key",
        to_field_name="translation_key",
        queryset=source_language(TargetGroup),
        widget=CheckboxSelectMultiple,
        distinct=True,
    )
    example_type = django_filters.ModelMultipleChoiceFilter(
        label=_("Example type"),
        field_name="example_type__translation_key",
        to_field_name="translation_key",
        queryset=source_language(ExampleType),
        widget=CheckboxSelectMultiple,
    )
    county = django_filters.ChoiceFilter(label=_("County"), choices=County.choices)

    class Meta:
        model = StoryPage
        fields = []


class StoryListingViewSet(PageListingViewSet):
    """Every story in every language, filterable by facet and status."""

    model = StoryPage
    icon = "openquote"
    menu_label = _("Stories")
    menu_order = 150
    add_to_admin_menu = True
    filterset_class = StoryPageFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("county", label=_("County"), accessor="get_county_display"),
        Column("year", label=_("Year"), sort_key="year"),
    ]


@hooks.register("register_admin_viewset")
def register_story_listing():
    return StoryListingViewSet("stories")
