"""Index and campaign pages cost the same number of SQL queries with few or
many activities, documents, partners, people and campaigns."""

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from campaigns.models import (
    CampaignActivity,
    CampaignAmbassador,
    CampaignMaterial,
    CampaignPage,
)
from home.models import Person
from stories.models import TargetGroup
from tests.campaigns.campaign_helpers import (
    add_people,
    days,
    make_campaign,
    make_document,
    make_index,
)
from tests.utils import count_queries, publish

LANGUAGES = ["sv", "en", "ar", "ti"]


def grow(campaign, locale, start, stop):
    add_people(campaign, locale, start, stop)
    for number in range(start, stop):
        CampaignActivity.objects.create(
            page=campaign,
            title=f"Aktivitet {number}",
            start_date=days(number - 10),
            place=f"Ort {number}",
            locale=locale,
        )
        CampaignMaterial.objects.create(
            page=campaign,
            document=make_document(f"Folder {number}"),
            language=LANGUAGES[number % len(LANGUAGES)],
        )
        CampaignAmbassador.objects.create(
            page=campaign,
            person=Person.objects.create(name=f"Ambassadör {number}"),
            quote=f"Citat {number}",
            photo=Image.objects.create(title=f"Foto {number}", file=get_test_image_file()),
            photo_alt=f"Foto av ambassadör {number}",
            locale=locale,
        )
        group = TargetGroup.objects.create(name=f"Målgrupp {number}", locale=locale)
        CampaignPage.target_groups.through.objects.create(campaignpage=campaign, targetgroup=group)
    publish(CampaignPage.objects.get(pk=campaign.pk))


@pytest.mark.django_db
def test_query_counts_do_not_grow_with_campaign_content(client, source_home, homes):
    locale = source_home.locale
    index = make_index(source_home)
    campaign = make_campaign(index, slug="stor")
    others = [make_campaign(index, slug=f"k{number}") for number in range(2)]
    grow(campaign, locale, 0, 3)
    translated_index = index.copy_for_translation(homes["ar"].locale)
    publish(translated_index)
    translation = campaign.copy_for_translation(homes["ar"].locale)
    publish(translation)
    group_slug = TargetGroup.objects.get(name="Målgrupp 0").slug
    urls = [
        index.url,
        f"{index.url}?status=active&target_group={group_slug}",
        campaign.url,
        campaign.url + "calendar/",
        translated_index.url,
        translation.url,
    ]
    for url in urls:  # warm per-process caches (site root paths, settings)
        count_queries(client, url)
    few = {url: count_queries(client, url)[0] for url in urls}

    grow(campaign, locale, 3, 40)
    for number, other in enumerate(others):
        grow(other, locale, 100 + 10 * number, 105 + 10 * number)
    for number in range(10):
        make_campaign(index, slug=f"fler-{number}")
    # Publishing renews the cached page chrome, and new photos get their
    # renditions on first view: both are one-off costs, so warm up again.
    for url in urls:
        count_queries(client, url)
    many = {url: count_queries(client, url)[0] for url in urls}

    assert campaign.activities.count() == 40
    html = count_queries(client, campaign.url)[1].content.decode()
    assert html.count('class="activity"') == 40
    assert html.count('class="material"') == 40
    assert many == few
