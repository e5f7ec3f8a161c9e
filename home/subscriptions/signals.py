"""A page's first publication e-mails the readers who follow its topic."""

from django.db import transaction

from wagtail.signals import page_published

from home.subscriptions.emails import is_first_publication, notify_subscribers


def notify_subscribers_of_first_publication(sender, instance, **kwargs):
    if getattr(instance, "subscription_topic", None) and is_first_publication(instance):
        page_id = instance.pk
        transaction.on_commit(lambda: notify_subscribers.enqueue(page_id))


def register():
    page_published.connect(
        notify_subscribers_of_first_publication, dispatch_uid="samla_notify_subscribers"
    )
