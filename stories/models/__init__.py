from .facets import Activity, ExampleType, TargetGroup
from .pages import StoryIndexPage, StoryPage
from .suggestion import ExampleSuggestion

__all__ = [
    "Activity",
    "ExampleSuggestion",
    "ExampleType",
    "StoryIndexPage",
    "StoryPage",
    "TargetGroup",
]
