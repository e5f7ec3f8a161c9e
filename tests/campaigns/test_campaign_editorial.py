"""Campaigns go through the "Review" workflow: a communicator's campaign
goes live only when a publisher approves it."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

import pytest

from campaigns.models import CampaignPage
from home.editorial.models import role_workflow
from home.models import Person, ReviewWorkflow
from stories.models import TargetGroup
from tests.campaigns.campaign_helpers import days, make_campaign, make_document, make_index
from tests.utils import checked_values, publish, unsynced_translation_editor

pytestmark = pytest.mark.django_db


def campaign_form(document, alt_text="Porträtt", action="action-submit"):
    return nested_form_data(
        {
            "title": "Information på boendena",
            "slug": "information-pa-boendena",
            "purpose": "Berätta om kommunerna i regionen.",
            "status": "active",
            "start_date": days(-10).isoformat(),
            "end_date": days(100).isoformat(),
            "body": streamfield([]),
            "results": rich_text(""),
            "project_lead": "",
            "activities": inline_formset(
                [
                    {
                        "title": "Besök i Kiruna",
                        "start_date": days(14).isoformat(),
                        "end_date": "",
                        "place": "Kiruna",
                        "description": "Med tolk.",
                    }
                ]
            ),
            "materials": inline_formset([{"document": document.pk, "language": "ti"}]),
            "ambassadors": inline_formset([]),
            "steering_group": inline_formset(
                [{"role": "Kommunchef", "organisation": "", "person": ""}]
            ),
            "related_pages": inline_formset([]),
            "comments": inline_formset([]),
            action: "1",
        }
    )


def current_task_state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    ).current_task_state


def test_communicators_campaign_goes_live_only_after_a_publisher_approves(
    client, source_home, communicator, publisher
):
    index = make_index(source_home)
    document = make_document("Folder ti", "ትግርኛ")
    client.force_login(communicator)
    add_url = reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", index.pk])
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, campaign_form(document))
    assert response.status_code == 302, response.content.decode()[:3000]
    campaign = CampaignPage.objects.get(slug="information-pa-boendena")
    assert not campaign.live
    state = WorkflowState.objects.get(object_id=str(campaign.pk))
    assert state.workflow == role_workflow(ReviewWorkflow.REVIEW)
    assert client.get(campaign.url).status_code == 404
    # The communicator cannot approve their own page.
    task_state = current_task_state(campaign)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[campaign.pk, "approve", task_state.pk]
    )
    client.post(url, {"comment": ""})
    campaign.refresh_from_db()
    assert not campaign.live

    client.force_login(publisher)
    response = client.post(url, {"comment": ""})
    assert response.status_code in (200, 302)
    campaign.refresh_from_db()
    assert campaign.live
    client.logout()
    html = client.get(campaign.url).content.decode()
    assert "Besök i Kiruna" in html and "Kommunchef" in html and "Folder ti" in html


def test_campaign_cannot_end_before_it_starts(client, source_home, communicator):
    index = make_index(source_home)
    document = make_document("Folder")
    data = campaign_form(document, action="action-save")
    data["end_date"] = days(-20).isoformat()
    data["activities-0-end_date"] = days(13).isoformat()
    client.force_login(communicator)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", index.pk]), data
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kampanjen kan inte sluta innan den börjar." in html
    assert "Den sista dagen kan inte vara före den första." in html
    assert not CampaignPage.objects.exists()


def test_ambassador_photo_without_alternative_text_is_refused(client, source_home, communicator):
    index = make_index(source_home)
    image = Image.objects.create(title="Porträtt", file=get_test_image_file())
    person = Person.objects.create(name="Amal", role="Ambassadör")
    data = campaign_form(make_document("Folder"), action="action-save")
    ambassador = {"person": person.pk, "quote": "Här trivs vi.", "photo": image.pk}
    data.update(
        nested_form_data({"ambassadors": inline_formset([{**ambassador, "photo_alt": " "}])})
    )
    client.force_login(communicator)
    add_url = reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", index.pk])
    response = client.post(add_url, data)
    assert response.status_code == 200
    assert "Alternativtext krävs när det finns ett foto." in response.content.decode()
    assert not CampaignPage.objects.exists()

    data.update(
        nested_form_data({"ambassadors": inline_formset([{**ambassador, "photo_alt": "Amal"}])})
    )
    assert client.post(add_url, data).status_code == 302
    assert CampaignPage.objects.get().ambassadors.get().photo_alt == "Amal"


def test_a_campaign_that_ends_before_it_starts_is_refused_everywhere(
    client, source_home, communicator
):
    """The rule is the model's, so the editor (a draft save too), the demo
    loader and any script are refused alike."""
    index = make_index(source_home)
    client.force_login(communicator)
    data = campaign_form(make_document("Folder", "Text"), action="action-save")
    data["end_date"] = days(-11).isoformat()

    response = client.post(
        reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", index.pk]), data
    )

    assert response.status_code == 200
    assert response.context["form"].errors["end_date"] == [
        "Kampanjen kan inte sluta innan den börjar."
    ]
    assert not CampaignPage.objects.exists()
    campaign = CampaignPage(
        title="Baklänges", slug="baklanges", purpose="Test.", start_date=days(0), end_date=days(-1)
    )
    with pytest.raises(ValidationError) as refused:
        index.add_child(instance=campaign)
    assert refused.value.message_dict == {
        "end_date": ["Kampanjen kan inte sluta innan den börjar."]
    }


def test_editing_a_translated_campaign_keeps_the_target_groups_it_shares_with_its_source(
    client, publisher, source_home, translate_all
):
    group = TargetGroup.objects.create(name="Asylsökande", locale=source_home.locale)
    index = make_index(source_home)
    campaign = make_campaign(index)
    campaign.target_groups = [group]
    publish(campaign)
    translate_all([index, campaign], {"ar": {}})
    arabic = CampaignPage.objects.get(locale__language_code="ar")

    content = unsynced_translation_editor(client, publisher, arabic)

    assert checked_values(content, "target_groups") == [group.pk]
