from django import template

from home.machine_translation import machine_translation_languages

register = template.Library()


@register.simple_tag
def has_machine_translation(locale):
    return locale.language_code in machine_translation_languages()
