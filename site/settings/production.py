import os

from .base import *  # noqa: F403
from .base import env_bool, require_secret_key, require_site_url

require_secret_key()
require_site_url()

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# No script reads the CSRF cookie (Wagtail and wagtail-localize take the token
# from the page), so scripts may not see it either.
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_HTTPONLY = True
# Wagtail marks its own preview views SAMEORIGIN; everything else is never framed.
X_FRAME_OPTIONS = "DENY"
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if host]  # noqa: F405

# Uploads and image renditions in an S3 bucket, shared by every app server
# (django-storages; the keys come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY or the machine's role, read by boto3 itself).
# Readers fetch them from AWS_S3_CUSTOM_DOMAIN (the bucket's public address or
# a CDN in front of it), which the Content Security Policy then allows.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    MEDIA_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN")
    MEDIA_URL_PROTOCOL = os.environ.get("AWS_S3_URL_PROTOCOL", "https:")
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL"),
            "region_name": os.environ.get("AWS_S3_REGION_NAME"),
            "custom_domain": MEDIA_DOMAIN,
            "url_protocol": MEDIA_URL_PROTOCOL,
            # Public pages' images need no signature; without a public
            # address the links are signed.
            "querystring_auth": not MEDIA_DOMAIN,
            # Two uploads named alike keep both files, as on disk.
            "file_overwrite": False,
            # "public-read" where readers fetch straight from a bucket that
            # takes object ACLs; unset where a bucket policy or CDN decides.
            "default_acl": os.environ.get("AWS_DEFAULT_ACL"),
        },
    }
    if MEDIA_DOMAIN:
        MEDIA_ORIGIN = f"{MEDIA_URL_PROTOCOL}//{MEDIA_DOMAIN.split('/')[0]}"
        CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_ORIGIN)  # noqa: F405
    # Documents pass through Django, which checks a private collection's
    # restrictions, instead of redirecting to the bucket.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
