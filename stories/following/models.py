"""Stories another Samla installation shares, kept here as read-only copies.

An administrator follows an installation by its address (FollowedSource);
`manage.py sync_followed_stories` fetches what it shares through its API v2
(stories/following/sync.py) and keeps one FollowedStoryPage per story and
language under a hidden index in the default municipality's trees. A copy is
a story like any other for the library (shared, so every library showing
shared stories lists it), credited to its source, with a canonical link to
the original; nobody edits it here."""

from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import PagePermissionTester

from home.models import IndexPage
from stories.library.models import StoryPage


class FollowedSource(models.Model):
    """Another Samla installation whose shared stories this one shows."""

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("How readers see the source, e.g. “Samla Västernorrland”."),
    )
    address = models.URLField(
        _("address"),
        unique=True,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("The address of the other Samla site, e.g. https://samla.example.se/."),
    )
    active = models.BooleanField(
        _("follow"),
        default=True,
        help_text=_(
            "Untick to stop following: its stories leave the library at the next synchronisation."
        ),
    )
    last_checked_at = models.DateTimeField(_("last checked"), null=True, editable=False)
    last_synced_at = models.DateTimeField(_("last synchronised"), null=True, editable=False)
    last_error = models.TextField(_("last problem"), blank=True, editable=False)
    # {listing address: [ETag, total count, [[page id, last published], ...]]}
    # of the last complete sync: a listing page answered 304 is read from here.
    listing_pages = models.JSONField(default=dict, editable=False)

    class Meta:
        verbose_name = _("followed Samla installation")
        verbose_name_plural = _("followed Samla installations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ReadOnlyPagePermissionTester(PagePermissionTester):
    """Nobody changes a copy in the admin; the sync alone keeps it in step
    with its source."""

    def can_add_subpage(self):
        return False

    def can_edit(self):
        return False

    def can_delete(self, ignore_bulk=False):
        return False

    def can_unpublish(self):
        return False

    def can_publish(self):
        return False

    def can_submit_for_moderation(self):
        return False

    def can_set_view_restrictions(self):
        return False

    def can_lock(self):
        return False

    def can_publish_subpage(self):
        return False

    def can_reorder_children(self):
        return False

    def can_move(self):
        return False

    def can_copy(self):
        return False


NOT_TRANSLATED_HERE = _(
    "This is a copy of a story another Samla installation shares, in each language it "
    "shares it in; it is translated there, not here."
)


class FollowedStoryIndexPage(IndexPage):
    """One language's stories from followed installations, below the
    default municipality's home page; made by the sync, not by editors."""

    template = "stories/following/followed_story_index_page.html"

    is_creatable = False
    show_feedback = False
    not_translated_because = NOT_TRANSLATED_HERE
    subpage_types = ["stories.FollowedStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("stories from other Samla installations")

    def permissions_for_user(self, user):
        return ReadOnlyPagePermissionTester(user, self)

    def get_sitemap_urls(self, request=None):
        return []


class FollowedStoryPage(StoryPage):
    """A read-only copy of a story another installation shares."""

    template = "stories/following/followed_story_page.html"

    is_creatable = False
    show_feedback = False
    not_translated_because = NOT_TRANSLATED_HERE
    # Its subscribers heard of it from its own installation.
    subscription_topic = None
    # Its municipality reviews it; here it is never published but by the sync.
    reviewed_here = False

    source = models.ForeignKey(
        FollowedSource, verbose_name=_("source"), on_delete=models.PROTECT, related_name="copies"
    )
    source_page_id = models.PositiveBigIntegerField(_("page id at the source"))
    source_url = models.URLField(_("original"), max_length=500)
    source_municipality = models.CharField(_("municipality"), max_length=255, blank=True)
    source_last_published_at = models.DateTimeField(_("last published at the source"))
    source_etag = models.CharField(max_length=200, blank=True, editable=False)

    parent_page_types = ["stories.FollowedStoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story from another Samla installation")
        verbose_name_plural = _("stories from other Samla installations")
        constraints = [
            models.UniqueConstraint(
                fields=["source", "source_page_id"], name="one_copy_per_followed_story"
            )
        ]

    def permissions_for_user(self, user):
        return ReadOnlyPagePermissionTester(user, self)

    def get_canonical_url(self, request=None):
        return self.source_url

    def get_sitemap_urls(self, request=None):
        # The original is the page search engines should index.
        return []
