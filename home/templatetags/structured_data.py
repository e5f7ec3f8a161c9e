"""schema.org JSON-LD in page templates (a myth's ClaimReview, an easy-to-read page)."""

import json

from django import template
from django.utils.html import mark_safe

register = template.Library()

# The same escapes as Django's json_script, for a <script> of another type.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """`data` as a schema.org JSON-LD script element, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
