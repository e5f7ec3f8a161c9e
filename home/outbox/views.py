"""Admin: the e-mails the mail server has not accepted yet, for superusers."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.auth import user_passes_test
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from home.models import QueuedEmail
from home.outbox.delivery import deliver
from home.security.access import is_superuser


@method_decorator([never_cache, user_passes_test(is_superuser)], name="dispatch")
class UndeliveredEmailView(WagtailAdminTemplateMixin, TemplateView):
    """Every message still in the outbox (home/outbox/delivery.py), with the mail
    server's last answer. Superusers only: it shows addresses and texts."""

    page_title = gettext_lazy("Undelivered e-mail")
    header_icon = "mail"
    template_name = "home/outbox/admin/undelivered_email.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "queued_emails": QueuedEmail.objects.all(),
            "now": timezone.now(),
        }


@never_cache
@user_passes_test(is_superuser)
@require_POST
def send_queued_email_now(request, queued_id):
    queued = get_object_or_404(QueuedEmail, pk=queued_id)
    deliver(queued.pk, ignore_backoff=True)
    waiting = QueuedEmail.objects.filter(pk=queued.pk).first()
    if waiting is None:  # delivered, here or by another process meanwhile
        messages.success(request, _("Sent: “%(subject)s”.") % {"subject": queued.subject})
    elif waiting.sending_until and waiting.sending_until > timezone.now():
        messages.warning(request, _("It is being sent right now."))
    else:
        messages.error(request, _("Not sent: %(error)s") % {"error": waiting.last_error})
    return redirect("undelivered_email")


@never_cache
@user_passes_test(is_superuser)
@require_POST
def delete_queued_email(request, queued_id):
    """Gives up on a message, e.g. to an address that no longer exists."""
    queued = get_object_or_404(QueuedEmail, pk=queued_id)
    queued.delete()
    messages.success(request, _("Deleted: “%(subject)s”.") % {"subject": queued.subject})
    return redirect("undelivered_email")


class UndeliveredEmailPanel(Component):
    """On superusers' dashboards while the mail server has refused a message."""

    name = "undelivered_email"
    order = 50
    template_name = "home/outbox/admin/undelivered_email_panel.html"

    def __init__(self, failed_count):
        self.failed_count = failed_count

    def get_context_data(self, parent_context):
        return {
            "heading": _("Undelivered e-mail"),
            "count": self.failed_count,
            "url": reverse("undelivered_email"),
        }
