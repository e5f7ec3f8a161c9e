from django import template
from django.urls import reverse

from home.translation.machine import machine_translation_languages

register = template.Library()


@register.simple_tag
def has_machine_translation(locale):
    return locale.language_code in machine_translation_languages()


@register.simple_tag(takes_context=True)
def review_actions(context, page):
    """The workflow actions the current user may take on `page`'s current task,
    as [(name, label, url)]; wagtail-localize's editor shows none itself."""
    task_state = page.current_workflow_task_state
    if task_state is None:
        return []
    user = context["request"].user
    actions = {}
    for name, label, _needs_comment in task_state.task.specific.get_actions(page, user):
        actions.setdefault(
            name,
            (
                name,
                label,
                reverse("wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]),
            ),
        )
    return list(actions.values())
