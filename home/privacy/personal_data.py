"""What the home app stores about people (home/privacy/registry.py,
docs/privacy.md): subscriptions, feedback comments, contact people, user
accounts, sign-in records, sessions and undelivered e-mail."""

from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from home.models import PageFeedback, Person, QueuedEmail, Subscription
from home.privacy.choices import LegalBasis
from home.privacy.registry import Retention, StoredData, deleted


def login_records_older_than(model, days):
    """django-axes rows (`AccessAttempt`, `AccessLog`, `AccessFailureLog`)
    recorded more than `days` days ago. A lock-out lasts AXES_COOLOFF_TIME
    (an hour), so erasing these never lifts one."""
    return model.objects.filter(attempt_time__lt=timezone.now() - timedelta(days=days))


def clear_expired_sessions(_days=None):
    """Django's `clearsessions`: the session store removes expired sessions.
    Counted when the sessions are in the database; other stores expire
    sessions themselves."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    count = None
    if issubclass(store, DatabaseSessionStore):
        count = store.get_model_class().objects.filter(expire_date__lt=timezone.now()).count()
    store.clear_expired()
    return count


RETENTIONS = [
    Retention(
        "unconfirmed subscriptions (deleted)",
        "UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS",
        lambda days: deleted(Subscription.objects.unconfirmed_older_than(days)),
    ),
    Retention(
        "comments on page feedback (emptied; the yes/no answer stays)",
        "FEEDBACK_COMMENT_RETENTION_DAYS",
        lambda days: PageFeedback.objects.with_comment_older_than(days).update(comment=""),
    ),
    Retention(
        "failed sign-in counters, django-axes AccessAttempt (deleted)",
        "LOGIN_RECORD_RETENTION_DAYS",
        lambda days: deleted(login_records_older_than(AccessAttempt, days)),
    ),
    Retention(
        "failed sign-in log, django-axes AccessFailureLog (deleted)",
        "LOGIN_RECORD_RETENTION_DAYS",
        lambda days: deleted(login_records_older_than(AccessFailureLog, days)),
    ),
    Retention(
        "sign-in log, django-axes AccessLog (deleted)",
        "LOGIN_RECORD_RETENTION_DAYS",
        lambda days: deleted(login_records_older_than(AccessLog, days)),
    ),
    Retention("expired sessions (deleted)", None, clear_expired_sessions),
    Retention(
        "e-mails never delivered (deleted)",
        "UNDELIVERED_EMAIL_RETENTION_DAYS",
        lambda days: deleted(QueuedEmail.objects.older_than(days)),
    ),
]


NOTICE = [
    StoredData(
        models=("home.Subscription",),
        what=_(
            "If you subscribe: your e-mail address, your language, what you follow "
            "(with the filters you chose) and when you signed up and confirmed."
        ),
        why=_("To send you the e-mails you asked for."),
        kept=_(
            "Until you unsubscribe: one click deletes everything with your address. A sign-up "
            "that is never confirmed is deleted when this period has passed since the last "
            "confirmation e-mail:"
        ),
        legal_bases=(LegalBasis.CONSENT,),
        retention="UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS",
    ),
    StoredData(
        models=("home.QueuedEmail",),
        what=_("E-mails on their way to you: your address, the subject and the text."),
        why=_("To deliver our e-mails even when the mail server is down for a while."),
        kept=_(
            "Deleted as soon as the mail server accepts the e-mail. An e-mail that could not be "
            "delivered is deleted after:"
        ),
        legal_bases=(LegalBasis.AS_THE_MESSAGE,),
        retention="UNDELIVERED_EMAIL_RETENTION_DAYS",
    ),
    StoredData(
        models=("home.PageFeedback",),
        what=_(
            "Your answer to “Did this page help you?” and your comment. We do not store your "
            "name, address or IP address with it."
        ),
        why=_("To improve the information."),
        kept=_("The yes or no answer stays for the statistics. Comments are emptied after:"),
        legal_bases=(LegalBasis.PUBLIC_TASK,),
        retention="FEEDBACK_COMMENT_RETENTION_DAYS",
    ),
    StoredData(
        models=("sessions.Session",),
        what=_("A session: which pages you have answered “Did this page help you?” on."),
        why=_("So that each reader answers once per page."),
        kept=_("Until the session expires, within 12 hours."),
        legal_bases=(LegalBasis.PUBLIC_TASK,),
    ),
    StoredData(
        models=(),
        what=_("Your IP address, when you send one of our forms."),
        why=_("To stop floods of messages: each address may send a limited number per hour."),
        kept=_("An hour at most, and never in the database."),
        legal_bases=(LegalBasis.LEGITIMATE_INTEREST,),
    ),
    StoredData(
        models=("home.Person",),
        what=_(
            "Contact people and quoted speakers: name, role, work phone and work e-mail address."
        ),
        why=_(
            "To show whom to contact about a good practice. People are asked before they are named."
        ),
        kept=_("As long as a page shows them."),
        legal_bases=(LegalBasis.PUBLIC_TASK,),
    ),
    StoredData(
        models=(get_user_model()._meta.label,),
        what=_(
            "Editors' accounts: user name, name, e-mail address and groups, and their work in the "
            "page history."
        ),
        why=_("To review everything before it is published and show who approved what."),
        kept=_("While they work with Samla, and as long as the page history needs the name."),
        legal_bases=(LegalBasis.PUBLIC_TASK,),
    ),
    StoredData(
        models=("axes.AccessAttempt", "axes.AccessLog", "axes.AccessFailureLog"),
        what=_(
            "Sign-ins to the editors' admin: the user name typed, IP address, browser and time."
        ),
        why=_("To stop password guessing and trace misuse of an account."),
        kept=_("Deleted after:"),
        legal_bases=(LegalBasis.LEGITIMATE_INTEREST,),
        retention="LOGIN_RECORD_RETENTION_DAYS",
    ),
]


def sign_in_record(record):
    return {
        "username": record.username,
        "at": record.attempt_time,
        "ip_address": record.ip_address,
        "browser": record.user_agent,
    }


def stored_about(email):
    accounts = list(
        get_user_model()
        .objects.filter(email__iexact=email)
        .prefetch_related("groups")
        .order_by("pk")
    )
    # Sign-in records name the user name typed, which may be the address itself.
    usernames = Q(username__in=[account.get_username() for account in accounts]) | Q(
        username__iexact=email
    )
    return {
        "subscriptions": [
            {
                "topic": subscription.topic,
                "filters": subscription.filters,
                "language": subscription.locale.language_code,
                "subscribed_at": subscription.created_at,
                "confirmed_at": subscription.confirmed_at,
            }
            for subscription in Subscription.objects.for_address(email)
            .select_related("locale")
            .order_by("created_at", "pk")
        ],
        "contact_people": [
            {
                "name": person.name,
                "role": person.role,
                "organisation": person.organisation.name if person.organisation else "",
                "phone": person.phone,
                "email": person.email,
            }
            for person in Person.objects.for_address(email)
            .select_related("organisation")
            .order_by("pk")
        ],
        "undelivered_emails": [
            {
                "subject": queued.subject,
                "body": queued.body,
                "addresses": queued.addresses,
                "queued_at": queued.created_at,
                "attempts": queued.attempts,
                "last_error": queued.last_error,
            }
            for queued in QueuedEmail.objects.for_address(email)
        ],
        "user_accounts": [
            {
                "username": account.get_username(),
                "first_name": account.first_name,
                "last_name": account.last_name,
                "email": account.email,
                "groups": sorted(group.name for group in account.groups.all()),
                "is_active": account.is_active,
                "is_superuser": account.is_superuser,
                "date_joined": account.date_joined,
                "last_login": account.last_login,
            }
            for account in accounts
        ],
        "sign_ins": [
            {**sign_in_record(record), "signed_out_at": record.logout_time}
            for record in AccessLog.objects.filter(usernames).order_by("attempt_time", "pk")
        ],
        "failed_sign_ins": [
            {**sign_in_record(record), "failures": record.failures_since_start}
            for record in AccessAttempt.objects.filter(usernames).order_by("attempt_time", "pk")
        ]
        + [
            {**sign_in_record(record), "locked_out": record.locked_out}
            for record in AccessFailureLog.objects.filter(usernames).order_by("attempt_time", "pk")
        ],
    }
