"""Two-factor sign-in (TOTP) for the admin, with django-otp.

Every admin user can add an authenticator app; Publishers and superusers
must. After the password, a user with an authenticator enters its code; a
user who must have one and has none sets it up first. Until then a page view
in the admin is sent to the set-up or code page, what Wagtail serves to
anyone (the icon sprite, the JavaScript catalogue) is served, and any other
request the admin's scripts make is refused with a 403: redirected, a fetch
would paste the set-up page into the page that asked for it."""

import base64
import io
import math

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseForbidden
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

import segno
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from home.editorial.models import EditorialRole

SETUP_URL_NAME = "two_factor_setup"
VERIFY_URL_NAME = "two_factor_verify"
# Wagtail serves these to visitors who are not signed in at all, so holding
# them back from a signed-in user protects nothing and breaks the page that
# loads them (the sprite gives the set-up page its icons).
PUBLIC_ADMIN_URL_NAMES = ("wagtailadmin_sprite", "wagtailadmin_javascript_catalog")


def must_use_two_factor(user):
    return (
        user.is_superuser
        or user.groups.filter(editorial_role__role=EditorialRole.PUBLISHERS).exists()
    )


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        # After a wrong code django-otp refuses every code, right ones too, for
        # a delay that doubles with each failure: say so, not "wrong code".
        allowed, refusal = self.device.verify_is_allowed()
        if not allowed:
            seconds = math.ceil((refusal["locked_until"] - timezone.now()).total_seconds())
            raise forms.ValidationError(
                ngettext(
                    "Too many attempts. Try again in %(seconds)d second.",
                    "Too many attempts. Try again in %(seconds)d seconds.",
                    seconds,
                )
                % {"seconds": seconds}
            )
        if not self.device.verify_token(token):
            raise forms.ValidationError(_("The code is wrong or too old. Try the newest code."))
        return token


def _next_url(request):
    return request.GET.get("next") or reverse("wagtailadmin_home")


def setup(request):
    """Shows a new authenticator key (as a QR code and as text) and confirms it with a code."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    form = TokenForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        TOTPDevice.objects.filter(user=request.user, confirmed=True).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return redirect(_next_url(request))
    qr_code = io.BytesIO()
    segno.make(device.config_url).save(qr_code, kind="svg", scale=5, border=2)
    return TemplateResponse(
        request,
        "home/security/two_factor/setup.html",
        {
            "form": form,
            "secret": base64.b32encode(device.bin_key).decode(),
            "qr_code_data_uri": "data:image/svg+xml;base64,"
            + base64.b64encode(qr_code.getvalue()).decode(),
        },
    )


def verify(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
    device = confirmed_device(request.user)
    if device is None:
        return redirect(reverse(SETUP_URL_NAME) + f"?next={_next_url(request)}")
    form = TokenForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return TemplateResponse(request, "home/security/two_factor/verify.html", {"form": form})


def is_page_view(request):
    """True for a navigation: the browser will show the answer as a page.

    Browsers say so in Sec-Fetch-Mode (on HTTPS and loopback); without it an
    XMLHttpRequest marks itself, and a page load asks for HTML. A request
    with none of these (the test client, a script) counts as a page view."""
    fetch_mode = request.headers.get("Sec-Fetch-Mode")
    if fetch_mode is not None:
        return fetch_mode == "navigate"
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return False
    accept = request.headers.get("Accept")
    return accept is None or "text/html" in accept


class AdminTwoFactorMiddleware:
    """Sends signed-in admin users to the code or set-up page until verified."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._needs_second_factor(request):
            if not is_page_view(request):
                return HttpResponseForbidden()
            target = VERIFY_URL_NAME if confirmed_device(request.user) else SETUP_URL_NAME
            return redirect(reverse(target) + f"?next={request.get_full_path()}")
        return self.get_response(request)

    @staticmethod
    def _needs_second_factor(request):
        if not getattr(settings, "ADMIN_TWO_FACTOR_ENFORCED", True):
            return False
        if not request.path.startswith("/admin/") or not request.user.is_authenticated:
            return False
        if request.user.is_verified():
            return False
        exempt_names = (
            SETUP_URL_NAME,
            VERIFY_URL_NAME,
            "wagtailadmin_logout",
            *PUBLIC_ADMIN_URL_NAMES,
        )
        if request.path in {reverse(name) for name in exempt_names}:
            return False
        return must_use_two_factor(request.user) or confirmed_device(request.user) is not None
