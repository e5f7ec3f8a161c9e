import csv
import io
import re

import pytest

from campaigns.models import ForecastIndexPage
from home.editorial.models import role_workflow
from home.models import ReviewWorkflow
from tests.campaigns.conftest import translate_to
from tests.factories.campaigns import forecast_series
from tests.utils import count_warm_queries

pytestmark = pytest.mark.django_db

NBSP = "\xa0"


@pytest.fixture
def two_forecasts(make_forecast):
    older = make_forecast(
        "feb",
        "2026-02-10",
        edition=1,
        series=forecast_series(
            (
                "anvisade",
                "Anvisade",
                "personer",
                [("2026", 1200, 900, 1500), ("2027", 1100, None, None)],
            )
        ),
    )
    newer = make_forecast(
        "jul",
        "2026-07-15",
        edition=2,
        series=forecast_series(
            (
                "anvisade",
                "Anvisade",
                "personer",
                [("2026", "1234.5", 1000, 1500), ("2027", 1000, None, None)],
            )
        ),
    )
    return older, newer


def test_forecast_index_is_attached_to_fact_check(forecast_index):
    assert forecast_index.get_workflow() == role_workflow(ReviewWorkflow.FACT_CHECK)


def test_page_shows_chart_table_and_change_against_previous_in_swedish(client, two_forecasts):
    _older, newer = two_forecasts
    html = client.get(newer.url).content.decode()
    # Accessible chart drawn on the server: role, title and description.
    svg = re.search(
        r"<svg role=\"img\" aria-labelledby=\"chart-1-title chart-1-desc\".*?</svg>", html, re.S
    )
    assert svg, "no chart"
    assert '<title id="chart-1-title">Anvisade (personer)</title>' in svg.group(0)
    assert "Linjediagram över prognosen från 2026 till 2027." in svg.group(0)
    assert "En streckad linje visar den förra prognosen." in svg.group(0)
    assert 'class="forecast-chart__previous"' in svg.group(0)
    # The table beside it, with Swedish number formatting.
    assert f"<td>1{NBSP}234,5</td>" in html
    assert f'<span dir="ltr">1{NBSP}000–1{NBSP}500</span>' in html
    assert f"<td>1{NBSP}200</td>" in html  # the previous forecast's value
    # The key figure and its change.
    assert f"+34,5 jämfört med förra prognosen (1{NBSP}200)" in html
    assert "Den här prognosen har ersatts." not in html


def test_older_forecast_is_readable_with_a_superseded_notice(client, two_forecasts):
    older, newer = two_forecasts
    response = client.get(older.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Den här prognosen har ersatts." in html
    assert f'href="{newer.url}"' in html
    # Nothing to compare with: no overlay, no change.
    assert 'class="forecast-chart__previous"' not in html
    assert "jämfört med förra prognosen" not in html


def test_numbers_and_direction_follow_arabic(client, two_forecasts, homes):
    older, newer = two_forecasts
    translate_to(older, homes["ar"])
    arabic = translate_to(newer, homes["ar"])
    html = client.get(arabic.url).content.decode()
    assert 'dir="rtl"' in html
    assert "<td>1234,5</td>" in html
    assert "+34,5 مقارنة بالتوقع السابق (1200)" in html
    # The chart is mirrored: the first period is on the right.
    periods = re.findall(r'<text x="([\d.]+)" y="\d+" text-anchor="middle">(\d{4})</text>', html)
    assert float(dict((p, x) for x, p in periods)["2026"]) > float(
        dict((p, x) for x, p in periods)["2027"]
    )


def test_publishing_a_new_forecast_never_changes_the_previous(client, make_forecast):
    older = make_forecast("old", "2026-01-01")
    before = client.get(older.url).content.decode()
    revision = older.live_revision_id
    make_forecast(
        "new",
        "2026-06-01",
        series=forecast_series(("anvisade", "Anvisade", "personer", [("2026", 5, None, None)])),
    )
    older.refresh_from_db()
    assert older.live_revision_id == revision
    assert older.data()[0].points[0].value == 1200
    after = client.get(older.url).content.decode()
    assert f"<td>1{NBSP}200</td>" in before and f"<td>1{NBSP}200</td>" in after


def test_csv_download_has_the_same_figures(client, two_forecasts):
    _older, newer = two_forecasts
    html = client.get(newer.url).content.decode()
    assert f'href="{newer.url}csv/" download' in html
    response = client.get(f"{newer.url}csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["series", "label", "unit", "period", "value", "low", "high"]
    assert rows[1] == ["anvisade", "Anvisade", "personer", "2026", "1234.5", "1000", "1500"]
    assert rows[2] == ["anvisade", "Anvisade", "personer", "2027", "1000", "", ""]
    assert len(rows) == 3


def test_csv_of_a_draft_forecast_is_not_served(client, make_forecast):
    make_forecast("draft", "2026-03-01", live=False)
    assert client.get("/sv/prognoser/draft/csv/").status_code == 404


def test_forecast_page_costs_a_fixed_number_of_queries(client, make_forecast):
    small = make_forecast("small", "2026-01-01")
    few, _ = count_warm_queries(client, small.url)
    many_series = forecast_series(
        *[
            (
                f"serie-{n}",
                f"Serie {n}",
                "st",
                [(str(2026 + year), 100 + year, 90, 200) for year in range(8)],
            )
            for n in range(6)
        ]
    )
    make_forecast("big-old", "2026-02-01", series=many_series)
    big = make_forecast("big", "2026-03-01", series=many_series)
    many, response = count_warm_queries(client, big.url)
    assert response.content.decode().count('role="img"') == 6
    assert many == few


def test_home_page_shows_the_latest_forecasts_key_figures(client, two_forecasts):
    html = client.get("/sv/").content.decode()
    assert "Den senaste prognosen" in html
    assert f"1{NBSP}234,5" in html
    assert "+34,5 jämfört med förra prognosen" in html
    assert "Den senaste prognosen" not in client.get("/en/").content.decode()


def test_index_lists_forecasts_newest_first(client, forecast_index, two_forecasts):
    html = client.get(forecast_index.url).content.decode()
    assert html.index("Prognos jul") < html.index("Prognos feb")


def test_only_forecast_pages_go_under_the_forecast_index():
    assert [m.__name__ for m in ForecastIndexPage.allowed_subpage_models()] == ["ForecastPage"]


def test_example_data_is_marked(client, make_forecast):
    page = make_forecast("exempel", "2026-01-01", is_example_content=True)
    assert "Exempeldata." in client.get(page.url).content.decode()


def test_home_page_pieces_cost_a_fixed_number_of_queries(client, make_forecast, make_myth):
    make_forecast("first", "2026-01-01")
    make_myth("first")
    few, _ = count_warm_queries(client, "/sv/")
    for number in range(4):
        make_myth(f"more-{number}")
    make_forecast(
        "second",
        "2026-02-01",
        series=forecast_series(
            *[(f"s-{n}", f"Serie {n}", "st", [("2026", 10 + n, None, None)]) for n in range(5)]
        ),
    )
    many, response = count_warm_queries(client, "/sv/")
    assert response.content.decode().count('class="key-figure"') == 5
    assert many == few


def stored_series(code, label, points):
    """StreamField data as an older revision may hold it, unchecked."""
    return [
        (
            "series",
            {
                "code": code,
                "label": label,
                "unit": "personer",
                "values": [
                    {"period": period, "value": value, "low": low, "high": high}
                    for period, value, low, high in points
                ],
            },
        )
    ]


BROKEN_POINTS = {
    "low without high": [("2026", 1300, 900, None), ("2027", 1100, None, None)],
    "value outside its interval": [("2026", 2000, 900, 1500), ("2027", 1100, None, None)],
    "a period twice": [("2026", 1300, None, None), ("2026", 1100, None, None)],
    "an empty value": [("2026", None, None, None), ("2027", 1100, None, None)],
}


@pytest.mark.parametrize("points", BROKEN_POINTS.values(), ids=BROKEN_POINTS)
def test_stored_figures_that_break_the_rules_show_as_a_table_without_a_chart(
    client, make_forecast, points
):
    make_forecast("feb", "2026-02-10")  # "anvisade", valid, to compare with
    broken = stored_series("anvisade", "Anvisade", points)
    valid = stored_series("boende", "I boenden", [("2026", 300, 250, 320)])
    page = make_forecast("jul", "2026-07-15", edition=2, series=broken + valid)

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    # Both tables; one chart, for the valid series.
    assert '<caption id="series-1-caption">Anvisade (personer)</caption>' in html
    assert '<caption id="series-2-caption">I boenden (personer)</caption>' in html
    assert html.count('role="img"') == 1
    assert '<title id="chart-2-title">I boenden (personer)</title>' in html
    # Nothing is compared with the broken series or made a key figure of it.
    assert html.count('class="key-figure"') == 1
    assert "jämfört med förra prognosen" not in html
    assert client.get("/sv/").status_code == 200


def test_a_previous_forecast_that_breaks_the_rules_is_not_drawn_or_compared_with(
    client, make_forecast
):
    make_forecast(
        "feb",
        "2026-02-10",
        series=stored_series("anvisade", "Anvisade", [("2026", 1200, 900, None)]),
    )
    page = make_forecast("jul", "2026-07-15", edition=2)

    html = client.get(page.url).content.decode()

    assert html.count('role="img"') == 1
    assert 'class="forecast-chart__previous"' not in html
    assert "jämfört med förra prognosen" not in html
    assert '<th scope="col">Förra prognosen</th>' not in html  # no column in the table
    home = client.get("/sv/").content.decode()
    assert 'class="key-figure"' in home and "jämfört med förra prognosen" not in home
