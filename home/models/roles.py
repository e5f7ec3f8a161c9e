"""The part each editorial group and review workflow plays, by a stable key.

Behaviour that depends on a group or a workflow (who must use two-factor
sign-in, which language a translator works in, which workflow a new myth
section gets, who hears of a new rumour) finds it through these roles, never
by its name: whoever manages groups and workflows in the admin may rename
them. home/editorial_setup.py creates the groups and workflows with their
roles."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Workflow


class EditorialRole(models.TextChoices):
    COMMUNICATORS = "communicators", _("Communicators")
    FACT_CHECKERS = "fact_checkers", _("Fact checkers")
    PUBLISHERS = "publishers", _("Publishers")
    TRANSLATORS = "translators", _("Translators")


class ReviewWorkflow(models.TextChoices):
    REVIEW = "review", _("Review")
    FACT_CHECK = "fact_check", _("Fact check")
    TRANSLATION_REVIEW = "translation_review", _("Translation review")


def _one_per_role_and_locale(model_name):
    """A role has one group (one workflow), per language where it has a language."""
    return [
        models.UniqueConstraint(
            fields=["role", "locale"], name=f"{model_name}_one_per_role_and_locale"
        ),
        models.UniqueConstraint(
            fields=["role"],
            condition=models.Q(locale__isnull=True),
            name=f"{model_name}_one_per_role",
        ),
    ]


class GroupRole(models.Model):
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="editorial_role")
    role = models.CharField(max_length=20, choices=EditorialRole.choices)
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The language a translators' group works in."),
    )

    class Meta:
        constraints = _one_per_role_and_locale("grouprole")

    def __str__(self):
        return f"{self.group}: {self.get_role_display()}"


class WorkflowRole(models.Model):
    workflow = models.OneToOneField(
        Workflow, on_delete=models.CASCADE, related_name="editorial_role"
    )
    role = models.CharField(max_length=20, choices=ReviewWorkflow.choices)
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The language a translation review workflow reviews."),
    )

    class Meta:
        constraints = _one_per_role_and_locale("workflowrole")

    def __str__(self):
        return f"{self.workflow}: {self.get_role_display()}"


def _by_role(queryset, role, language_code):
    queryset = queryset.filter(editorial_role__role=role)
    if language_code is None:
        return queryset.filter(editorial_role__locale__isnull=True)
    return queryset.filter(editorial_role__locale__language_code=language_code)


def role_group(role, language_code=None):
    """The group playing `role` (for translators, in `language_code`)."""
    return _by_role(Group.objects, role, language_code).get()


def role_workflow(role, language_code=None):
    """The workflow playing `role`, or None if someone deleted it."""
    return _by_role(Workflow.objects, role, language_code).first()
