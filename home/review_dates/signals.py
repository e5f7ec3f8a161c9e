"""Every publication of a page with review dates records its review and, for
a major change, what readers are told (home/review_dates/reviews.py); every
review, change and interval saved moves the content version on, under which
readers' dates are cached."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published

from home.caching.signals import content_changed
from home.review_dates.models import PageChange, PageReview, ReviewInterval
from home.review_dates.reviews import record_publication


def register():
    page_published.connect(record_publication, dispatch_uid="samla_review_dates_publication")
    for model in (PageReview, PageChange, ReviewInterval):
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=model,
                dispatch_uid=f"samla_review_dates_{model.__name__}_{id(signal)}",
            )
