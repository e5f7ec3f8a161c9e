"""A forecast's data series: one block per series, one per period."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import (
    ListBlockValidationError,
    StreamBlockValidationError,
    StructBlockValidationError,
)

# The forecast rules live in the clean() of the three forecast blocks below:
# the page editor, the CSV import and the public chart all check them there
# (campaigns/forecasts/series.py: check_rules).
PERIOD_PATTERN = r"^[0-9A-Za-z][0-9A-Za-z\-/. ]{0,19}$"


SERIES_CODE_PATTERN = r"^[a-z0-9][a-z0-9\-_]{0,49}$"


LABEL_MAX_LENGTH = 200


UNIT_MAX_LENGTH = 50


class ForecastValueBlock(blocks.StructBlock):
    """One period of a series: the planning assumption and, where the agency
    gives one, the low–high interval around it."""

    period = blocks.RegexBlock(
        PERIOD_PATTERN,
        label=_("Period"),
        help_text=_("E.g. 2026, 2026-Q1 or 2026-06."),
        error_messages={"invalid": _("Use a period such as 2026, 2026-Q1 or 2026-06.")},
    )
    value = blocks.DecimalBlock(label=_("Value"), decimal_places=2)
    low = blocks.DecimalBlock(label=_("Low"), required=False, decimal_places=2)
    high = blocks.DecimalBlock(label=_("High"), required=False, decimal_places=2)

    class Meta:
        icon = "date"
        template = "campaigns/forecasts/blocks/forecast_value.html"

    def clean(self, value):
        value = super().clean(value)
        low, high, number = value["low"], value["high"], value["value"]
        if (low is None) != (high is None):
            missing = "low" if low is None else "high"
            raise StructBlockValidationError(
                block_errors={missing: ValidationError(_("Give both low and high, or neither."))}
            )
        if low is not None and low > high:
            raise StructBlockValidationError(
                block_errors={"high": ValidationError(_("High cannot be lower than low."))}
            )
        # A draft may be saved with the value still empty.
        if low is not None and number is not None and not low <= number <= high:
            raise StructBlockValidationError(
                block_errors={
                    "value": ValidationError(_("The value must lie between low and high."))
                }
            )
        return value


class ForecastSeriesBlock(blocks.StructBlock):
    code = blocks.RegexBlock(
        SERIES_CODE_PATTERN,
        label=_("Code"),
        help_text=_(
            "Lower-case letters, digits and hyphens; the same code in the next forecast "
            "lets readers compare the two."
        ),
        error_messages={"invalid": _("Use lower-case letters, digits and hyphens.")},
    )
    label = blocks.CharBlock(label=_("Label"), max_length=LABEL_MAX_LENGTH)
    unit = blocks.CharBlock(label=_("Unit"), max_length=UNIT_MAX_LENGTH, required=False)
    values = blocks.ListBlock(ForecastValueBlock(), label=_("Values"))

    class Meta:
        icon = "table"
        template = "campaigns/forecasts/blocks/forecast_series.html"

    def clean(self, value):
        value = super().clean(value)
        seen = set()
        repeated = {}
        for index, point in enumerate(value["values"]):
            period = point["period"]
            if period and period in seen:
                repeated[index] = StructBlockValidationError(
                    block_errors={
                        "period": ValidationError(
                            _("The period %(period)s appears twice in this series."),
                            params={"period": period},
                        )
                    }
                )
            seen.add(period)
        if repeated:
            raise StructBlockValidationError(
                block_errors={"values": ListBlockValidationError(block_errors=repeated)}
            )
        return value


class ForecastSeriesStreamBlock(blocks.StreamBlock):
    series = ForecastSeriesBlock()

    def clean(self, value):
        """A code names one series: readers' comparisons with the previous
        forecast, and a CSV file's rows, are matched by it."""
        value = super().clean(value)
        labels = {}
        repeated = {}
        for index, child in enumerate(value):
            code = child.value["code"]
            if code and code in labels:
                repeated[index] = StructBlockValidationError(
                    block_errors={
                        "code": ValidationError(
                            _("Another series, “%(label)s”, already has the code “%(code)s”."),
                            params={"label": labels[code], "code": code},
                        )
                    }
                )
            labels.setdefault(code, child.value["label"])
        if repeated:
            raise StreamBlockValidationError(block_errors=repeated)
        return value
