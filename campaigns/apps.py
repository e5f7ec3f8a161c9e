from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"

    def ready(self):
        from campaigns import signals
        from campaigns.models import ForecastIndexPage, MythIndexPage

        signals.connect([MythIndexPage, ForecastIndexPage])
