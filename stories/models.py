from stories.facets.models import Activity, ExampleType, TargetGroup
from stories.library.models import StoryIndexPage, StoryPage
from stories.suggestions.models import ExampleSuggestion

__all__ = [
    "Activity",
    "ExampleSuggestion",
    "ExampleType",
    "StoryIndexPage",
    "StoryPage",
    "TargetGroup",
]
