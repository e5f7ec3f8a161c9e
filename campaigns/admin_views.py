"""Forecast CSV import in the admin: upload, preview what changes, confirm.

The confirmed data becomes a new draft revision of the page, so it goes
through the "Fact check" workflow like any other edit and the live page
(and every other forecast) stays as it is until a publisher approves."""

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from campaigns.admin_forecast_csv import MAX_FILE_BYTES, parse_csv
from campaigns.forecast_data import compare, from_json, series_to_stream, to_json
from campaigns.models import ForecastPage

SIGNING_MAX_AGE = 3600
TEMPLATE = "campaigns/admin/forecast_import.html"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        help_text=gettext_lazy(
            "Columns: series, label, unit, period, value, low, high (low and high optional). "
            "Comma or semicolon separated, UTF-8."
        ),
    )


def _salt(page):
    return f"forecast-import:{page.pk}"


def _editable_page(request, page_id):
    page = get_object_or_404(ForecastPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page.get_latest_revision_as_object()


def forecast_import(request, page_id):
    page = _editable_page(request, page_id)
    context = {"page": page, "page_title": _("Import figures from CSV"), "header_icon": "table"}
    if request.method == "POST" and "data" in request.POST:
        return _confirm(request, page)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        content = upload.read(MAX_FILE_BYTES + 1)
        series, errors = parse_csv(content)
        if errors:
            return TemplateResponse(
                request, TEMPLATE, {**context, "form": form, "errors": errors}, status=400
            )
        return TemplateResponse(
            request,
            TEMPLATE,
            {
                **context,
                "series": series,
                "changes": compare(page.data(), series),
                "signed_data": signing.dumps(to_json(series), salt=_salt(page), compress=True),
            },
        )
    return TemplateResponse(
        request, TEMPLATE, {**context, "form": form}, status=400 if form.errors else 200
    )


def _confirm(request, page):
    try:
        data = signing.loads(request.POST["data"], salt=_salt(page), max_age=SIGNING_MAX_AGE)
    except signing.BadSignature:
        messages.error(request, _("The preview has expired. Upload the file again."))
        return redirect("forecast_import", page.pk)
    page.series = series_to_stream(from_json(data))
    page.save_revision(user=request.user, log_action=True)
    messages.success(
        request,
        _("The figures are saved as a draft. Submit the page for fact checking to publish them."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)
