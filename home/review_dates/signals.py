"""Every publication of a page with review dates records its review and, for
a major change, what readers are told (home/review_dates/reviews.py)."""

from wagtail.signals import page_published

from home.review_dates.reviews import record_publication


def register():
    page_published.connect(record_publication, dispatch_uid="samla_review_dates_publication")
