"""Admin: the superusers' answer to an access request (GDPR article 15),
everything Samla stores about one e-mail address as a JSON download."""

import logging

from django import forms
from django.http import HttpResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.generic import FormView

from wagtail.admin.auth import user_passes_test
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from home.privacy.registry import personal_data_json
from home.security.access import is_superuser

logger = logging.getLogger("samla.personal_data")


class PersonalDataRequestForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"),
        help_text=gettext_lazy(
            "Subscriptions, rumour reports, example suggestions, contact people, user "
            "accounts, sign-in records, undelivered e-mails and partner reviewers with this "
            "address, in any letter case."
        ),
    )


@method_decorator([never_cache, user_passes_test(is_superuser)], name="dispatch")
class PersonalDataExportView(WagtailAdminTemplateMixin, FormView):
    """The address is posted, never put in the URL, so it stays out of logs."""

    page_title = gettext_lazy("Personal data")
    header_icon = "user"
    template_name = "home/privacy/admin/personal_data.html"
    form_class = PersonalDataRequestForm

    def form_valid(self, form):
        # Who asked is logged; the address is not.
        logger.info("Personal data exported by %s", self.request.user.get_username())
        filename = f"samla-personal-data-{timezone.localdate():%Y-%m-%d}.json"
        response = HttpResponse(
            personal_data_json(form.cleaned_data["email"]),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = content_disposition_header(True, filename)
        return response
