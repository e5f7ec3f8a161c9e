"""Forecasts as readers see them: the index page's list, a forecast's key
figures and charts beside its fields, and its figures as CSV."""

from django.http import HttpResponse

from campaigns.forecasts.figures import forecast_context
from campaigns.forecasts.series import to_csv
from campaigns.models import ForecastIndexPage, ForecastPage
from home.models.pages import context_view, route_view


@context_view(ForecastIndexPage)
def forecast_index(page, request):
    """The published forecasts, newest first, a page at a time."""
    return {"forecasts": page.listing(request, page.published_forecasts())}


@context_view(ForecastPage)
def forecast_figures(page, request):
    return forecast_context(page)


@route_view(ForecastPage, "csv")
def forecast_csv(request, page):
    """The forecast's figures in the import format, for spreadsheets."""
    # A byte order mark makes spreadsheet programs read the file as UTF-8.
    response = HttpResponse("\ufeff" + to_csv(page.data()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.csv"'
    return response
