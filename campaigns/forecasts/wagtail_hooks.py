from django.urls import path

from wagtail import hooks

from campaigns.forecasts.csv_import import forecast_import


@hooks.register("register_admin_urls")
def register_forecast_import_urls():
    return [path("forecasts/<int:page_id>/import/", forecast_import, name="forecast_import")]
