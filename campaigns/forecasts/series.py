"""Forecast data series as plain objects: moved in and out of the page's
StreamField, checked against the forecast blocks' rules, signed between an
import's preview and its confirmation, and written as CSV for the public
download (the same format the import reads)."""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

from wagtail.blocks import StreamBlockValidationError

from campaigns.forecasts.blocks import ForecastSeriesStreamBlock
from home.spreadsheets import as_spreadsheet_text

COLUMNS = ["series", "label", "unit", "period", "value", "low", "high"]
# An instance of its own: while the page editor saves a draft it relaxes the
# required fields of the page field's blocks, and these checks never relax.
# Not required, as the page's field (blank=True).
FORECAST_RULES = ForecastSeriesStreamBlock(required=False)


@dataclass
class Point:
    period: str
    value: Decimal
    low: Decimal | None = None
    high: Decimal | None = None


@dataclass
class Series:
    code: str
    label: str
    unit: str = ""
    points: list[Point] = field(default_factory=list)
    # False when the stored data breaks the forecast rules (a revision saved
    # before a rule existed): the table shows it, nothing is drawn or compared.
    valid: bool = field(default=True, compare=False)

    def value_for(self, period):
        return next((point for point in self.points if point.period == period), None)


def series_from_stream(stream):
    """Series from the page's StreamField value, each marked valid or not."""
    series = [
        Series(
            code=block.value["code"],
            label=block.value["label"],
            unit=block.value["unit"],
            points=[
                Point(item["period"], item["value"], item["low"], item["high"])
                for item in block.value["values"]
            ],
        )
        for block in stream
    ]
    error = check_rules(series)
    for index in error.block_errors if error else ():
        series[index].valid = False
    return series


def check_rules(series):
    """The forecast blocks' StreamBlockValidationError for `series`, or None."""
    try:
        FORECAST_RULES.clean(FORECAST_RULES.normalize(series_to_stream(series)))
    except StreamBlockValidationError as error:
        return error
    return None


def series_to_stream(series):
    """The raw StreamField data for a list of series."""
    return [
        (
            "series",
            {
                "code": item.code,
                "label": item.label,
                "unit": item.unit,
                "values": [
                    {"period": p.period, "value": p.value, "low": p.low, "high": p.high}
                    for p in item.points
                ],
            },
        )
        for item in series
    ]


def to_json(series):
    """Plain data for signing between the preview and the confirmation."""
    return [
        {
            "code": item.code,
            "label": item.label,
            "unit": item.unit,
            "points": [
                [
                    p.period,
                    str(p.value),
                    *(str(n) if n is not None else None for n in (p.low, p.high)),
                ]
                for p in item.points
            ],
        }
        for item in series
    ]


def from_json(data):
    return [
        Series(
            code=item["code"],
            label=item["label"],
            unit=item["unit"],
            points=[
                Point(
                    period,
                    Decimal(value),
                    *(Decimal(n) if n is not None else None for n in (low, high)),
                )
                for period, value, low, high in item["points"]
            ],
        )
        for item in data
    ]


def _plain(number):
    """1234.50 as "1234.5" and 1200.00 as "1200": what a spreadsheet expects."""
    return "" if number is None else format(number.normalize(), "f")


def to_csv(series):
    """The series as CSV text in the import format (comma separated, dot
    decimals); labels and units never start a formula in a spreadsheet."""
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for item in series:
        for point in item.points:
            writer.writerow(
                [item.code, as_spreadsheet_text(item.label), as_spreadsheet_text(item.unit)]
                + [point.period]
                + [_plain(number) for number in (point.value, point.low, point.high)]
            )
    return output.getvalue()


def compare(old, new):
    """What an import changes: [(code, label, period, old value, new value)]."""
    old_values = {(s.code, p.period): p.value for s in old for p in s.points}
    new_values = {(s.code, p.period): p.value for s in new for p in s.points}
    labels = {s.code: s.label for s in [*old, *new]}
    changes = []
    for key in dict.fromkeys([*new_values, *old_values]):
        before, after = old_values.get(key), new_values.get(key)
        if before != after:
            changes.append((key[0], labels[key[0]], key[1], before, after))
    return changes
