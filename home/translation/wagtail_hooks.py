"""Admin wiring of translation: the status grid, submitting a translation
for review, and translators kept to their languages' snippets."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.editorial import setup as editorial_setup
from home.translation.reports import TranslationStatusView
from home.translation.review import submit_translation_for_review
from home.translation.submit import SubmitPageTranslationToEditableView


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        gettext_lazy("Translation status"),
        reverse("translation_status_report"),
        icon_name="globe",
        order=10,
    )


@hooks.register("before_edit_snippet", order=-1)
@hooks.register("before_delete_snippet", order=-1)
def keep_translators_in_their_language(request, instance):
    """Wagtail's snippet permissions are global: a translator may still only
    touch snippets in the language(s) they translate."""
    locale = getattr(instance, "locale", None)
    if locale is not None and not editorial_setup.works_in_language(
        request.user, locale.language_code
    ):
        raise PermissionDenied(_("You can only edit content in the language you translate."))
    return None


# Ordered first: this path must be matched before wagtail-localize's own view
# of it (reverse() still finds theirs). Without an order, which app's hooks
# load first depends on imports: a snippet registered while the hooks load
# makes Wagtail load every other app's hooks before the rest of home's.
@hooks.register("register_admin_urls", order=-1)
def register_translation_urls():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslationToEditableView.as_view(),
            name="submit_page_translation_to_editable",
        ),
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="translation_status_report",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="submit_translation_for_review",
        ),
    ]
