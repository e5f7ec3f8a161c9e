"""Forecasts of asylum reception: figures an agency publishes, imported from
CSV, shown as a chart and a table, compared with the previous forecast."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from campaigns.example_content import ExampleContentMixin
from campaigns.forecasts.blocks import ForecastSeriesStreamBlock
from campaigns.forecasts.serializers import KeyFiguresSerializer, SourceOrganisationSerializer
from campaigns.forecasts.series import series_from_stream
from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage, IndexPage
from home.municipalities.trees import in_tree_of
from home.review_dates.models import ReviewDatesMixin
from home.subscriptions.choices import SubscriptionTopic


class ForecastIndexPage(IndexPage):
    template = "campaigns/forecasts/forecast_index_page.html"

    subpage_types = ["campaigns.ForecastPage"]

    class Meta:
        verbose_name = _("forecast index page")

    def published_forecasts(self):
        return (
            ForecastPage.objects.child_of(self)
            .live()
            .public()
            .select_related("source_organisation")
            .order_by("-forecast_date", "-edition", "-pk")
        )


class ForecastPage(ReviewDatesMixin, RoutablePageMixin, ExampleContentMixin, BasePage):
    template = "campaigns/forecasts/forecast_page.html"

    subscription_topic = SubscriptionTopic.FORECASTS
    # A forecast is superseded by the next one, about every quarter.
    review_interval_months = 3

    series_key = models.SlugField(
        _("forecast series"),
        max_length=100,
        help_text=_(
            "The same for every edition of one forecast (e.g. migrationsverket-mottagande), "
            "so that older editions point to the newest and figures are compared."
        ),
    )
    forecast_date = models.DateField(_("forecast date"))
    edition = models.PositiveSmallIntegerField(
        _("edition"), default=1, help_text=_("The agency's number for the forecast in its year.")
    )
    source_organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("source organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_url = models.URLField(_("link to the original forecast"), blank=True)
    period_start = models.CharField(_("period from"), max_length=20)
    period_end = models.CharField(_("period to"), max_length=20)
    key_period = models.CharField(
        _("key figure period"),
        max_length=20,
        help_text=_("The period whose values are shown as key figures, e.g. 2026."),
    )
    summary = models.TextField(_("summary"), max_length=1000)
    methodology = RichTextField(_("methodology notes"), features=RICH_TEXT_FEATURES, blank=True)
    series = StreamField(ForecastSeriesStreamBlock(), verbose_name=_("data series"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("series_key"),
                FieldRowPanel([FieldPanel("forecast_date"), FieldPanel("edition")]),
                FieldPanel("source_organisation"),
                FieldPanel("source_url"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("key_period"),
            ],
            heading=_("Forecast"),
        ),
        FieldPanel("summary"),
        FieldPanel("methodology"),
        HelpPanel(
            template="campaigns/forecasts/admin/forecast_import_help.html",
            heading=_("Import from CSV"),
        ),
        FieldPanel("series"),
    ]
    settings_panels = [*Page.settings_panels, *ExampleContentMixin.settings_panels]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = [
        APIField("series_key"),
        APIField("forecast_date"),
        APIField("edition"),
        APIField("source_organisation", serializer=SourceOrganisationSerializer()),
        APIField("source_url"),
        APIField("period_start"),
        APIField("period_end"),
        APIField("key_period"),
        APIField("summary"),
        APIField("key_figures", serializer=KeyFiguresSerializer()),
        APIField("is_example_content"),
    ]
    # What the API's listing joins for these fields (site/api.py).
    api_select_related = ["locale", "source_organisation"]

    parent_page_types = ["campaigns.ForecastIndexPage"]
    subpage_types = ["home.EasyReadPage"]

    class Meta:
        verbose_name = _("forecast page")

    def data(self):
        return series_from_stream(self.series)

    def same_series(self):
        """Live, public editions of this forecast in this page's tree (an
        edition behind a login or password is neither linked nor compared with)."""
        return in_tree_of(ForecastPage.objects.live().public(), self).filter(
            series_key=self.series_key, locale_id=self.locale_id
        )

    def previous_forecast(self):
        return (
            self.same_series()
            .filter(
                models.Q(forecast_date__lt=self.forecast_date)
                | models.Q(forecast_date=self.forecast_date, edition__lt=self.edition)
            )
            .order_by("-forecast_date", "-edition")
            .first()
        )

    @classmethod
    def previous_editions(cls, forecasts):
        """{pk: previous_forecast()} for many forecasts (the API's listing), in one query."""

        def order(page):
            return page.forecast_date, page.edition

        editions = list(
            cls.objects.live()
            .public()
            .filter(
                series_key__in={forecast.series_key for forecast in forecasts},
                locale_id__in={forecast.locale_id for forecast in forecasts},
            )
        )
        return {
            forecast.pk: max(
                (
                    edition
                    for edition in editions
                    if (edition.series_key, edition.locale_id)
                    == (forecast.series_key, forecast.locale_id)
                    and order(edition) < order(forecast)
                ),
                key=order,
                default=None,
            )
            for forecast in forecasts
        }

    @staticmethod
    def newest_and_previous(forecasts):
        """The newest of `forecasts` (live ones of one tree) and the edition
        before it in its series, each None for none, in one query."""
        newest_first = forecasts.order_by("-forecast_date", "-edition")
        newest_series = newest_first.values("series_key")[:1]
        editions = list(newest_first.filter(series_key=models.Subquery(newest_series))[:2])
        return (editions + [None, None])[:2]

    def newest_forecast(self):
        return self.same_series().order_by("-forecast_date", "-edition").first()

    @path("csv/", name="csv")
    def csv_download(self, request):
        """The figures as CSV at a stable address beside the page."""
        return self.route_response("csv", request)
