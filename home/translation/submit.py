"""wagtail-localize's "Translate this page", ending where its user can work."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from home.easy_read.models import SwedishOnlyMixin


class SubmitPageTranslationToEditableView(SubmitPageTranslationView):
    """wagtail-localize sends whoever started one translation on to that
    translation's editor. A Communicator may start translations but not edit
    other languages' trees, so they would land on a refusal; they go back to
    the page they translated instead (with wagtail-localize's message).
    Easy-to-read Swedish is never translated (home/easy_read/): its
    "Translate this page" button, which wagtail-localize shows on every page,
    leads back to the editor with the reason."""

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"]).specific
        if isinstance(page, SwedishOnlyMixin):
            messages.error(
                request,
                _(
                    "Easy-to-read Swedish is not translated. Translate the original page "
                    "instead: readers of other languages read its translations."
                ),
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        return super().dispatch(request, *args, **kwargs)

    def get_default_success_url(self, translated_page=None):
        if translated_page is not None:
            permissions = translated_page.permissions_for_user(self.request.user)
            if not permissions.can_edit():
                return reverse("wagtailadmin_pages:edit", args=[self.object.pk])
        return super().get_default_success_url(translated_page)
