"""The site's one public address, SAMLA_SITE_URL, and every absolute URL
built from it: canonical and og:url, hreflang alternates, the sitemap and
robots.txt, feeds, ClaimReview, the API's html_url and every link in an
e-mail (docs/architecture.md, "Absolute addresses").

Wagtail builds a page's full URL from its Site record (hostname and port,
https only on port 443), which the demo setup creates as "localhost" and
which describes how requests are routed, not how readers reach the site
behind a proxy or CDN. BasePage.get_url_parts puts this address in its
place, so Wagtail's own get_full_url, full_url and the sitemap use it too."""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks


def site_url():
    """The configured address without a trailing slash, e.g. "https://samla.example"."""
    return settings.SAMLA_SITE_URL.rstrip("/")


def absolute_url(path):
    """`path` (an absolute path such as reverse() gives) on the site's address."""
    return site_url() + path


def site_hostname():
    return urlsplit(site_url()).hostname


def _is_loopback(hostname):
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


@checks.register(checks.Tags.urls)
def check_site_address(app_configs, **kwargs):
    """SAMLA_SITE_URL is a scheme and a host (and port), nothing more."""
    address = getattr(settings, "SAMLA_SITE_URL", "")
    parts = urlsplit(address)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return [
            checks.Error(
                f"SAMLA_SITE_URL={address!r} is not an address such as https://samla.example",
                hint="Set SAMLA_SITE_URL to the address readers use to reach the site.",
                id="samla.E001",
            )
        ]
    if parts.path.strip("/") or parts.query or parts.fragment:
        return [
            checks.Error(
                f"SAMLA_SITE_URL={address!r} has a path, query or fragment",
                hint="Samla is served from the root of its address: give scheme and host only.",
                id="samla.E001",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def check_public_site_address(app_configs, **kwargs):
    """In production (`manage.py check --deploy`) the address is public and https:
    otherwise every canonical link, feed and e-mail would point to a machine
    readers cannot reach."""
    parts = urlsplit(getattr(settings, "SAMLA_SITE_URL", ""))
    if parts.scheme != "https" or not parts.hostname or _is_loopback(parts.hostname):
        return [
            checks.Error(
                f"SAMLA_SITE_URL={settings.SAMLA_SITE_URL!r} is not a public https address",
                hint="Set SAMLA_SITE_URL to the https address readers use, e.g. "
                "https://samla.example.",
                id="samla.E002",
            )
        ]
    return []
