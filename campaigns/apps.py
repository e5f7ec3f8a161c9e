from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"

    def ready(self):
        # The domains' views modules register the page views of campaigns,
        # myths and forecasts (home.models.pages.context_view, route_view).
        from campaigns import fact_check
        from campaigns.campaigns import views as _campaign_views  # noqa: F401
        from campaigns.forecasts import views as _forecast_views  # noqa: F401
        from campaigns.models import ForecastIndexPage, MythIndexPage
        from campaigns.myths import republishing, urgent
        from campaigns.myths import views as _myth_views  # noqa: F401
        from campaigns.rumours import replies

        fact_check.connect([MythIndexPage, ForecastIndexPage])
        urgent.connect(self)
        replies.register()
        republishing.register()
