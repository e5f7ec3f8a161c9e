from django.urls import reverse

import pytest

from stories.models import ExampleSuggestion, StoryPage

GOOD = {
    "organisation": "Exempelkommun",
    "county": "U",
    "contact_name": "Kim Exempel",
    "contact_email": "kim@exempelkommun.example",
    "what_was_done": "Vi startade ett språkcafé <b>varje vecka</b>.",
    "for_whom": "Nyanlända och frivilliga",
    "links": "https://exempelkommun.example/sprakcafe",
}


def test_a_partner_suggests_an_example_that_lands_in_the_inbox(client, db):
    response = client.post("/sv/suggest-example/", GOOD)
    assert response.status_code == 302
    assert "Tack för ditt förslag" in client.get(response["Location"]).content.decode()
    suggestion = ExampleSuggestion.objects.get()
    assert suggestion.locale.language_code == "sv"
    assert suggestion.status == ExampleSuggestion.Status.NEW


@pytest.mark.parametrize(
    "change",
    [
        {"contact_email": "inte-en-adress"},
        {"what_was_done": ""},
        {"what_was_done": "x" * 3001},
        {"county": "ZZ"},
    ],
)
def test_bad_suggestions_get_a_clear_message_in_the_readers_language(client, db, change):
    response = client.post("/ar/suggest-example/", {**GOOD, **change})
    assert response.status_code == 200
    assert "يرجى تصحيح الحقول المحددة أدناه." in response.content.decode()
    assert not ExampleSuggestion.objects.exists()


def test_honeypot_and_rate_limit(client, db):
    client.post("/sv/suggest-example/", {**GOOD, "website": "spam"})
    assert not ExampleSuggestion.objects.exists()
    responses = [client.post("/sv/suggest-example/", GOOD) for _ in range(6)]
    assert responses[-1].status_code == 429
    assert ExampleSuggestion.objects.count() == 4  # the honeypot hit counted too


def test_communicator_turns_a_suggestion_into_a_draft_story(client, communicator, library):
    client.post("/sv/suggest-example/", GOOD)
    suggestion = ExampleSuggestion.objects.get()
    client.force_login(communicator)

    inbox = client.get(reverse("example_suggestions:index")).content.decode()
    assert "Exempelkommun" in inbox
    response = client.post(reverse("stories_suggestion_create_draft", args=[suggestion.pk]))

    story = StoryPage.objects.get()
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[story.pk])
    assert not story.live
    assert story.get_parent().pk == library.pk
    assert (story.title, story.county) == ("Exempelkommun", "U")
    body = str(story.get_latest_revision_as_object().body)
    assert "&lt;b&gt;varje vecka&lt;/b&gt;" in body, "submitted text is escaped, not HTML"
    suggestion.refresh_from_db()
    assert suggestion.status == ExampleSuggestion.Status.DRAFTED
    assert suggestion.story_id == story.pk


def test_readers_and_translators_cannot_create_drafts(client, translator_ar, library):
    client.post("/sv/suggest-example/", GOOD)
    suggestion = ExampleSuggestion.objects.get()
    client.force_login(translator_ar)
    response = client.post(reverse("stories_suggestion_create_draft", args=[suggestion.pk]))
    assert response.status_code in (302, 403)
    assert not StoryPage.objects.exists()
