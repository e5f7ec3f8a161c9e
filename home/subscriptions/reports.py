"""How many readers follow each topic in each language (never the addresses)."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from home.models import PageFeedback, Subscription
from home.municipalities.models import visible_to
from home.subscriptions.choices import SubscriptionTopic


class SubscriptionCountsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """How many readers follow each topic in each language. Never the addresses."""

    page_title = _("Subscriptions")
    header_icon = "mail"
    template_name = "home/subscriptions/admin/subscription_counts.html"
    permission_policy = ModelPermissionPolicy(PageFeedback)
    permission_required = "view"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        labels = dict(SubscriptionTopic.choices)
        # The subscribers of the municipalities the user works for.
        counts = (
            visible_to(Subscription.objects.all(), self.request.user)
            .values("topic", "locale__language_code")
            .annotate(
                confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
                pending=Count("pk", filter=Q(confirmed_at__isnull=True)),
            )
            .order_by("topic", "locale__language_code")
        )
        context["counts"] = [
            {**row, "label": labels.get(row["topic"], row["topic"])} for row in counts
        ]
        return context
