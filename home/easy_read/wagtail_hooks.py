"""Admin wiring of easy-to-read versions: after saving or submitting one whose
text is above the easy band, the editor is told again (the readability
panel warns while they write; home/readability/panels.py)."""

from django.contrib import messages
from django.utils.translation import gettext as _

from wagtail import hooks

from home.readability import lix


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_a_hard_easy_to_read_version(request, page):
    page = page.specific
    if not page.is_easy_to_read_version:
        return
    score = lix.lix(lix.page_text(page))
    if lix.too_hard_for_easy_to_read(page, score):
        messages.warning(
            request,
            _(
                "“%(title)s” is an easy-to-read version, but its text has LIX %(score)s, "
                "above the easy band (under %(limit)s). Readers of easy-to-read Swedish "
                "need shorter sentences and fewer long words."
            )
            % {
                "title": page.get_admin_display_title(),
                "score": score,
                "limit": lix.EASY_TO_READ_LIMIT,
            },
        )
