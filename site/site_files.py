"""The files browsers, search engines and home screens ask for at the root of
the site: /favicon.ico, /apple-touch-icon.png, /manifest.webmanifest and
/robots.txt (docs/architecture.md, "Icons"). Pages link the hashed static
copies of the icons, which WhiteNoise caches for a year; these addresses are
fixed, so they are cached for a shorter time."""

from functools import cache
from pathlib import Path

from django.http import HttpResponse, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from home.site_address import absolute_url

ICONS = Path(__file__).resolve().parent / "static" / "icons"
# The brand blue of site/static/css/samla.css (--brand), drawn by scripts/icons.py.
THEME_COLOUR = "#0b4f8a"
ICON_MAX_AGE = 60 * 60 * 24 * 30
ADDRESS_MAX_AGE = 60 * 60 * 24


@cache
def _icon(name):
    return (ICONS / name).read_bytes()


@require_safe
@cache_control(public=True, max_age=ICON_MAX_AGE)
def favicon(request):
    return HttpResponse(_icon("favicon.ico"), content_type="image/x-icon")


@require_safe
@cache_control(public=True, max_age=ICON_MAX_AGE)
def apple_touch_icon(request):
    return HttpResponse(_icon("apple-touch-icon.png"), content_type="image/png")


@require_safe
@cache_control(public=True, max_age=ADDRESS_MAX_AGE)
def web_manifest(request):
    """One manifest for every language: "Samla" is a name, and the start
    address sends each reader to their language's home page."""
    manifest = {
        "name": "Samla",
        "short_name": "Samla",
        "start_url": "/",
        "scope": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static("icons/icon.svg"), "type": "image/svg+xml", "sizes": "any"},
            {"src": static("icons/icon-192.png"), "type": "image/png", "sizes": "192x192"},
            {"src": static("icons/icon-512.png"), "type": "image/png", "sizes": "512x512"},
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json")


@require_safe
@cache_control(public=True, max_age=ADDRESS_MAX_AGE)
def robots_txt(request):
    """Everything public may be crawled; the sitemap is named by its full
    address, as the robots.txt standard asks."""
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url('/sitemap.xml')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
