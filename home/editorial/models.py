"""The editorial roles of groups and review workflows, and the approval
task in which nobody approves their own work."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask, Workflow

from home.municipalities.models import Municipality, group_owner


class SecondPairOfEyesTask(AbstractGroupApprovalTask):
    """Group approval in which nobody approves their own work: the person who
    submitted the page, or saved its latest revision, cannot approve or reject
    it, even as a member of the approving group (or a superuser)."""

    @staticmethod
    def is_author(obj, user):
        workflow_state = obj.current_workflow_state
        if workflow_state is not None and workflow_state.requested_by_id == user.pk:
            return True
        latest = obj.latest_revision
        return latest is not None and latest.user_id == user.pk

    def get_actions(self, obj, user):
        if self.is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
        )

    def user_can_approve(self, obj, user):
        return (user.is_superuser or self._user_in_groups(user)) and not self.is_author(obj, user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, but never their own work")

    class Meta:
        verbose_name = _("approval by a second person")
        verbose_name_plural = _("approvals by a second person")


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
    """A role has one group (one workflow) per municipality, per language
    where it has a language."""
    return [
        models.UniqueConstraint(
            fields=["municipality", "role", "locale"],
            name=f"{model_name}_one_per_municipality_role_and_locale",
        ),
        models.UniqueConstraint(
            fields=["municipality", "role"],
            condition=models.Q(locale__isnull=True),
            name=f"{model_name}_one_per_municipality_and_role",
        ),
    ]


def _municipality_field():
    return models.ForeignKey(
        "home.Municipality",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The municipality whose pages it works on."),
    )


class GroupRole(models.Model):
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="editorial_role")
    municipality = _municipality_field()
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
    municipality = _municipality_field()
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


def _by_role(queryset, role, language_code, municipality):
    queryset = queryset.filter(editorial_role__role=role, editorial_role__municipality=municipality)
    if language_code is None:
        return queryset.filter(editorial_role__locale__isnull=True)
    return queryset.filter(editorial_role__locale__language_code=language_code)


def role_group(role, language_code=None, municipality=None):
    """The group playing `role` (for translators, in `language_code`) for
    `municipality` (by default Municipality.default()): its own, or the one
    it shares with another municipality."""
    municipality = group_owner(municipality or Municipality.default(), role)
    return _by_role(Group.objects, role, language_code, municipality).get()


def role_workflow(role, language_code=None, municipality=None):
    """The workflow playing `role` for `municipality` (by default
    Municipality.default()), or None if someone deleted it."""
    municipality = municipality or Municipality.default()
    return _by_role(Workflow.objects, role, language_code, municipality).first()
