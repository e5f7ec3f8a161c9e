"""Editorial work on stories: the Review workflow and the admin listing."""

from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from home.editorial.models import role_workflow
from home.models import ReviewWorkflow
from stories.models import StoryPage
from tests.utils import checked_values, unsynced_translation_editor


def story_form(title, slug, facets, **extra):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Kommunen öppnade en mötesplats för nyanlända.",
            "body": streamfield([]),
            "example_type": facets["text"].pk,
            "county": "U",
            "year": 2024,
            "comments": inline_formset([]),
            **extra,
        }
    )
    data["target_groups"] = [facets["asylum_seekers"].pk]
    return data


def test_communicators_story_goes_live_only_after_a_publisher_approves(
    client, communicator, publisher, library, facets
):
    client.force_login(communicator)
    add_url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", library.pk])
    response = client.post(
        add_url,
        story_form("Mötesplats i Sala", "motesplats", facets, **{"action-submit": "Submit"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    story = StoryPage.objects.get(slug="motesplats")
    assert not story.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(story.pk))
    assert state.workflow == role_workflow(ReviewWorkflow.REVIEW) and state.status == "in_progress"
    assert client.get("/sv/goda-exempel/motesplats/").status_code == 404
    # A communicator cannot publish directly, nor approve the task.
    client.post(
        reverse("wagtailadmin_pages:edit", args=[story.pk]),
        story_form("Mötesplats i Sala", "motesplats", facets, **{"action-publish": "Publish"}),
    )
    story.refresh_from_db()
    assert not story.live

    client.force_login(publisher)
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[story.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(approve_url, {"comment": "Bra"})
    assert response.status_code in (200, 302)

    story.refresh_from_db()
    assert story.live
    assert (
        "Mötesplats i Sala"
        in client.get("/sv/goda-exempel/?target_group=asylsokande").content.decode()
    )


def test_story_form_offers_only_the_pages_own_language_facets(
    client, publisher, library, facets, translate_all
):
    translate_all([facets["asylum_seekers"]], {"ar": {"Asylsökande": "طالبو اللجوء"}})
    client.force_login(publisher)

    content = client.get(
        reverse("wagtailadmin_pages:add", args=["stories", "storypage", library.pk])
    ).content.decode()

    assert "Asylsökande" in content
    assert "طالبو اللجوء" not in content


@pytest.fixture
def listed(add_story, facets, sala_story):
    draft = add_story(
        "Utkast om Kramfors", slug="kramfors", target_groups=[facets["residents"]], county="Y"
    )
    draft.unpublish()
    return sala_story, draft


def test_admin_lists_stories_filtered_by_facet_and_status(client, publisher, listed, facets):
    client.force_login(publisher)
    url = reverse("stories:index")

    everything = client.get(url).content.decode()
    by_group = client.get(
        url, {"target_groups": facets["asylum_seekers"].translation_key}
    ).content.decode()
    drafts = client.get(url, {"status": "draft"}).content.decode()
    in_county = client.get(url, {"county": "Y"}).content.decode()

    assert (
        "Sala gav asylsökande praktikplatser" in everything and "Utkast om Kramfors" in everything
    )
    assert (
        "Sala gav asylsökande praktikplatser" in by_group and "Utkast om Kramfors" not in by_group
    )
    assert "Utkast om Kramfors" in drafts and "Sala gav asylsökande praktikplatser" not in drafts
    assert "Utkast om Kramfors" in in_county and "Sala gav" not in in_county


def test_admin_listing_filters_stories_in_moderation(
    client, communicator, publisher, listed, facets
):
    sala, draft = listed
    draft.save_revision(user=communicator)
    role_workflow(ReviewWorkflow.REVIEW).start(draft, communicator)
    client.force_login(publisher)

    content = client.get(reverse("stories:index"), {"status": "in_moderation"}).content.decode()

    assert "Utkast om Kramfors" in content and "Sala gav" not in content


def test_communicator_edits_stories_and_maintains_facets_in_the_admin(
    client, communicator, sala_story
):
    client.force_login(communicator)

    assert client.get(reverse("wagtailadmin_pages:edit", args=[sala_story.pk])).status_code == 200
    facets = client.get(reverse("wagtailsnippets_stories_targetgroup:list"))
    assert facets.status_code == 200 and "Asylsökande" in facets.content.decode()
    assert client.get(reverse("wagtailsnippets_stories_targetgroup:add")).status_code == 200


def test_editing_a_translation_keeps_the_facets_it_shares_with_its_source(
    client, publisher, sala_story, library, translate_all
):
    translate_all([library, sala_story], {"ar": {}})
    arabic = StoryPage.objects.get(locale__language_code="ar")

    content = unsynced_translation_editor(client, publisher, arabic)

    assert checked_values(content, "target_groups") == [sala_story.target_groups.get().pk]
