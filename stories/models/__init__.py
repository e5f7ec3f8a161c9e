from .facets import Activity, ExampleType, TargetGroup
from .pages import StoryIndexPage, StoryPage

__all__ = ["Activity", "ExampleType", "StoryIndexPage", "StoryPage", "TargetGroup"]
