"""Campaigns as readers use them: the index page's filters and results, and
a campaign's activities as a calendar file (registered for the page types)."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from campaigns.campaigns import ics
from campaigns.campaigns.forms import CampaignFilterForm
from campaigns.models import CampaignIndexPage, CampaignPage
from home.models.pages import context_view, route_view
from home.site_address import site_hostname
from home.translation.lookup import translated

PRODUCT_ID = "-//Samla//Campaign activities//EN"


@context_view(CampaignIndexPage)
def campaign_index(page, request):
    """The campaigns a reader filtered by status and target group, active first."""
    groups = list(page.target_groups_in_use())
    form = CampaignFilterForm(request.GET, target_groups=groups)
    campaigns = form.filter(page.published_campaigns()).prefetch_related("target_groups")
    page_obj = page.listing(request, campaigns)
    names = {group.translation_key: group for group in groups}
    return {
        "filter_form": form,
        "campaigns": page_obj,
        "cards": [
            (campaign, [translated(g, names) for g in campaign.target_groups.all()])
            for campaign in page_obj
        ],
    }


@route_view(CampaignPage, "calendar")
def activities_calendar(request, page):
    """The campaign's activities as an .ics file that calendar programs import."""
    page_url = page.get_full_url(request)
    events = [
        {
            # Stable across edits and re-downloads, so a calendar updates
            # the event instead of adding a copy; one per language.
            "uid": f"{activity.translation_key}-{page.locale.language_code}@{site_hostname()}",
            "summary": activity.title,
            "start": activity.start_date,
            "end": activity.exclusive_end,
            "location": activity.place,
            "description": f"{activity.description}\n\n{page.title}: {page_url}".strip(),
            "url": page_url,
        }
        for activity in page.activities_by_date()
    ]
    stamp = page.last_published_at or timezone.now()
    body = ics.calendar(page.title, events, PRODUCT_ID, stamp)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = slugify(page.slug) or "campaign"
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response
