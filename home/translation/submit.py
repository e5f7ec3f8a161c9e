"""wagtail-localize's "Translate this page", ending where its user can work."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView


class SubmitPageTranslationToEditableView(SubmitPageTranslationView):
    """wagtail-localize sends whoever started one translation on to that
    translation's editor. A Communicator may start translations but not edit
    other languages' trees, so they would land on a refusal; they go back to
    the page they translated instead (with wagtail-localize's message).
    A page type that is never translated here (easy-to-read Swedish, copies
    of other installations' stories) says why (`not_translated_because`): its
    "Translate this page" button, which wagtail-localize shows on every page,
    leads back with the reason."""

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        reason = getattr(page, "not_translated_because", None)
        if reason:
            messages.error(request, reason)
            if page.permissions_for_user(request.user).can_edit():
                return redirect("wagtailadmin_pages:edit", page.pk)
            return redirect("wagtailadmin_explore", page.get_parent().pk)
        return super().dispatch(request, *args, **kwargs)

    def get_default_success_url(self, translated_page=None):
        if translated_page is not None:
            permissions = translated_page.permissions_for_user(self.request.user)
            if not permissions.can_edit():
                return reverse("wagtailadmin_pages:edit", args=[self.object.pk])
        return super().get_default_success_url(translated_page)
