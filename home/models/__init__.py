from home.easy_read.models import EasyReadIndexPage, EasyReadPage
from home.editorial.models import (
    EditorialRole,
    GroupRole,
    ReviewWorkflow,
    SecondPairOfEyesTask,
    WorkflowRole,
)
from home.feedback.models import PageFeedback
from home.models.pages import BasePage, ContentPage, FeedRoutesMixin, HomePage, IndexPage
from home.models.site_settings import SiteSettings
from home.models.snippets import Organisation, Person, UrgentNotice
from home.municipalities.models import Municipality
from home.outbox.models import QueuedEmail
from home.review_dates.models import PageChange, PageReview, ReviewInterval
from home.signoff.models import PartnerLink, PartnerReviewer, PartnerSignOffTask
from home.subscriptions.models import Subscription
from home.translation.models import SourceContentState, TranslationBasis, TranslationRevisionBasis

__all__ = [
    "BasePage",
    "ContentPage",
    "EasyReadIndexPage",
    "EasyReadPage",
    "EditorialRole",
    "FeedRoutesMixin",
    "GroupRole",
    "HomePage",
    "IndexPage",
    "Municipality",
    "Organisation",
    "PageChange",
    "PageFeedback",
    "PageReview",
    "PartnerLink",
    "PartnerReviewer",
    "PartnerSignOffTask",
    "Person",
    "QueuedEmail",
    "ReviewInterval",
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
