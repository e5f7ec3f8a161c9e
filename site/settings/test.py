import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
# ".localhost": the demo's second municipality answers on exempelstad.localhost.
ALLOWED_HOSTS = ["testserver", ".localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Delivered to Django's mail.outbox, unless EMAIL_URL names a mail server
# (the browser tests' server process has no mail.outbox to look into).
if not os.environ.get("EMAIL_URL"):
    SAMLA_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Each test process its own memory cache, unless SAMLA_CACHE_DIR names the
# folder the browser tests' server shares with the commands they run.
if not os.environ.get("SAMLA_CACHE_DIR"):
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
# Uploads go where DJANGO_MEDIA_ROOT says (the browser tests' server keeps
# them beside its database), otherwise to one folder per pytest-xdist worker:
# upload tests compare the files stored before and after, which another
# worker's uploads would change.
if not os.environ.get("DJANGO_MEDIA_ROOT"):
    MEDIA_ROOT = BASE_DIR / "var" / "test-media" / os.environ.get("PYTEST_XDIST_WORKER", "")  # noqa: F405
# The test client's host; the browser tests' server is given its own address.
SAMLA_SITE_URL = os.environ.get("SAMLA_SITE_URL", "http://testserver").rstrip("/")
WAGTAILADMIN_BASE_URL = SAMLA_SITE_URL
# Serve static files straight from the apps, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Two-factor sign-in is proven in tests/home/test_two_factor.py, which turns
# this back on; other tests sign in with force_login or a password. The
# browser tests' server turns it on: people sign in there as in production.
ADMIN_TWO_FACTOR_ENFORCED = env_bool("ADMIN_TWO_FACTOR_ENFORCED", False)  # noqa: F405
