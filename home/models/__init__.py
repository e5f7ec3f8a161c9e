from .feedback import PageFeedback
from .pages import BasePage, ContentPage, HomePage
from .site_settings import SiteSettings
from .snippets import Organisation, Person, UrgentNotice

__all__ = [
    "BasePage",
    "ContentPage",
    "HomePage",
    "Organisation",
    "PageFeedback",
    "Person",
    "SiteSettings",
    "UrgentNotice",
]
