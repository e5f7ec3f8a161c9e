"""A communicator imports a forecast's figures from a spreadsheet's CSV,
and the page editor refuses what the import refuses."""

import csv
import io
import json
import re
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from campaigns.models import ForecastPage

pytestmark = pytest.mark.django_db

GOOD = (
    "\ufeffseries;label;unit;period;value;low;high\r\n"
    "anvisade;Anvisade;personer;2026;1 150,5;900;1 400\r\n"
    "anvisade;Anvisade;personer;2027;1 050;;\r\n"
).encode()
BAD_ROW = GOOD.replace(b"1 050", b"ungef\xc3\xa4r 1000")


def upload(client, page, content, name="prognos.csv"):
    return client.post(
        reverse("forecast_import", args=[page.pk]),
        {"file": SimpleUploadedFile(name, content, content_type="text/csv")},
    )


def stored(page):
    """The page's live figures and its latest draft's figures."""
    page = ForecastPage.objects.get(pk=page.pk)
    return page.data(), page.get_latest_revision_as_object().data()


def test_import_previews_then_saves_a_draft_for_fact_checking(client, communicator, make_forecast):
    page = make_forecast("prognos", "2026-02-01")
    live_before, _ = stored(page)
    client.force_login(communicator)
    assert client.get(reverse("forecast_import", args=[page.pk])).status_code == 200

    preview = upload(client, page, GOOD)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert html.count('class="forecast-change"') == 2
    assert "1150,5" in html  # the admin's language (Swedish) formats the numbers
    # The preview changes nothing.
    assert stored(page) == (live_before, live_before)

    data = re.search(r'name="data" value="([^"]+)"', html).group(1)
    response = client.post(reverse("forecast_import", args=[page.pk]), {"data": data})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    live, draft = stored(page)
    # The live page keeps its figures until the draft is approved.
    assert live == live_before
    assert [p.value for p in draft[0].points] == [Decimal("1150.5"), Decimal(1050)]
    assert (draft[0].points[0].low, draft[0].points[0].high) == (Decimal(900), Decimal(1400))
    assert ForecastPage.objects.get(pk=page.pk).has_unpublished_changes


def test_a_bad_row_is_named_and_nothing_changes_then_the_fixed_file_imports(
    client, communicator, make_forecast
):
    page = make_forecast("prognos", "2026-02-01")
    before = stored(page)
    client.force_login(communicator)
    response = upload(client, page, BAD_ROW)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Rad 3, kolumn ”value”: ”ungefär 1000” är inte ett tal." in html
    assert "Filen kunde inte läsas in. Ingenting har ändrats." in html
    assert stored(page) == before
    # The communicator fixes the row and tries again.
    assert upload(client, page, GOOD).status_code == 200


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.csv", "Den skickade filen var tom."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "chart.csv", "Det här är inte en CSV-fil."),
        (b"a;b\n1;2\n", "wrong.csv", "okänd kolumn"),
    ],
)
def test_bad_files_change_nothing(client, communicator, make_forecast, content, name, message):
    page = make_forecast("prognos", "2026-02-01")
    before = stored(page)
    revisions = page.revisions.count()
    client.force_login(communicator)
    response = upload(client, page, content, name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert stored(page) == before
    assert page.revisions.count() == revisions


def test_a_tampered_confirmation_changes_nothing(client, communicator, make_forecast):
    page = make_forecast("prognos", "2026-02-01")
    revisions = page.revisions.count()
    client.force_login(communicator)
    response = client.post(reverse("forecast_import", args=[page.pk]), {"data": "forged:value"})
    assert response.status_code == 302
    assert response["Location"] == reverse("forecast_import", args=[page.pk])
    assert page.revisions.count() == revisions


def test_a_preview_for_one_page_cannot_be_confirmed_on_another(client, communicator, make_forecast):
    first = make_forecast("first", "2026-02-01")
    second = make_forecast("second", "2026-03-01")
    client.force_login(communicator)
    html = upload(client, first, GOOD).content.decode()
    data = re.search(r'name="data" value="([^"]+)"', html).group(1)
    revisions = second.revisions.count()
    client.post(reverse("forecast_import", args=[second.pk]), {"data": data})
    assert second.revisions.count() == revisions


def test_people_who_cannot_edit_the_page_cannot_import(client, translator_ar, make_forecast):
    page = make_forecast("prognos", "2026-02-01")
    revisions = page.revisions.count()
    client.force_login(translator_ar)
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
    response = client.get(reverse("forecast_import", args=[page.pk]))
    assert (response.status_code, response.get("Location")) == (302, "/admin/")
    assert upload(client, page, GOOD).status_code == 302
    assert page.revisions.count() == revisions


def test_edit_page_links_to_the_import(client, communicator, make_forecast):
    page = make_forecast("prognos", "2026-02-01")
    client.force_login(communicator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert reverse("forecast_import", args=[page.pk]) in html


def test_imported_figures_go_live_after_fact_check_and_publisher(
    client, communicator, fact_checker, publisher, make_forecast
):
    older = make_forecast("older", "2026-01-01")
    page = make_forecast("prognos", "2026-02-01")
    client.force_login(communicator)
    html = upload(client, page, GOOD).content.decode()
    data = re.search(r'name="data" value="([^"]+)"', html).group(1)
    client.post(reverse("forecast_import", args=[page.pk]), {"data": data})
    page = ForecastPage.objects.get(pk=page.pk)
    page.get_workflow().start(page, communicator)
    for user in (fact_checker, publisher):
        client.force_login(user)
        task_state = page.current_workflow_task_state
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
            {"comment": ""},
        )
        page = ForecastPage.objects.get(pk=page.pk)
    assert page.live and not page.has_unpublished_changes
    client.logout()
    html = client.get(page.url).content.decode()
    assert "<td>1\xa0150,5</td>" in html
    assert "−49,5 jämfört med förra prognosen (1\xa0200)" in html
    assert older.data() == ForecastPage.objects.get(pk=older.pk).data()


# The page editor and the import share the forecast rules (campaigns/forecasts/blocks.py).


def list_block(values):
    """A ListBlock's inputs as the editor posts them."""
    items = {
        str(index): {"value": value, "deleted": "", "order": str(index), "id": ""}
        for index, value in enumerate(values)
    }
    return {**items, "count": str(len(values))}


def number_input(number):
    return "" if number is None else str(number)


def editor_post(page, series):
    """The page editor's form for `page` as the browser posts it, with
    `series` as (code, label, unit, [(period, value, low, high)]) tuples."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "series_key": page.series_key,
            "forecast_date": page.forecast_date.isoformat(),
            "edition": page.edition,
            "source_organisation": page.source_organisation_id,
            "source_url": page.source_url,
            "period_start": page.period_start,
            "period_end": page.period_end,
            "key_period": page.key_period,
            "summary": page.summary,
            "methodology": rich_text(""),
            "series": streamfield(
                [
                    (
                        "series",
                        {
                            "code": code,
                            "label": label,
                            "unit": unit,
                            "values": list_block(
                                [
                                    {
                                        "period": period,
                                        **{
                                            name: number_input(number)
                                            for name, number in zip(
                                                ("value", "low", "high"), numbers, strict=True
                                            )
                                        },
                                    }
                                    for period, *numbers in points
                                ]
                            ),
                        },
                    )
                    for code, label, unit, points in series
                ]
            ),
            "comments": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": "",
            },
        }
    )


def editor_errors(response):
    """{path: messages} the editor shows on the series field, e.g.
    {("0", "values", "1", "period"): [...]}."""
    widget = BeautifulSoup(response.content, "html.parser").find(id="series")
    _value, errors = json.loads(widget["data-w-block-arguments-value"])
    return dict(_flatten_errors(errors or {}))


def _flatten_errors(errors, path=()):
    if "messages" in errors:
        yield path, errors["messages"]
    for key, child in errors.get("blockErrors", {}).items():
        yield from _flatten_errors(child, (*path, key))


def as_csv(series):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(["series", "label", "unit", "period", "value", "low", "high"])
    for code, label, unit, points in series:
        for period, *numbers in points:
            writer.writerow([code, label, unit, period, *map(number_input, numbers)])
    return output.getvalue().encode()


def import_errors(response):
    errors = BeautifulSoup(response.content, "html.parser").select(".forecast-import-errors li")
    return [item.get_text(strip=True) for item in errors]


def anvisade(*points, code="anvisade", label="Anvisade"):
    return (code, label, "personer", list(points))


RULES = {
    "low without high": (
        [anvisade(("2026", 1200, 900, None))],
        ("0", "values", "0", "high"),
        (2, "high"),
        "Ange både lågt och högt, eller inget av dem.",
    ),
    "high without low": (
        [anvisade(("2026", 1200, None, 1500))],
        ("0", "values", "0", "low"),
        (2, "low"),
        "Ange både lågt och högt, eller inget av dem.",
    ),
    "high below low": (
        [anvisade(("2026", 1200, 1500, 900))],
        ("0", "values", "0", "high"),
        (2, "high"),
        "Högt kan inte vara lägre än lågt.",
    ),
    "value outside its interval": (
        [anvisade(("2026", 1200, None, None), ("2027", 2000, 900, 1500))],
        ("0", "values", "1", "value"),
        (3, "value"),
        "Värdet måste ligga mellan lågt och högt.",
    ),
    "a period twice in a series": (
        [
            anvisade(
                ("2026", 1200, None, None), ("2027", 1100, None, None), ("2026", 1000, None, None)
            )
        ],
        ("0", "values", "2", "period"),
        (4, "period"),
        "Perioden 2026 förekommer två gånger i den här serien.",
    ),
    "one code for two series": (
        [
            anvisade(("2026", 1200, None, None)),
            anvisade(("2026", 300, None, None), label="Asylsökande i boenden"),
        ],
        ("1", "code"),
        (3, "series"),
        "En annan serie, ”Anvisade”, har redan koden ”anvisade”.",
    ),
    "a bad code": (
        [anvisade(("2026", 1200, None, None), code="Anvisade personer")],
        ("0", "code"),
        (2, "series"),
        "Använd små bokstäver, siffror och bindestreck.",
    ),
    "a bad period": (
        [anvisade(("2026_Q1", 1200, None, None))],
        ("0", "values", "0", "period"),
        (2, "period"),
        "Använd en period som 2026, 2026-Q1 eller 2026-06.",
    ),
    "three decimals": (
        [anvisade(("2026", "1200.125", None, None))],
        ("0", "values", "0", "value"),
        (2, "value"),
        "Säkerställ att det inte är mer än 2 decimaler.",  # Django's, in the Swedish admin
    ),
}


@pytest.mark.parametrize(("series", "field", "cell", "message"), RULES.values(), ids=RULES)
def test_the_editor_and_the_import_refuse_the_same_data_in_the_same_words(
    client, communicator, make_forecast, series, field, cell, message
):
    page = make_forecast("prognos", "2026-02-01")
    revisions = page.revisions.count()
    client.force_login(communicator)

    edited = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), editor_post(page, series)
    )
    imported = upload(client, page, as_csv(series))

    assert edited.status_code == 200  # the editor shows the form again
    assert editor_errors(edited) == {field: [message]}
    assert imported.status_code == 400
    row, column = cell
    assert import_errors(imported) == [f"Rad {row}, kolumn ”{column}”: {message}"]
    assert page.revisions.count() == revisions


def test_the_editor_saves_series_that_keep_the_rules(client, communicator, make_forecast):
    page = make_forecast("prognos", "2026-02-01")
    series = [
        anvisade(("2026", 1200, 900, 1500), ("2027", "1100.5", None, None)),
        ("boende", "Asylsökande i boenden", "personer", [("2026", 300, 250, 300)]),
    ]
    client.force_login(communicator)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), editor_post(page, series)
    )

    assert response.status_code == 302, editor_errors(response)
    _live, draft = stored(page)
    assert [(s.code, [p.value for p in s.points]) for s in draft] == [
        ("anvisade", [Decimal(1200), Decimal("1100.5")]),
        ("boende", [Decimal(300)]),
    ]
    assert upload(client, page, as_csv(series)).status_code == 200
