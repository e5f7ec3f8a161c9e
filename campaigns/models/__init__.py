from .forecast import ForecastIndexPage, ForecastPage
from .myth import MythIndexPage, MythPage, MythTopic
from .rumour import ReportStatus, RumourReport

__all__ = [
    "ForecastIndexPage",
    "ForecastPage",
    "MythIndexPage",
    "MythPage",
    "MythTopic",
    "ReportStatus",
    "RumourReport",
]
