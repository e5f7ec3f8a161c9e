"""The index of followed installations' stories, as readers see it."""

from home.models.pages import context_view
from stories.following.models import FollowedStoryIndexPage, FollowedStoryPage


@context_view(FollowedStoryIndexPage)
def followed_stories(page, request):
    copies = (
        FollowedStoryPage.objects.child_of(page)
        .live()
        .public()
        .newest_first()
        .defer_streamfields()
        .select_related("source", "locale")
    )
    return {"copies": page.listing(request, copies)}
