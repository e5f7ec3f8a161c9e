"""Reading forecast series from a communicator's CSV file (admin only).

Parsing collects every problem with its row and column and returns no data
when there is one, so a bad file changes nothing."""

import csv
import io
import re
from decimal import Decimal, InvalidOperation
from operator import itemgetter

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaigns.forecasts.series import (
    COLUMNS,
    Point,
    Series,
    check_rules,
    compare,
    from_json,
    series_to_stream,
    to_json,
)
from campaigns.models import ForecastPage
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
# The file's column for a forecast block's field, where their names differ.
COLUMN_OF_FIELD = {"code": "series"}


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
    decimal commas accepted in semicolon files (and quoted in comma files).
    The file's format is checked here, the forecast rules by the page's own
    blocks, so an import and the page editor refuse the same data."""
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

    table = ImportedTable()
    problems = []
    try:
        for row_number, row in enumerate(rows, start=2):
            if len(problems) >= MAX_ERRORS:
                break
            if not any(cell.strip() for cell in row):
                continue
            if row_number > MAX_ROWS + 1:
                problems.append(
                    (row_number, _("The file has more than %(rows)s rows.") % {"rows": MAX_ROWS})
                )
                break
            if len(row) != len(names):
                problems.append(
                    (
                        row_number,
                        _("Row %(row)s: expected %(expected)s columns, found %(found)s.")
                        % {"row": row_number, "expected": len(names), "found": len(row)},
                    )
                )
                continue
            problems.extend(
                table.add_row(row_number, dict(zip(names, row, strict=True)), decimal_comma)
            )
    except csv.Error as error:
        problems.append(_at(rows.line_num, None, error))
    if not table.series and not problems:
        problems.append((0, _("The file has a header but no data rows.")))
    problems.extend(table.rule_problems())
    if problems:
        return [], [message for _row, message in sorted(problems, key=itemgetter(0))][:MAX_ERRORS]
    return table.series, []


def _at(row, column, message):
    """A problem as (row, message naming the row and, where known, the column)."""
    if column is None:
        return row, _("Row %(row)s: %(problem)s") % {"row": row, "problem": message}
    return row, _("Row %(row)s, column “%(column)s”: %(message)s") % {
        "row": row,
        "column": column,
        "message": message,
    }


def _messages(error, path=()):
    """(path, message) for each message in a block's ValidationError, where
    path leads from the stream to the block it is about, e.g. (0, "values", 2, "low")."""
    if not hasattr(error, "block_errors"):
        for message in error.messages:
            yield path, message
        return
    for message in error.non_block_errors:
        yield path, message
    for key, child_error in error.block_errors.items():
        yield from _messages(child_error, (*path, key))


class ImportedTable:
    """The file's rows as series: rows with the same code, label and unit
    make one series, so a code given two labels becomes two series with one
    code, which the rules refuse."""

    def __init__(self):
        self.series = []
        self._by_key = {}
        self._first_rows = []  # per series: the row it starts on
        self._point_rows = []  # per series: the row of each value

    def add_row(self, row_number, cells, decimal_comma):
        """Adds one row; returns its problems as (row, message)."""
        numbers = {}
        problems = []
        for column in ("value", "low", "high"):
            raw = cells.get(column, "")
            try:
                numbers[column] = parse_number(raw, decimal_comma)
            except ValueError:
                message = _("“%(text)s” is not a number.") % {"text": raw.strip()}
                problems.append(_at(row_number, column, message))
        if problems:
            return problems
        key = (
            cells["series"].strip(),
            from_spreadsheet_text(cells["label"].strip()),
            from_spreadsheet_text(cells.get("unit", "").strip()),
        )
        index = self._by_key.get(key)
        if index is None:
            index = self._by_key[key] = len(self.series)
            self.series.append(Series(*key))
            self._first_rows.append(row_number)
            self._point_rows.append([])
        self.series[index].points.append(
            Point(cells["period"].strip(), numbers["value"], numbers["low"], numbers["high"])
        )
        self._point_rows[index].append(row_number)
        return []

    def rule_problems(self):
        """The forecast blocks' objections to the series, as (row, message)."""
        error = check_rules(self.series)
        if error is None:
            return []
        return [self._place(path, message) for path, message in _messages(error)]

    def _place(self, path, message):
        if not path:  # about the whole file
            return 0, message
        index, *inside = path
        if inside[:1] == ["values"] and len(inside) > 1:
            column = inside[2] if len(inside) > 2 else None
            return _at(self._point_rows[index][inside[1]], column, message)
        field_name = inside[0] if inside and inside[0] != "values" else None
        return _at(self._first_rows[index], COLUMN_OF_FIELD.get(field_name, field_name), message)


SIGNING_MAX_AGE = 3600


TEMPLATE = "campaigns/forecasts/admin/forecast_import.html"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "Columns: series, label, unit, period, value, low, high (low and high optional). "
            "Comma or semicolon separated, UTF-8."
        ),
    )


def _salt(page):
    return f"forecast-import:{page.pk}"


def _editable_page(request, page_id):
    page = get_object_or_404(ForecastPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page.get_latest_revision_as_object()


def forecast_import(request, page_id):
    page = _editable_page(request, page_id)
    context = {"page": page, "page_title": _("Import figures from CSV"), "header_icon": "table"}
    if request.method == "POST" and "data" in request.POST:
        return _confirm(request, page)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read(MAX_FILE_BYTES + 1)
        series, errors = parse_csv(content)
        if errors:
            return TemplateResponse(
                request, TEMPLATE, {**context, "form": form, "errors": errors}, status=400
            )
        return TemplateResponse(
            request,
            TEMPLATE,
            {
                **context,
                "series": series,
                "changes": compare(page.data(), series),
                "signed_data": signing.dumps(to_json(series), salt=_salt(page), compress=True),
            },
        )
    return TemplateResponse(
        request, TEMPLATE, {**context, "form": form}, status=400 if form.errors else 200
    )


def _confirm(request, page):
    try:
        data = signing.loads(request.POST["data"], salt=_salt(page), max_age=SIGNING_MAX_AGE)
    except signing.BadSignature:
        messages.error(request, _("The preview has expired. Upload the file again."))
        return redirect("forecast_import", page.pk)
    page.series = series_to_stream(from_json(data))
    page.save_revision(user=request.user, log_action=True)
    messages.success(
        request,
        _("The figures are saved as a draft. Submit the page for fact checking to publish them."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
