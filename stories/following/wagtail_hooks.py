"""Settings → Followed Samla installations: superusers follow another Samla
installation's shared stories by its address, see when it was last
synchronised and what went wrong, and stop following it. A source is not
deleted here: unfollowed, its copies go at the next sync."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from home.editorial.permissions import NoDeletionPolicy
from stories.following.models import FollowedSource


class FollowedSourceViewSet(ModelViewSet):
    model = FollowedSource
    icon = "globe"
    menu_label = _("Followed Samla sites")
    add_to_settings_menu = True
    form_fields = ["name", "address", "active"]
    list_display = ["name", "address", "active", "last_synced_at", "last_error"]
    permission_policy = NoDeletionPolicy(FollowedSource)


@hooks.register("register_admin_viewset")
def register_followed_source_viewset():
    return FollowedSourceViewSet("followed_sources")
