"""A flood from one client keeps every public form's table bounded, even when
the client forges X-Forwarded-For or the shared cache is down."""

from django.test import Client

import pytest

from campaigns.models import RumourReport
from campaigns.rumours.views import RUMOUR_REPORTS_PER_HOUR
from home.feedback.views import FEEDBACK_LIMIT_PER_HOUR
from home.models import ContentPage, PageFeedback, Subscription
from home.subscriptions.views import SUBSCRIBE_LIMIT_PER_HOUR
from stories.models import ExampleSuggestion
from stories.suggestions.views import SUGGESTIONS_PER_HOUR
from tests.utils import publish

pytestmark = pytest.mark.django_db

RUMOUR = {"text": "Jag hörde att skolan stänger.", "heard_where": "people", "language": "sv"}
SUGGESTION = {
    "organisation": "Exempelkommun",
    "contact_name": "Kim Exempel",
    "contact_email": "kim@exempelkommun.example",
    "what_was_done": "Ett språkcafé varje vecka.",
    "for_whom": "Nyanlända",
}


@pytest.fixture
def feedback_page(source_home):
    page = ContentPage(title="Om Samla", slug="om-samla")
    source_home.add_child(instance=page)
    return publish(page)


def flood(url, data, count, headers):
    """`count` posts, each from a new browser (no session), as a bot sends them."""
    return [Client().post(url, data(number), **headers(number)) for number in range(count)]


def forged_forwarded_for(number):
    return {"REMOTE_ADDR": "203.0.113.7", "HTTP_X_FORWARDED_FOR": f"198.51.100.{number}"}


@pytest.mark.parametrize(
    ("url", "data", "table", "limit"),
    [
        (
            "/sv/report-a-rumour/",
            lambda n: {**RUMOUR, "text": f"Rykte {n}"},
            RumourReport,
            RUMOUR_REPORTS_PER_HOUR,
        ),
        ("/sv/suggest-example/", lambda n: SUGGESTION, ExampleSuggestion, SUGGESTIONS_PER_HOUR),
        (
            "/sv/subscribe/",
            lambda n: {"email": f"flood{n}@example.org", "topics": ["myths"]},
            Subscription,
            SUBSCRIBE_LIMIT_PER_HOUR,
        ),
    ],
    ids=["rumour-report", "suggestion", "subscription"],
)
def test_forged_forwarded_for_headers_do_not_dodge_the_limit(url, data, table, limit):
    responses = flood(url, data, limit + 20, headers=forged_forwarded_for)

    assert [response.status_code for response in responses[limit:]] == [429] * 20
    assert table.objects.count() == limit


def test_forged_forwarded_for_headers_do_not_dodge_the_feedback_limit(feedback_page):
    responses = flood(
        "/sv/feedback/",
        lambda n: {"page": feedback_page.pk, "helpful": "yes"},
        FEEDBACK_LIMIT_PER_HOUR + 5,
        headers=forged_forwarded_for,
    )

    assert responses[-1].status_code == 429
    assert PageFeedback.objects.count() == FEEDBACK_LIMIT_PER_HOUR


def test_behind_a_proxy_each_reader_is_counted_by_the_address_the_proxy_saw(settings):
    settings.PROXY_COUNT = 1
    proxy = "10.0.0.1"

    def post_as(reader, forged="192.0.2.1"):
        return Client().post(
            "/sv/report-a-rumour/",
            RUMOUR,
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=f"{forged}, {reader}",
        )

    for number in range(RUMOUR_REPORTS_PER_HOUR):
        assert post_as("198.51.100.1", forged=f"192.0.2.{number}").status_code == 302
    assert post_as("198.51.100.1", forged="192.0.2.99").status_code == 429
    # Another reader behind the same proxy still gets through.
    assert post_as("198.51.100.2").status_code == 302


def test_limits_hold_and_pages_answer_while_the_shared_cache_is_down(settings, feedback_page):
    # A real Redis client against a port where nothing listens: every call fails.
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        },
    }

    assert Client().get("/sv/om-samla/").status_code == 200
    responses = flood(
        "/sv/report-a-rumour/",
        lambda n: {**RUMOUR, "text": f"Rykte {n}"},
        RUMOUR_REPORTS_PER_HOUR + 3,
        headers=lambda n: {"REMOTE_ADDR": "203.0.113.7"},
    )

    assert [response.status_code for response in responses].count(302) == RUMOUR_REPORTS_PER_HOUR
    assert responses[-1].status_code == 429
    assert RumourReport.objects.count() == RUMOUR_REPORTS_PER_HOUR
