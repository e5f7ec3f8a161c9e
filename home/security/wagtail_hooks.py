from django.urls import path

from wagtail import hooks

from home.security import two_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("2fa/setup/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
        path("2fa/verify/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
    ]
