"""wagtail-localize's "Translate this page", ending where its user can work."""

from django.urls import reverse

from wagtail_localize.views.submit_translations import SubmitPageTranslationView


class SubmitPageTranslationToEditableView(SubmitPageTranslationView):
    """wagtail-localize sends whoever started one translation on to that
    translation's editor. A Communicator may start translations but not edit
    other languages' trees, so they would land on a refusal; they go back to
    the page they translated instead (with wagtail-localize's message)."""

    def get_default_success_url(self, translated_page=None):
        if translated_page is not None:
            permissions = translated_page.permissions_for_user(self.request.user)
            if not permissions.can_edit():
                return reverse("wagtailadmin_pages:edit", args=[self.object.pk])
        return super().get_default_success_url(translated_page)
