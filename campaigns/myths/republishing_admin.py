"""Myths → Shared myths: the answers other municipalities share, and the
button that republishes one as a draft in the user's municipality's myth
section (campaigns/myths/republishing.py)."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import page_permission_policy

from campaigns.myths.models import MythPage, Republication
from campaigns.myths.republishing import myth_section, shared_by_others, swedish_home_path
from home.municipalities.models import Municipality
from home.municipalities.trees import municipality_trees, tree_of

# The newest shared answers; more than a communicator reads through.
SHARED_LIST_LENGTH = 200


class SharedMythsView(WagtailAdminTemplateMixin, TemplateView):
    """Myths shared by other municipalities: each with the municipality that
    checked it, and a button to republish it (or a link to the page already
    republished)."""

    template_name = "campaigns/myths/admin/shared_myths.html"
    page_title = gettext_lazy("Myths other municipalities share")
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not page_permission_policy.user_has_permission(request.user, "add"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        municipality = Municipality.of_user(self.request.user)
        pages = list(shared_by_others(municipality)[:SHARED_LIST_LENGTH])
        trees = municipality_trees(settings.LANGUAGE_CODE)
        republished = dict(
            MythPage.objects.filter(
                republished_from__in=[page.pk for page in pages],
                url_path__startswith=swedish_home_path(municipality),
            ).values_list("republished_from_id", "pk")
        )
        for page in pages:
            tree = tree_of(page, trees)
            page.municipality_name = tree.name if tree else ""
            page.republished_as = republished.get(page.pk)
        context.update(pages=pages, municipality=municipality)
        return context


@require_POST
def republish(request, page_id):
    """Copies a shared myth page, as a draft, into the user's municipality's
    myth section, and opens it in the page editor."""
    municipality = Municipality.of_user(request.user)
    original = get_object_or_404(shared_by_others(municipality), pk=page_id)
    section = myth_section(municipality)
    if section is None or not section.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    existing = original.republications.filter(url_path__startswith=section.url_path).first()
    if existing is not None:
        return redirect("wagtailadmin_pages:edit", existing.pk)
    tree = tree_of(original, municipality_trees(settings.LANGUAGE_CODE))
    with transaction.atomic():
        copy = original.copy(
            to=section,
            # A draft of its own: not the original's draft title, lock,
            # schedule or links to the original municipality's other myths.
            update_attrs={
                "slug": section.free_child_slug(original.slug),
                "draft_title": original.title,
                "shared": False,
                "republished_from": original,
                "related_myths": [],
                "locked": False,
                "locked_by": None,
                "locked_at": None,
                "go_live_at": None,
                "expire_at": None,
            },
            keep_live=False,
            copy_revisions=False,
            user=request.user,
        )
        Republication.objects.create(
            page=copy,
            original_municipality=tree.name if tree else "",
            original_seen_at=original.last_published_at,
        )
    messages.success(
        request,
        _(
            "“%(title)s” is now a draft in your myth section, credited to %(municipality)s. "
            "Adapt it if you need to, then submit it for review."
        )
        % {"title": copy.title, "municipality": tree.name if tree else ""},
    )
    return redirect("wagtailadmin_pages:edit", copy.pk)
