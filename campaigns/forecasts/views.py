"""A forecast as readers see it: key figures and charts beside its fields, and
its figures as CSV (registered for ForecastPage)."""

from django.http import HttpResponse

from campaigns.forecasts.figures import forecast_context
from campaigns.forecasts.series import to_csv
from campaigns.models import ForecastPage
from home.models.pages import context_view, route_view


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
