"""How a forecast's source and key figures appear in the API."""

from rest_framework import serializers

from campaigns.forecasts.figures import comparable_series, key_figures
from home.serializers import ListingField


def as_number(value):
    """A Decimal as a JSON number: whole numbers without a decimal point."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


class SourceOrganisationSerializer(serializers.Field):
    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, organisation):
        return {"name": organisation.name, "website": organisation.website}


class KeyFiguresSerializer(ListingField):
    """The key figures a forecast page shows (campaigns.forecasts.figures):
    each series' value for the key period with its interval, the previous
    edition's value and the change. A listing reads the previous editions of
    all the forecasts it lists in one query."""

    def read_for(self, pages):
        return type(pages[0]).previous_editions(pages) if pages else {}

    def represent(self, page, previous_editions):
        previous = previous_editions.get(page.pk)
        return [
            {
                "label": figure.label,
                "unit": figure.unit,
                "period": figure.period,
                "value": as_number(figure.value),
                "low": as_number(figure.low),
                "high": as_number(figure.high),
                "previous": as_number(figure.previous),
                "change": as_number(figure.change),
            }
            for figure in key_figures(page, comparable_series(previous))
        ]
