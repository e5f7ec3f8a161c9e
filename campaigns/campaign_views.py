from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

from campaigns import ics

PRODUCT_ID = "-//Samla//Campaign activities//EN"


def activities_calendar(request, page):
    """The campaign's activities as an .ics file that calendar programs import."""
    page_url = page.get_full_url(request)
    host = request.get_host().split(":")[0] or "samla"
    events = [
        {
            # Stable across edits and re-downloads, so a calendar updates
            # the event instead of adding a copy; one per language.
            "uid": f"{activity.translation_key}-{page.locale.language_code}@{host}",
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
