from stories.facets.models import Activity, ExampleType, TargetGroup
from stories.following.models import FollowedSource, FollowedStoryIndexPage, FollowedStoryPage
from stories.library.models import StoryIndexPage, StoryPage
from stories.suggestions.models import ExampleSuggestion

__all__ = [
    "Activity",
    "ExampleSuggestion",
    "ExampleType",
    "FollowedSource",
    "FollowedStoryIndexPage",
    "FollowedStoryPage",
    "StoryIndexPage",
    "StoryPage",
    "TargetGroup",
]
