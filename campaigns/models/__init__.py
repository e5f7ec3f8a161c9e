from .myth import MythIndexPage, MythPage, MythTopic
from .rumour import ReportStatus, RumourReport

__all__ = [
    "MythIndexPage",
    "MythPage",
    "MythTopic",
    "ReportStatus",
    "RumourReport",
]
