"""The page editor's readability panel: the LIX score of the Swedish text,
updated as the editor writes (home/static/home/readability/editor.js)."""

import json
import math

from django.conf import settings
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from wagtail.admin.panels import Panel

from home.readability import lix


class ReadabilityPanel(Panel):
    """Shown on Swedish pages only: LIX is made for Swedish. Every page type's
    content tab opens with it (BasePage.get_edit_handler)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "home/readability/admin/readability_panel.html"

        def is_shown(self):
            return self.instance.locale.language_code == settings.LANGUAGE_CODE

        @cached_property
        def score(self):
            return lix.lix(lix.page_text(self.instance))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            score = self.score
            context.update(
                score=score,
                band_name=lix.band(score)[1] if score is not None else "",
                too_hard_for_easy_to_read=lix.too_hard_for_easy_to_read(self.instance, score),
                is_easy_to_read_version=self.instance.is_easy_to_read_version,
                easy_to_read_limit=lix.EASY_TO_READ_LIMIT,
                field_names=json.dumps(lix.readable_field_names(type(self.instance))),
                # The last band has no upper end (infinity is not JSON).
                bands=json.dumps(
                    [
                        [upper if upper != math.inf else None, str(name)]
                        for upper, _code, name in lix.BANDS
                    ]
                ),
                score_template=_("LIX %(score)s: %(band)s"),
            )
            return context
