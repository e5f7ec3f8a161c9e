from .feedback import PageFeedback
from .pages import BasePage, ContentPage, HomePage
from .queued_email import QueuedEmail
from .site_settings import SiteSettings
from .snippets import Organisation, Person, UrgentNotice
from .subscription import Subscription
from .translation_state import SourceContentState, TranslationBasis
from .workflow import SecondPairOfEyesTask

__all__ = [
    "BasePage",
    "ContentPage",
    "HomePage",
    "Organisation",
    "PageFeedback",
    "Person",
    "QueuedEmail",
    "SecondPairOfEyesTask",
    "SiteSettings",
    "SourceContentState",
    "Subscription",
    "TranslationBasis",
    "UrgentNotice",
]
