"""Translations go live only through their language's review.

wagtail-localize's "Update translations" form can publish every translation
at once; Samla takes that option away. (Its editor's "Publish" is already
closed by home.editorial.permissions.ReviewedPagePermissionTester: nobody publishes
directly under a workflow.) Samla adds what wagtail-localize lacks: a
translator saves the translation as a draft and submits it to
"Translation review (<code>)"."""

import tempfile
from functools import update_wrapper

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.auth import require_admin_access
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import upload_pofile
from wagtail_localize.views.update_translations import UpdateTranslationsView

import polib

from home.editorial.setup import works_in_language


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """Syncing from the source updates drafts; it never publishes them."""

    def get_form(self):
        form = super().get_form()
        publish = form.fields["publish_translations"]
        publish.disabled = True
        publish.initial = False
        publish.help_text = gettext_lazy(
            "Updated translations are saved as drafts and go live after translation review."
        )
        return form


def in_translators_language(view):
    """For wagtail-localize's views of one translation (string editor, PO
    files, preview, machine pre-fill, stopping a translation). They check
    that the user may edit the page or, for a snippet, the snippet *type*:
    a translator could work on every language's translation of an
    organisation, facet or notice. Here translators stay in their languages,
    as in the snippet editor (home/wagtail_hooks.py). Registered in
    site/urls.py in place of wagtail-localize's, so they also require admin
    access as Wagtail's admin URLs do."""

    def checked(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(
            Translation.objects.select_related("target_locale"), pk=translation_id
        )
        if not works_in_language(request.user, translation.target_locale.language_code):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return update_wrapper(require_admin_access(checked), view)


@require_POST
def submit_translation_for_review(request, translation_id):
    """Saves the translated page as a draft and starts its language's review."""
    translation = get_object_or_404(Translation, pk=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied

    if page.workflow_in_progress:
        messages.info(request, _("This translation is already waiting for review."))
        return redirect("wagtailadmin_pages:edit", page.pk)

    try:
        # On a live page this saves a draft revision only (home/translation/drafts.py).
        translation.save_target(user=request.user, publish=False)
    except ValidationError as error:
        # Wagtail's own wording, so the Swedish admin shows it in Swedish.
        messages.error(
            request,
            " ".join(
                [
                    _("The page could not be saved due to validation errors."),
                    *dict.fromkeys(error.messages),
                ]
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    page.refresh_from_db()
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("No review workflow applies to this page."))
    else:
        workflow.start(page, request.user)
        messages.success(
            request,
            # The draft's title: `title` is the live one, or the source's before publication.
            _("“%(title)s” was sent to %(workflow)s.")
            % {"title": page.draft_title, "workflow": workflow.name},
        )
    return redirect("wagtailadmin_pages:edit", page.pk)


PO_FILE_MAX_BYTES = 2 * 1024 * 1024


@in_translators_language
@require_POST
def checked_upload_pofile(request, translation_id):
    """wagtail-localize's PO import, after checks that turn a missing, huge,
    unreadable or foreign file into a clear message instead of an error."""
    translation = get_object_or_404(Translation, pk=translation_id)
    back = request.POST.get("next") or request.headers.get("referer") or "wagtailadmin_home"
    upload = request.FILES.get("file")
    problem = None
    if upload is None:
        problem = _("Choose a PO file to upload.")
    elif upload.size > PO_FILE_MAX_BYTES:
        problem = _("The PO file is too large (at most 2 MB).")
    else:
        with tempfile.NamedTemporaryFile(suffix=".po") as copy:
            copy.write(upload.read())
            copy.flush()
            upload.seek(0)
            try:
                metadata = polib.pofile(copy.name).metadata
            except (OSError, UnicodeDecodeError, ValueError):
                problem = _("Please upload a valid PO file.")
            else:
                if metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
                    problem = _(
                        "This PO file was made for another translation. Download the PO file "
                        "of this translation and upload it here."
                    )
    if problem:
        messages.error(request, problem)
        return redirect(back)
    return upload_pofile(request, translation_id)
