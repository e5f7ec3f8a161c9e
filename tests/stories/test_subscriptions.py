"""E-mail subscriptions to a filtered view of the story library: the link
from the view, the subscribe page naming the filters, and one e-mail per new
story in the view (the browser journey: tests/browser/test_stories.py)."""

import html
import re

from django.core import mail

from wagtail.models import Locale

import pytest

from home.choices import County
from home.models import HomePage, Subscription
from home.privacy.registry import personal_data_about
from stories.models import TargetGroup
from tests.factories import stories as factories

pytestmark = pytest.mark.django_db

VIEW = "county=U&target_group=asylsokande"


@pytest.fixture(scope="module")
def library(module_db):
    """The Swedish library with two target groups, built once for the module."""
    with module_db.unblock():
        sv = Locale.objects.get(language_code="sv")
        home = HomePage.objects.get(locale=sv)
        groups = {
            slug: TargetGroup.objects.create(name=name, slug=slug, locale=sv)
            for slug, name in [
                ("asylsokande", "Asylsökande"),
                ("lokalbefolkning", "Lokalbefolkning"),
            ]
        }
        return factories.story_library(home), groups


def subscribe_link(client, query):
    content = client.get(f"/sv/goda-exempel/?{query}").content.decode()
    link = re.search(r'<a href="([^"]*/subscribe/[^"]*)">', content).group(1)
    return html.unescape(link)


def sign_up(client, link, email="reader@example.org"):
    return client.post(link, {"email": email, "topics": ["stories"]})


def confirm(client, message):
    link = next(line for line in message.body.splitlines() if "/subscribe/confirm/" in line)
    assert client.get(link.strip().replace("http://testserver", "")).status_code == 200


def publish_story(library, title, django_capture_on_commit_callbacks, **fields):
    index, groups = library
    with django_capture_on_commit_callbacks(execute=True):
        return factories.story(
            index,
            title,
            slug=title.lower().replace(" ", "-"),
            target_groups=[groups[slug] for slug in fields.pop("groups")],
            **fields,
        )


def test_the_view_offers_its_filters_in_plain_words_and_keeps_them_normalised(client, library):
    # The reader's search words and page number are not part of the view.
    link = subscribe_link(client, "target_group=asylsokande&q=boende&county=U&page=1")
    assert link == "/sv/subscribe/?topic=stories&county=U&target_group=asylsokande"

    content = client.get(link).content.decode()
    assert "<li>Målgrupp: Asylsökande</li>" in content
    assert "<li>Län: Västmanlands län</li>" in content
    assert 'name="topics" value="stories"' in content
    assert 'type="checkbox"' not in content

    assert sign_up(client, link).status_code == 302
    subscription = Subscription.objects.get()
    assert (subscription.topic, subscription.filters) == ("stories", VIEW)
    assert "(Län: Västmanlands län, Målgrupp: Asylsökande)" in mail.outbox[0].body
    assert personal_data_about("READER@example.org")["subscriptions"][0]["filters"] == VIEW


def test_a_choice_the_library_does_not_know_is_left_out_and_named(client, library):
    content = client.get("/sv/subscribe/?topic=stories&county=U&target_group=gone").content
    content = content.decode()
    assert "<li>Län: Västmanlands län</li>" in content
    assert "Några av valen i länken finns inte och har tagits bort: Målgrupp" in content

    sign_up(client, "/sv/subscribe/?topic=stories&county=U&target_group=gone")
    assert Subscription.objects.get().filters == "county=U"

    # Nothing left to filter by: the ordinary form, all topics offered.
    content = client.get("/sv/subscribe/?topic=stories&target_group=gone").content.decode()
    assert content.count('type="checkbox"') == 3


def test_a_new_story_is_e_mailed_only_to_the_views_it_belongs_to(
    client, library, django_capture_on_commit_callbacks
):
    sign_up(client, "/sv/subscribe/?topic=stories&" + VIEW, "filtered@example.org")
    sign_up(client, "/sv/subscribe/?topic=stories", "everything@example.org")
    for message in list(mail.outbox):
        confirm(client, message)
    mail.outbox.clear()

    publish_story(
        library,
        "Boende i Västerås",
        django_capture_on_commit_callbacks,
        groups=["lokalbefolkning"],
        county=County.VASTMANLAND,
    )
    assert [message.to for message in mail.outbox] == [["everything@example.org"]]

    mail.outbox.clear()
    publish_story(
        library,
        "Praktik i Sala",
        django_capture_on_commit_callbacks,
        groups=["asylsokande", "lokalbefolkning"],
        county=County.VASTMANLAND,
    )
    assert sorted(message.to[0] for message in mail.outbox) == [
        "everything@example.org",
        "filtered@example.org",
    ]
    filtered = next(m for m in mail.outbox if m.to == ["filtered@example.org"])
    assert "(Län: Västmanlands län, Målgrupp: Asylsökande):" in filtered.body
    assert "/sv/goda-exempel/praktik-i-sala/" in filtered.body


def test_a_view_is_one_subscription_however_often_the_reader_signs_up(client, library):
    sign_up(client, "/sv/subscribe/?topic=stories&target_group=asylsokande&county=U")
    sign_up(client, "/sv/subscribe/?topic=stories&county=U&target_group=asylsokande")
    sign_up(client, "/sv/subscribe/?topic=stories")
    assert sorted(Subscription.objects.values_list("filters", flat=True)) == ["", VIEW]


def test_unsubscribing_deletes_the_topic_filters_too(client, library):
    sign_up(client, "/sv/subscribe/?topic=stories&" + VIEW)
    sign_up(client, "/sv/subscribe/?topic=stories")
    token = Subscription.objects.first().token
    client.post(f"/sv/subscribe/stop/{token}/")
    assert not Subscription.objects.exists()
