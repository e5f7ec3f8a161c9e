from .campaign import (
    CampaignActivity,
    CampaignAmbassador,
    CampaignIndexPage,
    CampaignMaterial,
    CampaignPage,
    CampaignRelatedPage,
    CampaignSteeringMember,
)
from .forecast import ForecastIndexPage, ForecastPage
from .myth import MythIndexPage, MythPage, MythTopic
from .rumour import ReportStatus, RumourReport

__all__ = [
    "ForecastIndexPage",
    "ForecastPage",
    "CampaignActivity",
    "CampaignAmbassador",
    "CampaignIndexPage",
    "CampaignMaterial",
    "CampaignPage",
    "CampaignRelatedPage",
    "CampaignSteeringMember",
    "MythIndexPage",
    "MythPage",
    "MythTopic",
    "ReportStatus",
    "RumourReport",
]
