import datetime
import json
import re

from django.utils import timezone

import pytest

from campaigns.models import MythIndexPage
from tests.utils import count_warm_queries

pytestmark = pytest.mark.django_db


def claim_review_of(response):
    match = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_reader_sees_claim_verdict_fact_sources_and_checked_date(client, make_myth):
    myth = make_myth(
        "bostader",
        claim="Nyanlända går före i bostadskön.",
        verdict="partly_true",
        short_fact="Kommunen ordnar bostad utanför kön.",
        date_checked=datetime.date(2026, 3, 4),
    )
    response = client.get(myth.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nyanlända går före i bostadskön." in html
    assert "Kommunen ordnar bostad utanför kön." in html
    # The verdict is a word next to an icon that screen readers skip.
    assert re.search(r'class="verdict verdict--partly_true[^"]*"><svg[^>]*aria-hidden="true"', html)
    assert '<span class="verdict__label">Delvis sant</span>' in html
    assert "Skollagen</a>, Sveriges riksdag" in html
    assert "4 mars 2026" in html
    assert "kontrollerar dem igen" not in html


def test_page_past_its_recheck_date_still_says_when_it_was_checked(client, make_myth):
    today = timezone.localdate()
    myth = make_myth(
        "gammal",
        date_checked=datetime.date(2025, 1, 15),
        recheck_by=today - datetime.timedelta(days=1),
    )
    html = client.get(myth.url).content.decode()
    assert "15 januari 2025" in html
    assert "kontrollerar dem igen" in html


def test_claim_review_json_ld_has_every_field_in_the_page_language(client, make_myth):
    myth = make_myth("jsonld", claim='Påstående med </script><b>"citat"</b>', verdict="false")
    response = client.get(myth.url)
    assert "</script><b>" not in response.content.decode()
    data = claim_review_of(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "ClaimReview"
    assert data["claimReviewed"] == 'Påstående med </script><b>"citat"</b>'
    assert data["url"] == "http://testserver/sv/myter/jsonld/"
    assert data["inLanguage"] == "sv"
    assert data["datePublished"] == timezone.localdate().isoformat()
    assert data["author"] == {
        "@type": "Organization",
        "name": "Exempelkommun",
        "url": "https://exempelkommun.example/",
    }
    assert data["reviewRating"]["@type"] == "Rating"
    assert data["reviewRating"]["ratingValue"] == 1
    assert data["reviewRating"]["alternateName"] == "Falskt"
    assert data["itemReviewed"]["@type"] == "Claim"
    assert data["itemReviewed"]["name"] == data["claimReviewed"]


def test_share_links_need_no_third_party_script(client, make_myth):
    myth = make_myth("dela", claim="Ett rykte")
    html = client.get(myth.url).content.decode()
    assert "mailto:?subject=Ett%20rykte&amp;body=" in html
    assert "https://wa.me/?text=" in html
    assert (
        "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Fsv%2Fmyter%2Fdela%2F"
        in html
    )
    assert 'data-copy-url="http://testserver/sv/myter/dela/"' in html
    scripts = re.findall(r'<script[^>]*src="([^"]+)"', html)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    assert f'content="http://testserver/sv/myths/{myth.pk}/share.png"' in html


def test_related_myths_link_to_live_pages_only(client, make_myth):
    live = make_myth("levande", claim="Levande rykte")
    draft = make_myth("utkast", claim="Utkast till rykte", live=False)
    myth = make_myth("huvud", related_myths=[("myth", live), ("myth", draft)])
    html = client.get(myth.url).content.decode()
    assert "Levande rykte" in html
    assert "Utkast till rykte" not in html


def test_index_lists_myths_newest_first_and_hides_drafts(client, myth_index, make_myth):
    make_myth("forsta", claim="Första")
    make_myth("andra", claim="Andra")
    make_myth("utkast", claim="Hemligt utkast", live=False)
    html = client.get(myth_index.url).content.decode()
    assert html.index("Andra") < html.index("Första")
    assert "Hemligt utkast" not in html


def test_index_filters_by_topic_and_verdict(client, myth_index, make_myth, topic):
    make_myth("a", claim="Om boende", topic=topic, verdict="false")
    make_myth("b", claim="Om skolan", verdict="false")
    make_myth("c", claim="Sant om boende", topic=topic, verdict="true")
    html = client.get(myth_index.url, {"topic": topic.pk}).content.decode()
    assert "Om boende" in html and "Sant om boende" in html and "Om skolan" not in html
    html = client.get(myth_index.url, {"topic": topic.pk, "verdict": "true"}).content.decode()
    assert "Sant om boende" in html and "Om boende</a>" not in html


def test_index_search_finds_words_in_the_claim(client, myth_index, make_myth):
    make_myth("a", claim="Barnen får inte gå i skolan")
    make_myth("b", claim="Alla får bostad först")
    html = client.get(myth_index.url, {"q": "skolan"}).content.decode()
    assert "Barnen får inte gå i skolan" in html
    assert "Alla får bostad först" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "not-a-number"},
        {"verdict": "nonsense"},
        {"page": "999"},
        {"page": "-1"},
        {"q": "x" * 500},
        {"topic": "99999"},
    ],
)
def test_index_survives_any_address_a_reader_can_type(client, myth_index, make_myth, params):
    make_myth("a", claim="Ett rykte")
    response = client.get(myth_index.url, params)
    assert response.status_code == 200


def test_index_paginates(client, myth_index, make_myth, monkeypatch):
    monkeypatch.setattr(MythIndexPage, "items_per_page", 2)
    for number in range(5):
        make_myth(f"m{number}", claim=f"Rykte nummer {number}")
    html = client.get(myth_index.url, {"page": 3}).content.decode()
    assert "Rykte nummer 0" in html
    assert "Rykte nummer 4" not in html
    assert "Sida 3 av 3" in html


def test_index_and_myth_page_cost_a_fixed_number_of_queries(client, myth_index, make_myth, topic):
    first = make_myth("first", topic=topic)
    index_few, _ = count_warm_queries(client, myth_index.url)
    myth_few, _ = count_warm_queries(client, first.url)
    pages = [make_myth(f"more{n}", topic=topic) for n in range(6)]
    many = make_myth("many", topic=topic, related_myths=[("myth", page) for page in pages])
    index_many, _ = count_warm_queries(client, myth_index.url)
    assert index_many == index_few
    related_few = make_myth("few", topic=topic, related_myths=[("myth", pages[0])])
    few_count, _ = count_warm_queries(client, related_few.url)
    many_count, _ = count_warm_queries(client, many.url)
    assert many_count == few_count
    assert myth_few <= few_count


def test_home_page_shows_the_latest_myths_in_its_language(client, make_myth):
    make_myth("hem", claim="Det senaste ryktet")
    html = client.get("/sv/").content.decode()
    assert "Det senaste ryktet" in html
    assert "Det senaste ryktet" not in client.get("/en/").content.decode()


def test_every_page_footer_links_to_the_report_form(client, source_home):
    html = client.get("/ar/").content.decode()
    assert 'href="/ar/report-a-rumour/"' in html


def test_draft_myth_is_not_served(client, make_myth):
    draft = make_myth("dolt", live=False)
    assert client.get("/sv/myter/dolt/").status_code == 404
    assert client.get(f"/sv/myths/{draft.pk}/share.png").status_code == 404


def test_only_myth_pages_go_under_the_index():
    assert [model.__name__ for model in MythIndexPage.allowed_subpage_models()] == ["MythPage"]
