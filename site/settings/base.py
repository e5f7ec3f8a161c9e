"""Settings shared by every environment; each value comes from the environment
where a deployment needs to change it (see docs/operations.md)."""

import os
from pathlib import Path

from django.conf import global_settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

import dj_database_url
import dj_email_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")

INSTALLED_APPS = [
    "home",
    "stories",
    "campaigns",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: the front-end cache's probe gets its answer before host checks and redirects.
    "home.caching.health.HealthProbeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.security.headers.XSSAuditorMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything that caches: all a request caches is under one content version.
    "home.caching.content_version.ContentVersionMiddleware",
    "home.caching.stale_copies.StaleCopyMiddleware",
    # Inside the last-good-copy middleware, which copies only what it marks public.
    "home.caching.cache_control.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    # After the language is chosen: with the database down, its 503 is in the
    # reader's language.
    "home.municipalities.middleware.CachedSiteMiddleware",
    # After the language is chosen: its 404 is in the reader's language.
    "home.municipalities.middleware.UnknownHostMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "home.security.idle_timeout.AdminIdleTimeoutMiddleware",
    "home.security.two_factor.AdminTwoFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lock-out into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "samla.urls"
WSGI_APPLICATION = "samla.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.caching.content_version.page_chrome_cache",
            ],
        },
    },
]

# The embedded default keeps its database and uploads under var/, which
# `make run` creates: importing the settings writes nothing, so they load in a
# read-only container.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'samla.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The app server's workers and the scheduled commands write to one file.
    # A transaction that reads first and writes later fails at once with
    # "database is locked" when another process writes; taking the write lock
    # at BEGIN lets SQLite wait for it (up to the timeout) instead.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# A cache shared by every app server when REDIS_URL is set; otherwise, in the
# embedded default, files shared by the processes of this machine (the app
# server's workers and the scheduled commands: a scheduled publication in
# `publish_scheduled` must renew the menus and notices every worker shows).
# The folder is made at the first write, not here. A Redis that stops or
# hangs costs at most a short timeout per call and is logged, never an error
# page: the cache only speeds things up (django-redis IGNORE_EXCEPTIONS).
# "process" is always this process's memory, the fallback of rate limits.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("SAMLA_CACHE_DIR", str(BASE_DIR / "var" / "cache")),
        "OPTIONS": {"MAX_ENTRIES": 10000},
    },
    "process": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "process"},
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "samla",
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# How many reverse proxies (load balancer, CDN) stand in front of the app
# servers and append to X-Forwarded-For; 0 trusts only the socket address.
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0"))
# The addresses those proxies call the app servers from (the front-end
# cache's); when set, X-Forwarded-For is read only on requests from them.
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES", "")

# The front-end cache (Varnish, docs/operations.md): how long it and browsers
# keep an anonymous public answer, and where publications send their purges
# (home/caching/purge.py). Without SAMLA_FRONTEND_CACHE_URL nothing is purged.
SAMLA_SHARED_CACHE_SECONDS = int(os.environ.get("SAMLA_SHARED_CACHE_SECONDS", "600"))
SAMLA_BROWSER_CACHE_SECONDS = int(os.environ.get("SAMLA_BROWSER_CACHE_SECONDS", "0"))
WAGTAILFRONTENDCACHE = {}
if os.environ.get("SAMLA_FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "home.caching.purge.VarnishBackend",
        "LOCATION": os.environ["SAMLA_FRONTEND_CACHE_URL"],
    }
# Each translation is purged at its own address (home/caching/purge.py), not
# the Swedish path under every language prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses logins for locked-out users and addresses.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one user name from one address lock it for an hour.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_CLIENT_IP_CALLABLE = "home.security.ratelimit.client_address"

# Two-factor sign-in (home/security/two_factor.py): required for Publishers and superusers.
ADMIN_TWO_FACTOR_ENFORCED = True
OTP_TOTP_ISSUER = "Samla"

# Signed-in sessions end after this much inactivity (home/security/idle_timeout.py).
ADMIN_IDLE_TIMEOUT_SECONDS = int(os.environ.get("ADMIN_IDLE_TIMEOUT_SECONDS", str(30 * 60)))
SESSION_COOKIE_AGE = 60 * 60 * 12

CSRF_FAILURE_VIEW = "home.errors.csrf_failure"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Django has no locale data for Dari, Somali or Tigrinya; adding
# them here (and Dari to LANGUAGES_BIDI, which is what get_language_bidi()
# reads) is all a new language needs besides its catalogue.
LANG_INFO.update(
    {
        "prs": {"bidi": True, "code": "prs", "name": "Dari", "name_local": "دری"},
        "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
        "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    }
)
LANGUAGE_CODE = "sv"
LANGUAGES = [
    ("sv", "Svenska"),
    ("en", "English"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
    ("prs", "دری"),
    ("so", "Soomaali"),
    ("ti", "ትግርኛ"),
    ("uk", "Українська"),
]
LANGUAGES_BIDI = [*global_settings.LANGUAGES_BIDI, "prs"]
# Their date and number formats (Django has none), Arabic's date with time.
FORMAT_MODULE_PATH = ["samla.formats"]
# Admin-only labels stay out of the public catalogues (scripts/makemessages.sh);
# an app's admin catalogue, Swedish only, is listed here.
LOCALE_PATHS = [
    PROJECT_DIR / "locale",
    # Django's own month, day and a.m./p.m. names in prs, so and ti.
    PROJECT_DIR / "django_locale",
    # The admin's Swedish (tests/home/test_catalogues.py keeps it complete).
    BASE_DIR / "campaigns" / "admin_locale",
    BASE_DIR / "home" / "admin_locale",
    BASE_DIR / "stories" / "admin_locale",
]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sv", "Svenska"), ("en", "English")]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail: EMAIL_URL (smtp://user:pass@host:587/?tls=True) or the usual EMAIL_* settings.
# Every message is first written to the outbox with the event that causes it
# and delivered after the commit, retried until the server accepts it
# (home/outbox/delivery.py); SAMLA_EMAIL_DELIVERY_BACKEND is what delivers it.
EMAIL_BACKEND = "home.outbox.delivery.OutboxBackend"
SAMLA_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
if os.environ.get("EMAIL_URL"):
    email_config = dj_email_url.parse(os.environ["EMAIL_URL"])
    SAMLA_EMAIL_DELIVERY_BACKEND = email_config.pop("EMAIL_BACKEND")
    vars().update(email_config)
else:
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Samla <noreply@samla.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

WAGTAIL_SITE_NAME = "Samla"
# The one address readers reach the site at, scheme and host only: every
# absolute URL (canonical, hreflang, sitemap, feeds, ClaimReview, API,
# e-mail links, the admin's own e-mails) is built from it
# (home/site_address.py). Production requires it, public and https.
SAMLA_SITE_URL = os.environ.get("SAMLA_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SAMLA_SITE_URL
# Wagtail's database backend; on PostgreSQL it selects no match vector
# (home/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
# Under a workflow nobody publishes directly: approving its last task
# publishes (home/editorial/finish_action.py, docs/roles.md).
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.editorial.finish_action.publish_approved_revision"
# Workflow e-mails go to the reviewing group and the submitter, not to every
# superuser; they leave once the step is committed (home/outbox/delivery.py).
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = True

# A new translation starts as a draft, even when its source is live: it goes
# live only through "Translation review (<code>)" (home/translation/review.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# wagtail-localize machine pre-fill, per target language and only when its
# engine is configured (home/translation/machine.py). DeepL does not cover
# Dari, Somali or Tigrinya; LibreTranslate is the self-hosted option.
MACHINE_TRANSLATION_ENGINES = {}
if os.environ.get("DEEPL_API_KEY"):
    MACHINE_TRANSLATION_ENGINES["deepl"] = {
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
        "LANGUAGES": ["en", "ar", "uk"],
    }
if os.environ.get("LIBRETRANSLATE_URL"):
    MACHINE_TRANSLATION_ENGINES["libretranslate"] = {
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
        "LANGUAGES": env_list("LIBRETRANSLATE_LANGUAGES", "en,ar,fa,uk"),
    }
if MACHINE_TRANSLATION_ENGINES:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "home.translation.machine.PerLanguageTranslator",
        "OPTIONS": {"ENGINES": MACHINE_TRANSLATION_ENGINES},
    }

# Background work (e-mail, machine translation) through Django's task
# framework as shipped with Wagtail; immediate in one process by default.
# DJANGO_TASKS_BACKEND=database queues them in the database for
# `manage.py db_worker` (django-tasks-db), so a slow mail server or search
# index never holds up a request; production should run it that way.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if os.environ.get("DJANGO_TASKS_BACKEND") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# Each line prints once. Django gives its "django" logger a console handler
# of its own in DEBUG, and the root's handler printed those lines again:
# naming the logger here drops that handler (and mail_admins, idle without
# ADMINS), so its lines print through the root's. Naming it also resets
# runserver's request log below it, which is set again as Django sets it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "server": {"class": "logging.StreamHandler", "formatter": "server"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"level": "INFO"},
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False},
        "samla": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}


def require_secret_key():
    if not SECRET_KEY:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY: it is required outside development.")


def require_site_url():
    if not os.environ.get("SAMLA_SITE_URL"):
        raise ImproperlyConfigured(
            "Set SAMLA_SITE_URL to the site's public address, e.g. https://samla.example: "
            "it is required outside development."
        )


# Content Security Policy for the public site: our own scripts and styles
# only, no inline script, videos only from the privacy-friendly players the
# VideoBlock builds. The admin (and Wagtail's preview inside it) keeps what
# Wagtail needs and is left to Wagtail.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}

# The page types a story may name as the campaign it was part of: stories
# builds on no other app, so the campaigns app's page type is named here.
SAMLA_CAMPAIGN_PAGE_TYPES = ["campaigns.CampaignPage"]

# Another Samla installation that answers slower than this (seconds) is
# treated as down by `manage.py sync_followed_stories` (stories/following).
SAMLA_FOLLOWED_SOURCE_TIMEOUT = float(os.environ.get("SAMLA_FOLLOWED_SOURCE_TIMEOUT", "10"))

# A myth page published urgently (before its fact check, docs/roles.md) whose
# fact check has not approved it after this many hours is overdue: it is listed
# on the dashboard and in the "Publishing actions" report.
SAMLA_URGENT_AFTER_CHECK_HOURS = 24

# Demo content, in dependency order (`manage.py load_demo`): each domain's
# loader reads the content files in its demo/ folder (home/demo/loader.py).
SAMLA_DEMO_LOADERS = [
    "home.demo.pages.load",
    # Before the stories: Exempelstad's library is built with them.
    "home.municipalities.demo.load",
    "stories.library.demo.load",
    "campaigns.myths.demo.load",
    "campaigns.rumours.demo.load",
    "campaigns.forecasts.demo.load",
    "campaigns.campaigns.demo.load",
    "campaigns.situations.demo.load",
    # After the stories and myths: easy-to-read versions are added below them.
    "home.easy_read.demo.load",
]

# E-mail subscriptions to a filtered view of a topic's listing: the class that
# reads the topic's filters (home/subscriptions/topic_filters.py).
SAMLA_SUBSCRIPTION_FILTERS = {"stories": "stories.library.subscriptions.StoryViewFilters"}

# Personal data (docs/privacy.md). Each domain describes its kinds in its
# personal_data module; `manage.py erase_expired_personal_data` (daily)
# erases each kind after its period in days, `export_personal_data` and
# Settings → Personal data show what is stored about one e-mail address.
SAMLA_PERSONAL_DATA = [
    "home.privacy.personal_data",
    "home.signoff.personal_data",
    "stories.suggestions.personal_data",
    "campaigns.rumours.personal_data",
]
RUMOUR_REPORT_RETENTION_DAYS = int(os.environ.get("RUMOUR_REPORT_RETENTION_DAYS", "90"))
# A reporter whose answer is live in Swedish but not yet in their language gets
# their reply with the Swedish page after this many hours (docs/myths.md).
RUMOUR_REPLY_TRANSLATION_WAIT_HOURS = int(
    os.environ.get("RUMOUR_REPLY_TRANSLATION_WAIT_HOURS", "24")
)
UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS = int(
    os.environ.get("UNCONFIRMED_SUBSCRIPTION_RETENTION_DAYS", "7")
)
EXAMPLE_SUGGESTION_CONTACT_RETENTION_DAYS = int(
    os.environ.get("EXAMPLE_SUGGESTION_CONTACT_RETENTION_DAYS", "180")
)
FEEDBACK_COMMENT_RETENTION_DAYS = int(os.environ.get("FEEDBACK_COMMENT_RETENTION_DAYS", "180"))
LOGIN_RECORD_RETENTION_DAYS = int(os.environ.get("LOGIN_RECORD_RETENTION_DAYS", "30"))
UNDELIVERED_EMAIL_RETENTION_DAYS = int(os.environ.get("UNDELIVERED_EMAIL_RETENTION_DAYS", "30"))
PARTNER_REVIEWER_RETENTION_DAYS = int(os.environ.get("PARTNER_REVIEWER_RETENTION_DAYS", "180"))

# Partner sign-off (docs/roles.md): how long a partner's link can be answered.
PARTNER_SIGNOFF_LINK_DAYS = int(os.environ.get("PARTNER_SIGNOFF_LINK_DAYS", "7"))
