from campaigns.campaigns.models import (
    CampaignActivity,
    CampaignAmbassador,
    CampaignIndexPage,
    CampaignMaterial,
    CampaignPage,
    CampaignRelatedPage,
    CampaignSteeringMember,
)
from campaigns.forecasts.models import ForecastIndexPage, ForecastPage
from campaigns.myths.models import (
    MythIndexPage,
    MythPage,
    MythTopic,
    Republication,
    UrgentPublication,
)
from campaigns.rumours.models import ReportStatus, RumourReport
from campaigns.situations.models import SituationChosenPage, SituationPage

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
    "Republication",
    "RumourReport",
    "SituationChosenPage",
    "SituationPage",
    "UrgentPublication",
]
