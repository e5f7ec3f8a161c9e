"""Stands in for DeepL/LibreTranslate at the HTTP boundary: no paid or remote call in tests."""

from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


class BoundaryTranslator(BaseMachineTranslator):
    display_name = "Test engine"

    def can_translate(self, source_locale, target_locale):
        return True

    def translate(self, source_locale, target_locale, strings):
        return {
            string: StringValue(f"[{target_locale.language_code}] {string.data}")
            for string in strings
        }
