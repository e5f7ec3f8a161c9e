from .feedback import PageFeedback
from .pages import BasePage, ContentPage, HomePage
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
    "SecondPairOfEyesTask",
    "SiteSettings",
    "SourceContentState",
    "Subscription",
    "TranslationBasis",
    "UrgentNotice",
]
