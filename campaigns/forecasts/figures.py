"""What a forecast page shows besides its fields: key figures with their
change against the previous forecast, and the geometry of each series'
chart (drawn as SVG by campaigns/forecasts/components/forecast_chart.html). Only
series that keep the forecast rules are drawn, compared or made key figures;
the table shows every series as stored."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import get_language_bidi

CHART_WIDTH = 640
CHART_HEIGHT = 300
MARGIN_TOP = 20
MARGIN_BOTTOM = 40
MARGIN_AXIS = 70
MARGIN_END = 20


@dataclass
class KeyFigure:
    label: str
    unit: str
    period: str
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    previous: Decimal | None

    @property
    def change(self):
        return None if self.previous is None else self.value - self.previous


def comparable_series(forecast):
    """{code: series} of a forecast's valid series; empty without a forecast."""
    if forecast is None:
        return {}
    return {series.code: series for series in forecast.data() if series.valid}


def key_figures(page, previous_series):
    figures = []
    for series in page.data():
        point = series.value_for(page.key_period) if series.valid else None
        if point is None:
            continue
        before = previous_series.get(series.code)
        before_point = before.value_for(page.key_period) if before else None
        figures.append(
            KeyFigure(
                label=series.label,
                unit=series.unit,
                period=point.period,
                value=point.value,
                low=point.low,
                high=point.high,
                previous=before_point.value if before_point else None,
            )
        )
    return figures


def _nice_step(maximum, ticks=4):
    """A round gridline step (1, 2, 2.5 or 5 × 10^n) giving about `ticks` lines."""
    if maximum <= 0:
        return Decimal(1)
    raw = Decimal(maximum) / ticks
    magnitude = Decimal(10) ** (raw.adjusted())
    for factor in (1, 2, Decimal("2.5"), 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def chart(series, previous, rtl):
    """Coordinates for one series (and the same series of the previous
    forecast), mirrored for right-to-left reading."""
    periods = [point.period for point in series.points]
    numbers = [
        number
        for point in [*series.points, *(previous.points if previous else [])]
        for number in (point.value, point.high)
        if number is not None
    ]
    step = _nice_step(max([*numbers, Decimal(0)]))
    top = step * max(1, -(-max([*numbers, Decimal(1)]) // step))
    plot_width = CHART_WIDTH - MARGIN_AXIS - MARGIN_END
    plot_height = CHART_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    spacing = plot_width / max(len(periods) - 1, 1)

    def x(index):
        offset = MARGIN_AXIS + (spacing * index if len(periods) > 1 else plot_width / 2)
        return round(CHART_WIDTH - offset if rtl else offset, 1)

    def y(number):
        return round(MARGIN_TOP + plot_height * (1 - float(number) / float(top)), 1)

    def points_of(items):
        located = [(x(periods.index(p.period)), y(p.value)) for p in items if p.period in periods]
        return [{"x": px, "y": py, "square_x": px - 4, "square_y": py - 4} for px, py in located]

    current = points_of(series.points)
    band = [(x(i), y(p.high)) for i, p in enumerate(series.points) if p.high is not None]
    band += [
        (x(i), y(p.low)) for i, p in reversed(list(enumerate(series.points))) if p.low is not None
    ]
    earlier = points_of(previous.points) if previous else []
    axis_x = CHART_WIDTH - MARGIN_AXIS if rtl else MARGIN_AXIS
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "axis_x": axis_x,
        "label_x": axis_x + 8 if rtl else axis_x - 8,
        "label_anchor": "start" if rtl else "end",
        "period_y": CHART_HEIGHT - 12,
        "first_period": periods[0] if periods else "",
        "last_period": periods[-1] if periods else "",
        "plot_start": MARGIN_AXIS if not rtl else MARGIN_END,
        "plot_end": CHART_WIDTH - MARGIN_END if not rtl else CHART_WIDTH - MARGIN_AXIS,
        "baseline": y(0),
        "gridlines": [{"y": y(step * i), "value": step * i} for i in range(int(top / step) + 1)],
        "periods": [{"x": x(i), "label": period} for i, period in enumerate(periods)],
        "line": " ".join(f"{p['x']},{p['y']}" for p in current),
        "points": current,
        "band": " ".join(f"{px},{py}" for px, py in band) if len(band) >= 4 else "",
        "previous_line": " ".join(f"{p['x']},{p['y']}" for p in earlier),
        "previous_points": earlier,
    }


def forecast_context(page):
    previous = page.previous_forecast()
    newest = page.newest_forecast()
    previous_series = comparable_series(previous)
    rtl = get_language_bidi()
    charts = []
    for series in page.data():
        earlier = previous_series.get(series.code) if series.valid else None
        drawing = chart(series, earlier, rtl) if series.valid else None
        charts.append({"series": series, "previous": earlier, "chart": drawing})
    return {
        "previous_forecast": previous,
        "newest_forecast": newest if newest and newest.pk != page.pk else None,
        "key_figures": key_figures(page, previous_series),
        "charts": charts,
    }
