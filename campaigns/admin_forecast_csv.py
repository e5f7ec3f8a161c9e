"""Reading forecast series from a communicator's CSV file (admin only).

Parsing collects every problem with its row and column and returns no data
when there is one, so a bad file changes nothing."""

import csv
import io
import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from campaigns.blocks import (
    LABEL_MAX_LENGTH,
    PERIOD_PATTERN,
    SERIES_CODE_PATTERN,
    UNIT_MAX_LENGTH,
)
from campaigns.forecast_data import COLUMNS, Point, Series
from home.spreadsheets import from_spreadsheet_text

MAX_FILE_BYTES = 1024 * 1024
MAX_ROWS = 5000
MAX_ERRORS = 20
REQUIRED_COLUMNS = ["series", "label", "period", "value"]
# Column names a Swedish spreadsheet is likely to use.
COLUMN_ALIASES = {
    "serie": "series",
    "kod": "series",
    "benämning": "label",
    "etikett": "label",
    "namn": "label",
    "enhet": "unit",
    "värde": "value",
    "prognos": "value",
    "lägsta": "low",
    "låg": "low",
    "högsta": "high",
    "hög": "high",
}
NUMBER_SPACES = re.compile(r"[\s\u00a0\u202f']")


class CSVFileError(Exception):
    pass


def parse_number(text, decimal_comma):
    """A Decimal from "1 234,5", "1234.5" or "1,234.5"; None when empty."""
    text = NUMBER_SPACES.sub("", text or "")
    if not text:
        return None
    if decimal_comma or ("," in text and "." not in text):
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError from None
    if not number.is_finite():
        raise ValueError
    return number


def _decode(content):
    if not content:
        raise CSVFileError(_("The file is empty."))
    if len(content) > MAX_FILE_BYTES:
        raise CSVFileError(
            _("The file is too large: at most %(size)s kB.") % {"size": MAX_FILE_BYTES // 1024}
        )
    if b"\x00" in content:
        raise CSVFileError(
            _("This is not a CSV file. Save the table as CSV (UTF-8) and try again.")
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CSVFileError(
            _("The file is not in UTF-8. Save the table as CSV (UTF-8) and try again.")
        ) from None
    if not text.strip():
        raise CSVFileError(_("The file is empty."))
    return text


def _header(row):
    names = []
    errors = []
    for number, name in enumerate(row, start=1):
        key = name.strip().lower()
        key = COLUMN_ALIASES.get(key, key)
        if key not in COLUMNS:
            errors.append(
                _("Row 1, column %(column)s: unknown column “%(name)s”.")
                % {"column": number, "name": name.strip()}
            )
        elif key in names:
            errors.append(
                _("Row 1, column %(column)s: the column “%(name)s” appears twice.")
                % {"column": number, "name": name.strip()}
            )
        names.append(key)
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        errors.append(_("Row 1: missing column(s): %(columns)s.") % {"columns": ", ".join(missing)})
    return names, errors


def parse_csv(content):
    """(series, errors) from the bytes of a CSV file; series is empty when
    errors is not. Comma or semicolon separated, UTF-8 with or without BOM,
    decimal commas accepted in semicolon files (and quoted in comma files)."""
    try:
        text = _decode(content)
    except CSVFileError as error:
        return [], [str(error)]
    first_line = text.lstrip().splitlines()[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    decimal_comma = delimiter == ";"
    rows = csv.reader(io.StringIO(text.lstrip()), delimiter=delimiter)
    try:
        header = next(rows)
    except csv.Error:
        return [], [_("This is not a CSV file. Save the table as CSV (UTF-8) and try again.")]
    names, errors = _header(header)
    if errors:
        return [], errors

    series = {}
    first_row = {}
    try:
        for row_number, row in enumerate(rows, start=2):
            if len(errors) >= MAX_ERRORS:
                break
            if not any(cell.strip() for cell in row):
                continue
            if row_number > MAX_ROWS + 1:
                errors.append(_("The file has more than %(rows)s rows.") % {"rows": MAX_ROWS})
                break
            if len(row) != len(names):
                errors.append(
                    _("Row %(row)s: expected %(expected)s columns, found %(found)s.")
                    % {"row": row_number, "expected": len(names), "found": len(row)}
                )
                continue
            errors.extend(
                _read_row(
                    row_number, dict(zip(names, row, strict=True)), decimal_comma, series, first_row
                )
            )
    except csv.Error as error:
        errors.append(_("Row %(row)s: %(problem)s") % {"row": rows.line_num, "problem": error})
    if not series and not errors:
        errors.append(_("The file has a header but no data rows."))
    if errors:
        return [], errors[:MAX_ERRORS]
    return list(series.values()), []


def _read_row(row_number, cells, decimal_comma, series, first_row):
    errors = []

    def problem(column, message):
        errors.append(
            _("Row %(row)s, column “%(column)s”: %(message)s")
            % {"row": row_number, "column": column, "message": message}
        )

    code = cells["series"].strip()
    label = from_spreadsheet_text(cells["label"].strip())
    unit = from_spreadsheet_text(cells.get("unit", "").strip())
    period = cells["period"].strip()
    if not re.match(SERIES_CODE_PATTERN, code):
        problem("series", _("use lower-case letters, digits and hyphens."))
    if not label:
        problem("label", _("the label is empty."))
    # The page editor's limits: an imported draft must stay editable.
    for column, text, limit in (
        ("label", label, LABEL_MAX_LENGTH),
        ("unit", unit, UNIT_MAX_LENGTH),
    ):
        if len(text) > limit:
            problem(column, _("at most %(limit)s characters.") % {"limit": limit})
    if not re.match(PERIOD_PATTERN, period):
        problem("period", _("use a period such as 2026, 2026-Q1 or 2026-06."))
    numbers = {}
    for column in ("value", "low", "high"):
        raw = cells.get(column, "")
        try:
            numbers[column] = parse_number(raw, decimal_comma)
        except ValueError:
            problem(column, _("“%(text)s” is not a number.") % {"text": raw.strip()})
    if "value" in numbers and numbers["value"] is None:
        problem("value", _("the value is empty."))
    low, high, value = numbers.get("low"), numbers.get("high"), numbers.get("value")
    if (low is None) != (high is None) and "low" in numbers and "high" in numbers:
        problem("low" if low is None else "high", _("give both low and high, or neither."))
    elif low is not None and high is not None and value is not None and not low <= value <= high:
        problem("value", _("the value must lie between low and high."))
    if errors:
        return errors

    current = series.get(code)
    if current is None:
        current = series[code] = Series(code=code, label=label, unit=unit)
    elif (current.label, current.unit) != (label, unit):
        problem(
            "label",
            _("series “%(code)s” has another label or unit on row %(first)s.")
            % {"code": code, "first": first_row[code, None]},
        )
        return errors
    if current.value_for(period):
        problem(
            "period",
            _("period %(period)s appears twice in series “%(code)s” (first on row %(first)s).")
            % {"period": period, "code": code, "first": first_row[code, period]},
        )
        return errors
    first_row.setdefault((code, None), row_number)
    first_row[code, period] = row_number
    current.points.append(Point(period, value, low, high))
    return errors
