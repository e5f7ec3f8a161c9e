"""Campaign pages and the campaign index as readers see them."""

import re

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.html import escape

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from campaigns.models import CampaignAmbassador, CampaignRelatedPage
from home.models import ContentPage, Person
from stories.models import StoryIndexPage, StoryPage, TargetGroup
from tests.campaigns.campaign_helpers import days, make_campaign, make_index
from tests.utils import add_page, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(source_home):
    return make_index(source_home)


def t(message, language="sv"):
    """`message` as a reader of `language` sees it."""
    with translation.override(language):
        return escape(translation.gettext(message))


def order_of(html, *texts):
    positions = [html.index(text) for text in texts]
    assert positions == sorted(positions), list(zip(texts, positions, strict=True))


def test_campaign_lists_upcoming_activities_first_then_past_ones(client, index):
    campaign = make_campaign(
        index,
        activities=[
            ("Gammalt möte", -60, None, "Umeå"),
            ("Senare besök", 30, None, "Kiruna"),
            ("Pågående resa", -1, 2, "Vännäs"),
            ("Nyligen", -3, None, "Boden"),
            ("Snart", 5, None, "Skellefteå"),
        ],
    )
    html = client.get(campaign.url).content.decode()
    upcoming, past = html.split(t("Past activities"))
    order_of(upcoming, "Pågående resa", "Snart", "Senare besök")
    order_of(past, "Nyligen", "Gammalt möte")
    assert "Gammalt möte" not in upcoming
    assert f'datetime="{days(5):%Y-%m-%d}"' in upcoming
    assert 'href="/sv/kampanjer/kampanj/calendar/"' in html


def test_finished_campaign_reads_as_a_record(client, index):
    campaign = make_campaign(
        index,
        slug="klar",
        status="finished",
        start_date=days(-900),
        end_date=days(-400),
        results="<p>Fler flyttade till mindre orter.</p>",
        activities=[("Bussresa", -500, None, "Bjurholm")],
    )
    html = client.get(campaign.url).content.decode()
    assert t("This campaign is finished.") in html
    assert t("This page is a record of what was done.") in html
    assert t("What was done") in html
    assert "Fler flyttade till mindre orter." in html
    assert "calendar/" not in html
    index_html = client.get(index.url).content.decode()
    card = index_html[index_html.index("campaign-card--finished") :]
    assert t("This campaign is finished.") in card[: card.index("</li>")]


def test_reader_sees_material_in_their_own_language_first_with_language_type_and_size(
    client, index, homes
):
    campaign = make_campaign(
        index,
        materials=[("Folder på svenska", "sv"), ("Leaflet ar", "ar"), ("Leaflet ti", "ti")],
    )
    sv_html = client.get(campaign.url).content.decode()
    order_of(sv_html, "Folder på svenska", "Leaflet ar", "Leaflet ti")
    # "Innehåll" is nine bytes in UTF-8.
    assert re.search(r"\(Svenska, TXT, 9\sbyte\)", sv_html)
    assert re.search(r'lang="ti" dir="ltr"><a href="/documents/\d+/[^"]+" hreflang="ti">', sv_html)
    assert re.search(r'lang="ar" dir="rtl">', sv_html)

    index.copy_for_translation(homes["ti"].locale, copy_parents=True).save_revision().publish()
    translation = campaign.copy_for_translation(homes["ti"].locale)
    publish(translation)
    ti_html = client.get(translation.url).content.decode()
    order_of(ti_html, "Leaflet ti", "Folder på svenska", "Leaflet ar")
    assert "(ትግርኛ, TXT," in ti_html


def test_index_puts_active_campaigns_first_and_filters_by_status_and_target_group(
    client, index, source_home
):
    refugees = TargetGroup.objects.create(name="Nyanlända", locale=source_home.locale)
    seekers = TargetGroup.objects.create(name="Asylsökande", locale=source_home.locale)
    finished = make_campaign(index, slug="avslutad", status="finished", start_date=days(-800))
    make_campaign(index, slug="planerad", status="planned", start_date=days(40))
    active = make_campaign(index, slug="aktiv", status="active", start_date=days(-900))
    finished.target_groups = [seekers]
    publish(finished)
    active.target_groups = [refugees, seekers]
    publish(active)
    make_campaign(index, slug="utkast", live=False, title="Hemligt utkast")

    html = client.get(index.url).content.decode()
    order_of(html, "Kampanj aktiv", "Kampanj planerad", "Kampanj avslutad")
    assert "Hemligt utkast" not in html
    assert 'role="status">3 ' in html

    html = client.get(index.url, {"status": "finished"}).content.decode()
    assert "Kampanj avslutad" in html and "Kampanj aktiv" not in html
    html = client.get(index.url, {"target_group": seekers.slug}).content.decode()
    assert "Kampanj avslutad" in html and "Kampanj aktiv" in html
    assert "Kampanj planerad" not in html
    html = client.get(index.url, {"target_group": refugees.slug, "status": "active"}).content
    assert b"Kampanj aktiv" in html and b"Kampanj avslutad" not in html
    # Only groups in use are offered.
    assert f'<option value="{refugees.slug}"' in client.get(index.url).content.decode()


def test_index_leaves_out_choices_that_do_not_exist_with_a_message(client, index):
    make_campaign(index, slug="aktiv")
    for params in (
        {"status": "nonsense", "target_group": "<script>"},
        {"page": "999"},
        {"page": "-1"},
    ):
        response = client.get(index.url, params)
        assert response.status_code == 200
        assert "Kampanj aktiv" in response.content.decode()
    html = client.get(index.url, {"status": "nonsense"}).content.decode()
    assert t("Some of the choices in the link are not available and were left out:") in html
    assert "<script>" not in client.get(index.url, {"target_group": "<script>"}).content.decode()


def test_index_paginates(client, index):
    for number in range(14):
        make_campaign(index, slug=f"k{number}")
    first = client.get(index.url).content.decode()
    second = client.get(index.url, {"page": 2}).content.decode()
    assert first.count("campaign-card ") == 12
    assert second.count("campaign-card ") == 2
    assert 'role="status">14 ' in first


def test_campaign_lists_related_pages_and_stories_that_name_it(client, index, source_home):
    library = StoryIndexPage(title="Goda exempel", slug="goda-exempel")
    source_home.add_child(instance=library)
    publish(library)
    chosen = StoryPage(title="Vald berättelse", slug="vald", summary="S.", year=2020)
    pointing = StoryPage(title="Berättelse i kampanjen", slug="pekar", summary="S.", year=2021)
    unrelated = StoryPage(title="Orelaterad", slug="annan", summary="S.", year=2021)
    for story in (chosen, pointing, unrelated):
        library.add_child(instance=story)
        publish(story)
    campaign = make_campaign(index)
    campaign.related_pages = [CampaignRelatedPage(linked_page=chosen)]
    publish(campaign)
    pointing.campaign = campaign
    publish(pointing)

    html = client.get(campaign.url).content.decode()
    related = html[html.index("related-heading") :]
    order_of(related, "Vald berättelse", "Berättelse i kampanjen")
    assert "Orelaterad" not in related
    story_html = client.get(pointing.url).content.decode()
    assert f'<a href="{campaign.url}">{escape(campaign.title)}</a>' in story_html


def test_a_preview_lists_the_related_pages_an_editor_has_not_saved(index, source_home):
    """A preview's related links are the editor's unsaved rows, not a query."""
    linked = add_page(source_home, ContentPage(title="Länkad sida", slug="lankad"))
    campaign = make_campaign(index)
    campaign.related_pages = [CampaignRelatedPage(linked_page=linked)]
    assert campaign.related_reading() == [linked]
    campaign.related_pages = []
    assert campaign.related_reading() == []


def test_a_preview_names_the_people_an_editor_has_not_saved(index):
    """A preview's contacts and ambassadors are the editor's unsaved choices."""
    lead, contact, ambassador = (
        Person.objects.create(name=name, role="Roll") for name in ("Lina", "Omar", "Amal")
    )
    campaign = make_campaign(index)
    campaign.project_lead = lead
    campaign.contacts = [contact]
    campaign.ambassadors = [CampaignAmbassador(person=ambassador, quote="Här trivs vi.")]

    assert campaign.localized_project_lead() == lead
    assert campaign.contact_people() == [contact]
    assert [person for _ambassador, person in campaign.ambassador_list()] == [ambassador]


def test_ambassador_photo_needs_alternative_text(index):
    image = Image.objects.create(title="Porträtt", file=get_test_image_file())
    person = Person.objects.create(name="Amal", role="Ambassadör")
    ambassador = CampaignAmbassador(person=person, quote="Här trivs vi.", photo=image)
    with pytest.raises(ValidationError) as error:
        ambassador.clean()
    assert "photo_alt" in error.value.message_dict


def test_ambassadors_show_quote_photo_and_alt_text(client, index):
    image = Image.objects.create(title="Porträtt", file=get_test_image_file())
    person = Person.objects.create(name="Amal Yusuf", role="Ambassadör")
    campaign = make_campaign(index)
    campaign.ambassadors = [
        CampaignAmbassador(
            person=person, quote="Här trivs vi.", photo=image, photo_alt="Amal ler i solen"
        )
    ]
    publish(campaign)
    html = client.get(campaign.url).content.decode()
    assert "Här trivs vi." in html and "Amal Yusuf" in html
    assert re.search(r'<img alt="Amal ler i solen"[^>]*class="ambassador__photo"', html)


def test_draft_campaign_is_not_public(client, index):
    draft = make_campaign(index, slug="utkast", live=False)
    assert client.get("/sv/kampanjer/utkast/").status_code == 404
    assert draft.title not in client.get(index.url).content.decode()
