"""Other sites reuse fact checks and forecast key figures through the
read-only API (/api/v2/): what readers see, nothing of the admin's, at a
cost that does not grow with the number of pages listed."""

import datetime

from wagtail.models import PageViewRestriction

import pytest

from campaigns.models import MythPage, MythTopic, RumourReport
from campaigns.myths import urgent
from tests.factories.campaigns import forecast_series
from tests.utils import count_warm_queries

pytestmark = pytest.mark.django_db

MYTHS = "/api/v2/pages/?type=campaigns.MythPage"
FORECASTS = "/api/v2/pages/?type=campaigns.ForecastPage"


@pytest.fixture
def myths(make_myth, topic):
    housing = make_myth(
        "bostad",
        claim="Nyanlända går före i bostadskön.",
        verdict="partly_true",
        short_fact="Kommunen ordnar bostad utanför kön.",
        topic=topic,
        date_checked=datetime.date(2026, 3, 4),
        recheck_by=datetime.date(2026, 9, 4),
    )
    school = make_myth("skola", claim="Asylsökande barn får inte gå i skolan.", verdict="false")
    make_myth("utkast", claim="Ett utkast som ingen ska se.", live=False)
    private = make_myth("privat", claim="En sida bakom lösenord.")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    edited = MythPage.objects.get(pk=school.pk)
    edited.claim = "En ändring som väntar på faktagranskning."
    edited.save_revision()
    RumourReport.objects.create(
        text="Grannen sa att de nya får lägenheter först.",
        email="anmalare@example.org",
        consent=True,
        notes="Intern anteckning om rapporten.",
        answered_by=housing,
    )
    return housing, school


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_claim_and_verdict_of_live_public_myths_only(client, myths):
    listed = items(client.get(f"{MYTHS}&fields=claim,verdict&order=title"))

    assert [(item["claim"], item["verdict"]) for item in listed] == [
        ("Nyanlända går före i bostadskön.", {"value": "partly_true", "label": "Delvis sant"}),
        ("Asylsökande barn får inte gå i skolan.", {"value": "false", "label": "Falskt"}),
    ]


def test_every_myth_field_with_its_value(client, myths, topic):
    housing = myths[0]

    item = items(client.get(f"{MYTHS}&fields=*&slug=bostad"))[0]

    assert item["id"] == housing.pk
    assert item["meta"]["html_url"] == "http://testserver/sv/myter/bostad/"
    assert item["claim"] == "Nyanlända går före i bostadskön."
    assert item["verdict"] == {"value": "partly_true", "label": "Delvis sant"}
    assert item["short_fact"] == "Kommunen ordnar bostad utanför kön."
    assert item["date_checked"] == "2026-03-04"
    assert item["recheck_by"] == "2026-09-04"
    assert item["topic"] == {"id": topic.pk, "name": "Boende"}
    assert item["is_example_content"] is False
    assert item["urgent_publication"] is None
    [source] = item["sources"]
    assert source["type"] == "source"
    assert source["value"] == {
        "title": "Skollagen",
        "publisher": "Sveriges riksdag",
        "url": "https://www.riksdagen.se/",
        "date": "2024-05-01",
    }
    school = items(client.get(f"{MYTHS}&fields=topic&slug=skola"))[0]
    assert school["topic"] is None


def test_nothing_of_the_rumour_reports_or_the_admin_is_exposed(client, myths):
    housing = myths[0]
    answers = [
        client.get(f"{MYTHS}&fields=*"),
        client.get(f"/api/v2/pages/{housing.pk}/"),
        client.get(f"/api/v2/pages/{housing.pk}/?fields=*"),
    ]

    for response in answers:
        assert response.status_code == 200
        body = response.content.decode()
        for private in ("Grannen sa", "anmalare@example.org", "Intern anteckning", "väntar på"):
            assert private not in body
    detail = answers[1].json()
    assert set(detail) - {"id", "meta", "title"} == {
        "claim",
        "verdict",
        "short_fact",
        "sources",
        "date_checked",
        "recheck_by",
        "topic",
        "is_example_content",
        "urgent_publication",
    }
    for field in ("rumour_reports", "organisation", "explanation", "latest_revision"):
        refused = client.get(f"{MYTHS}&fields={field}")
        assert refused.status_code == 400
        assert refused.json() == {"message": f"unknown fields: {field}"}
    assert client.get("/api/v2/pages/?type=campaigns.RumourReport").status_code == 400


def test_filter_by_verdict_and_topic(client, myths, topic):
    by_verdict = items(client.get(f"{MYTHS}&verdict=false&fields=claim"))
    assert [item["claim"] for item in by_verdict] == ["Asylsökande barn får inte gå i skolan."]
    by_topic = items(client.get(f"{MYTHS}&topic={topic.pk}&fields=claim"))
    assert [item["claim"] for item in by_topic] == ["Nyanlända går före i bostadskön."]
    refused = client.get(f"{MYTHS}&topic=boende")
    assert refused.status_code == 400
    assert "not a valid value for topic" in refused.json()["message"]


def test_arabic_myths_carry_arabic_verdict_labels_and_topics_whatever_the_request_language(
    client, myths, myth_index, topic, homes, translate_all
):
    translate_all([topic], {"ar": {"Boende": "السكن"}})
    translate_all([myth_index], {"ar": {}})
    translate_all(
        [myths[0]],
        {"ar": {"Nyanlända går före i bostadskön.": "القادمون الجدد يتقدمون في طابور السكن."}},
    )
    arabic_topic = MythTopic.objects.get(locale=homes["ar"].locale)

    [item] = items(
        client.get(f"{MYTHS}&locale=ar&fields=claim,verdict,topic", HTTP_ACCEPT_LANGUAGE="sv")
    )

    assert item["claim"] == "القادمون الجدد يتقدمون في طابور السكن."
    assert item["verdict"] == {"value": "partly_true", "label": "صحيح جزئيًا"}
    assert item["topic"] == {"id": arabic_topic.pk, "name": "السكن"}
    assert item["meta"]["locale"] == "ar"


def test_an_urgent_answer_says_so_in_every_language_until_its_fact_check_approves(
    client, myths, myth_index, publisher, translate_all
):
    housing = MythPage.objects.get(pk=myths[0].pk)
    translate_all([myth_index, housing], {"ar": {}})
    publication = urgent.publish_urgently(housing, publisher, "Ett hot mot boendet sprids.")

    listed = items(client.get(f"{MYTHS}&fields=urgent_publication&order=slug"))

    by_page = {(i["meta"]["locale"], i["meta"]["slug"]): i["urgent_publication"] for i in listed}
    published_at = {"published_at": publication.published_at.isoformat()}
    assert by_page == {
        ("sv", "bostad"): published_at,
        ("ar", "bostad"): published_at,
        ("sv", "skola"): None,
    }
    urgent.complete(housing)
    listed = items(client.get(f"{MYTHS}&fields=urgent_publication"))
    assert [item["urgent_publication"] for item in listed] == [None, None, None]


@pytest.fixture
def two_forecasts(make_forecast):
    older = make_forecast(
        "feb",
        "2026-02-10",
        series=forecast_series(
            ("anvisade", "Anvisade", "personer", [("2026", 1200, 900, 1500)]),
        ),
    )
    newer = make_forecast(
        "jul",
        "2026-07-15",
        edition=2,
        series=forecast_series(
            ("anvisade", "Anvisade", "personer", [("2026", "1234.5", 1000, 1500)]),
            ("kostnad", "Kostnad", "mnkr", [("2026", 80, None, None), ("2027", 90, None, None)]),
        ),
    )
    return older, newer


def test_forecast_key_figures_with_the_change_against_the_previous_edition(
    client, two_forecasts, organisation
):
    listed = items(client.get(f"{FORECASTS}&fields=*&order=forecast_date"))

    older, newer = listed
    assert older["key_figures"] == [
        {
            "label": "Anvisade",
            "unit": "personer",
            "period": "2026",
            "value": 1200,
            "low": 900,
            "high": 1500,
            "previous": None,
            "change": None,
        }
    ]
    assert newer["key_figures"] == [
        {
            "label": "Anvisade",
            "unit": "personer",
            "period": "2026",
            "value": 1234.5,
            "low": 1000,
            "high": 1500,
            "previous": 1200,
            "change": 34.5,
        },
        {
            "label": "Kostnad",
            "unit": "mnkr",
            "period": "2026",
            "value": 80,
            "low": None,
            "high": None,
            "previous": None,
            "change": None,
        },
    ]
    assert newer["forecast_date"] == "2026-07-15" and newer["edition"] == 2
    assert newer["key_period"] == "2026"
    assert (newer["period_start"], newer["period_end"]) == ("2026", "2028")
    assert newer["summary"] == "En sammanfattning."
    assert newer["source_organisation"] == {
        "name": "Exempelkommun",
        "website": "https://exempelkommun.example/",
    }
    assert newer["source_url"] == "https://exempelkommun.example/"
    assert newer["is_example_content"] is False
    detail = client.get(f"/api/v2/pages/{two_forecasts[1].pk}/").json()
    assert detail["key_figures"] == newer["key_figures"]


def test_a_draft_or_private_edition_is_neither_listed_nor_compared_with(
    client, two_forecasts, make_forecast
):
    older, newer = two_forecasts
    PageViewRestriction.objects.create(page=older, restriction_type="password", password="x")
    make_forecast("utkast", "2026-05-01", live=False)

    [item] = items(client.get(f"{FORECASTS}&fields=key_figures"))

    assert item["id"] == newer.pk
    assert item["key_figures"][0]["previous"] is None


def test_listings_cost_the_same_number_of_queries_for_two_pages_as_for_twenty(
    client, make_myth, make_forecast, topic
):
    urls = [
        f"{MYTHS}&fields=*",
        f"{MYTHS}&fields=urgent_publication",
        f"{MYTHS}&fields=claim,verdict,topic&locale=sv",
        f"{FORECASTS}&fields=*",
        "/sv/myter/rss/",
        f"/sv/myter/atom/?topic={topic.pk}",
    ]

    def grow(start, stop):
        for number in range(start, stop):
            make_myth(f"myt-{number}", topic=topic if number % 2 else None)
            make_forecast(f"prognos-{number}", f"2026-01-{number + 1:02d}")

    grow(0, 2)
    few = {url: count_warm_queries(client, url)[0] for url in urls}
    grow(2, 20)
    many = {url: count_warm_queries(client, url)[0] for url in urls}

    assert len(items(client.get(f"{MYTHS}&limit=20"))) == 20
    assert many == few
