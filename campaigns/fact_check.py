"""Myth and forecast sections go through the "Fact check" workflow (fact
checker, then publisher), the municipality's own. The workflow exists from
home's migration or home.municipalities.setup; a
section is attached to it when the section is created, because a migration
cannot know pages that do not exist yet. Only the Swedish source section is
attached: translations keep their language's "Translation review" workflow."""

from django.conf import settings
from django.db.models.signals import post_save

from wagtail.models import WorkflowPage

from home.editorial.models import ReviewWorkflow, role_workflow
from home.municipalities.models import Municipality


def attach_fact_check_workflow(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.locale.language_code != settings.LANGUAGE_CODE:
        return
    workflow = role_workflow(ReviewWorkflow.FACT_CHECK, municipality=Municipality.of_page(instance))
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})


def connect(models):
    for model in models:
        post_save.connect(
            attach_fact_check_workflow, sender=model, dispatch_uid=f"fact-check-{model.__name__}"
        )
