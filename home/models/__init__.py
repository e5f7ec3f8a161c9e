from .feedback import PageFeedback
from .pages import BasePage, ContentPage, HomePage
from .queued_email import QueuedEmail
from .roles import EditorialRole, GroupRole, ReviewWorkflow, WorkflowRole
from .site_settings import SiteSettings
from .snippets import Organisation, Person, UrgentNotice
from .subscription import Subscription
from .translation_state import SourceContentState, TranslationBasis, TranslationRevisionBasis
from .workflow import SecondPairOfEyesTask

__all__ = [
    "BasePage",
    "ContentPage",
    "EditorialRole",
    "GroupRole",
    "HomePage",
    "Organisation",
    "PageFeedback",
    "Person",
    "QueuedEmail",
    "ReviewWorkflow",
    "SecondPairOfEyesTask",
    "SiteSettings",
    "SourceContentState",
    "Subscription",
    "TranslationBasis",
    "TranslationRevisionBasis",
    "UrgentNotice",
    "WorkflowRole",
]
