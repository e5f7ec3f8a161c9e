from .campaign import (
    CampaignActivity,
    CampaignAmbassador,
    CampaignIndexPage,
    CampaignMaterial,
    CampaignPage,
    CampaignRelatedPage,
    CampaignSteeringMember,
)
from .myth import MythIndexPage, MythPage, MythTopic
from .rumour import ReportStatus, RumourReport

__all__ = [
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
