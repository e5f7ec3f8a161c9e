"""Reading a communicator's CSV file: what is accepted, and a clear message
naming the row and column for everything that is not. The forecast rules'
messages are the page editor's (campaigns/forecasts/blocks.py)."""

from decimal import Decimal

from django.utils import translation

import pytest

from campaigns.forecasts.csv_import import MAX_FILE_BYTES, parse_csv

SEMICOLON = (
    "\ufeffserie;benämning;enhet;period;värde;lägsta;högsta\r\n"
    "anvisade;Anvisade till kommunen;personer;2026;1 234,5;1 000;1 500\r\n"
    "anvisade;Anvisade till kommunen;personer;2027;1100;;\r\n"
    "boende;Asylsökande i boenden;personer;2026;250;200;320\r\n"
)


@pytest.fixture(autouse=True)
def english():
    """Django's own messages (a required field, decimal places) in English."""
    with translation.override("en"):
        yield


def parsed(text, encoding="utf-8"):
    return parse_csv(text.encode(encoding) if isinstance(text, str) else text)


def test_semicolons_decimal_commas_bom_and_swedish_headers_are_read():
    series, errors = parsed(SEMICOLON)
    assert errors == []
    assert [s.code for s in series] == ["anvisade", "boende"]
    first = series[0]
    assert (first.label, first.unit) == ("Anvisade till kommunen", "personer")
    assert first.points[0].value == Decimal("1234.5")
    assert (first.points[0].low, first.points[0].high) == (Decimal(1000), Decimal(1500))
    assert first.points[1].low is None


def test_comma_separated_file_with_quoted_decimal_comma():
    text = 'series,label,unit,period,value\nx,"Label, with comma",st,2026,"12,5"\nx,"Label, with comma",st,2027,13.25\n'
    series, errors = parsed(text)
    assert errors == []
    assert [p.value for p in series[0].points] == [Decimal("12.5"), Decimal("13.25")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"   \r\n", "The file is empty."),
        (b"a" * (MAX_FILE_BYTES + 1), "The file is too large"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "This is not a CSV file."),
        ("series;label;period;value\nx;Å;2026;1\n".encode("utf-16"), "This is not a CSV file."),
        ("series;label;period;value\nx;Åäö;2026;1\n".encode("latin-1"), "not in UTF-8"),
        (b"series;label;period;value\n", "The file has a header but no data rows."),
        (b"series;label;period;amount\nx;X;2026;1\n", "Row 1, column 4: unknown column “amount”."),
        (b"series;label;period\nx;X;2026\n", "Row 1: missing column(s): value."),
        (
            b"series;label;period;value;value\nx;X;2026;1;2\n",
            "Row 1, column 5: the column “value” appears twice.",
        ),
        (
            b"series;label;period;value\nx;X;2026;1\nx;X;2027;many\n",
            "Row 3, column “value”: “many” is not a number.",
        ),
        (
            b"series;label;period;value\nx;X;2026;1\nx;X;2026;2\n",
            "Row 3, column “period”: The period 2026 appears twice in this series.",
        ),
        (b"series;label;period;value\nx;X;2026\n", "Row 2: expected 4 columns, found 3."),
        (
            b"series;label;period;value;low;high\nx;X;2026;10;20;30\n",
            "Row 2, column “value”: The value must lie between low and high.",
        ),
        (
            b"series;label;period;value;low;high\nx;X;2026;10;20;5\n",
            "Row 2, column “high”: High cannot be lower than low.",
        ),
        (
            b"series;label;period;value;low;high\nx;X;2026;10;5;\n",
            "Row 2, column “high”: Give both low and high, or neither.",
        ),
        (
            b"series;label;period;value\nBad Code;X;2026;1\n",
            "Row 2, column “series”: Use lower-case letters",
        ),
        (b"series;label;period;value\nx;X;2026/2027/2028/2029/2030;1\n", "Row 2, column “period”"),
        (
            b"series;label;period;value\nx;X;2026;\n",
            "Row 2, column “value”: This field is required.",
        ),
        (
            b"series;label;period;value\nx;;2026;1\n",
            "Row 2, column “label”: This field is required.",
        ),
        (
            b"series;label;period;value\nx;X;2026;1,234\n",
            "Row 2, column “value”: Ensure that there are no more than 2 decimal places.",
        ),
        (
            b"series;label;period;value\nx;X;2026;1\nx;Y;2027;1\n",
            "Row 3, column “series”: Another series, “X”, already has the code “x”.",
        ),
        (
            b"series;label;unit;period;value\nx;X;st;2026;1\nx;X;kr;2027;1\n",
            "Row 3, column “series”: Another series, “X”, already has the code “x”.",
        ),
        (
            b"series;label;period;value\nx;X;2026;NaN\n",
            "Row 2, column “value”: “NaN” is not a number.",
        ),
    ],
)
def test_bad_files_name_the_row_and_column_and_return_no_data(content, message):
    series, errors = parse_csv(content)
    assert series == []
    assert any(message in error for error in errors), errors


def test_every_bad_row_is_reported_not_only_the_first():
    text = "series;label;period;value\nx;X;2026;a\nx;X;2027;b\n"
    _series, errors = parsed(text)
    assert len(errors) == 2
    assert errors[0].startswith("Row 2") and errors[1].startswith("Row 3")


def test_problems_with_the_format_and_with_the_rules_are_listed_in_row_order():
    text = "series;label;period;value;low;high\nx;X;2026;10;20;30\nx;X;2027;many;;\nx;X;2028;5;1;\n"
    _series, errors = parsed(text)
    assert errors == [
        "Row 2, column “value”: The value must lie between low and high.",
        "Row 3, column “value”: “many” is not a number.",
        "Row 4, column “high”: Give both low and high, or neither.",
    ]
