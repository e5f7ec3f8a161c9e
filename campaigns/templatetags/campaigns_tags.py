from decimal import Decimal
from urllib.parse import quote, urlencode

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

from campaigns.campaigns.choices import CampaignStatus
from campaigns.forecasts.figures import comparable_series, key_figures
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    ForecastPage,
    MythPage,
    SituationPage,
)
from campaigns.myths.urgent import open_urgent_publication
from campaigns.rumours.forms import RumourReportForm
from home.municipalities.trees import in_site
from home.navigation import navigation
from home.templatetags.structured_data import json_ld

register = template.Library()

HOME_MYTH_COUNT = 3
HOME_CAMPAIGN_COUNT = 3
# The myth page's ClaimReview loads this library only.
register.filter("json_ld", json_ld)


@register.inclusion_tag("campaigns/rumours/components/report_link.html")
def rumour_report_link():
    return {}


@register.simple_tag
def new_rumour_report_form():
    """An empty rumour report form, for pages that offer one below their content."""
    return RumourReportForm()


@register.inclusion_tag("campaigns/myths/components/latest_myths.html", takes_context=True)
def latest_myths(context, count=HOME_MYTH_COUNT):
    """The newest myth answers of the site in the reader's language, for the home page."""
    myths = (
        in_site(MythPage.objects.live().public(), context["request"])
        .select_related("topic")
        .order_by("-first_published_at", "-pk")[:count]
    )
    return {"myths": list(myths), "request": context.get("request")}


@register.inclusion_tag("campaigns/myths/components/urgent_notice.html")
def urgent_publication_notice(page):
    """The notice "published urgently, fact check in progress" on a myth page, in every
    language, while the fact check after an urgent publication is open."""
    return {"urgent": open_urgent_publication(page)}


@register.inclusion_tag("campaigns/myths/components/verdict_badge.html")
def verdict_badge(myth, size="small"):
    return {"verdict": myth.verdict, "label": myth.verdict_label, "size": size}


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """Plain links to share a page; nothing loads from these services until clicked."""
    url = page.get_full_url(context.get("request"))
    text = _("Rumour: “%(claim)s” – %(verdict)s. Read the checked facts:") % {
        "claim": page.claim,
        "verdict": page.verdict_label,
    }
    message = f"{text} {url}"
    return {
        "url": url,
        "email": "mailto:?" + urlencode({"subject": page.claim, "body": message}, quote_via=quote),
        "whatsapp": "https://wa.me/?" + urlencode({"text": message}, quote_via=quote),
        "facebook": "https://www.facebook.com/sharer/sharer.php?"
        + urlencode({"u": url}, quote_via=quote),
    }


@register.filter
def number(value):
    """A number in the reader's language: grouped digits, no trailing zeros."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    value = value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()
    return formats.number_format(value, use_l10n=True, force_grouping=True)


@register.filter
def signed_number(value):
    """A change with its sign, using a real minus sign."""
    text = number(abs(value))
    if value > 0:
        return f"+{text}"
    if value < 0:
        return f"\u2212{text}"
    return text


@register.inclusion_tag("campaigns/forecasts/components/latest_forecast.html", takes_context=True)
def latest_forecast(context):
    """The site's newest live forecast in the reader's language and its key figures."""
    forecast, previous = ForecastPage.newest_and_previous(
        in_site(ForecastPage.objects.live().public(), context["request"])
    )
    figures = []
    if forecast is not None:
        figures = key_figures(forecast, comparable_series(previous))
    return {"forecast": forecast, "key_figures": figures, "request": context.get("request")}


@register.filter
def value_for(series, period):
    return series.value_for(period) if series else None


@register.inclusion_tag("campaigns/campaigns/components/active_campaigns.html", takes_context=True)
def active_campaigns(context, count=HOME_CAMPAIGN_COUNT):
    """The site's active campaigns in the reader's language, for the home page."""
    campaigns = (
        in_site(CampaignPage.objects.live().public(), context["request"])
        .filter(status=CampaignStatus.ACTIVE)
        .order_by("-start_date", "-pk")[:count]
    )
    index = navigation(context["request"], context.get("page")).index_of_type(CampaignIndexPage)
    return {"campaigns": list(campaigns), "index": index, "request": context.get("request")}


@register.inclusion_tag("campaigns/situations/components/situation_list.html", takes_context=True)
def situation_list(context):
    """The live situation pages in the reader's language, in the order editors
    gave them in the page tree, for the top of the home page (one query)."""
    situations = (
        in_site(SituationPage.objects.live().public(), context["request"])
        .only("title", "intro", "url_path", "locale_id")
        .order_by("path")
    )
    return {"situations": list(situations), "request": context.get("request")}
