"""Machine pre-fill for wagtail-localize, one engine per target language.

DeepL covers English, Arabic and Ukrainian; a self-hosted LibreTranslate can
cover Persian and Somali; nothing covers Dari or Tigrinya, and the translation
editor says so (home/templates/wagtail_localize/admin/edit_translation.html).
A machine pre-fill only fills in strings: the page still goes live through
its language's review, and the strings stay marked "machine translated" until
that review approves them (home/translation/signals.py)."""

from django.conf import settings
from django.utils.module_loading import import_string

from wagtail_localize.machine_translators.base import BaseMachineTranslator

ENGINES = {
    "deepl": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
}


class PerLanguageTranslator(BaseMachineTranslator):
    """OPTIONS: {"ENGINES": {name: {"CLASS": dotted path (optional), "OPTIONS": {...},
    "LANGUAGES": [codes]}}}."""

    display_name = "Samla machine translation"

    def __init__(self, options):
        super().__init__(options)
        self.engines = {}
        for name, engine in options.get("ENGINES", {}).items():
            translator = import_string(engine.get("CLASS", ENGINES.get(name, "")))(
                engine.get("OPTIONS", {})
            )
            for code in engine["LANGUAGES"]:
                self.engines.setdefault(code, translator)

    def engine_for(self, target_locale):
        return self.engines.get(target_locale.language_code)

    def can_translate(self, source_locale, target_locale):
        engine = self.engine_for(target_locale)
        return engine is not None and engine.can_translate(source_locale, target_locale)

    def translate(self, source_locale, target_locale, strings):
        return self.engine_for(target_locale).translate(source_locale, target_locale, strings)


def machine_translation_languages():
    """The language codes a configured engine pre-fills."""
    config = getattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR", None) or {}
    engines = config.get("OPTIONS", {}).get("ENGINES", {})
    return {code for engine in engines.values() for code in engine["LANGUAGES"]}
