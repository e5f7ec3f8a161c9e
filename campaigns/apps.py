from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"

    def ready(self):
        from campaigns import signals
        from campaigns.models import MythIndexPage

        signals.connect([MythIndexPage])
