from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail_localize.views import edit_translation

from home import search, serving
from home.feedback import views as feedback_views
from home.signoff import views as signoff_views
from home.subscriptions import views as subscription_views
from home.translation import review as translation_review

from . import site_files
from .api import api_router
from .sitemap import Sitemap

urlpatterns = [
    # Replace wagtail-localize's views of the same addresses (home/translation/review.py).
    path(
        "admin/localize/update/<int:translation_source_id>/",
        translation_review.ReviewedUpdateTranslationsView.as_view(),
    ),
    path(
        "admin/localize/translate/<int:translation_id>/pofile/upload/",
        translation_review.checked_upload_pofile,
    ),
    *(
        path(
            f"admin/localize/translate/<int:translation_id>/{route}",
            translation_review.in_translators_language(view),
        )
        for route, view in [
            ("strings/<int:string_segment_id>/edit/", edit_translation.edit_string_translation),
            ("overrides/<int:overridable_segment_id>/edit/", edit_translation.edit_override),
            ("pofile/download/", edit_translation.download_pofile),
            ("machine_translate/", edit_translation.machine_translate),
            ("preview/", edit_translation.preview_translation),
            ("preview/<str:mode>/", edit_translation.preview_translation),
            ("disable/", edit_translation.stop_translation),
        ]
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": Sitemap}}),
    path("robots.txt", site_files.robots_txt),
    path("favicon.ico", site_files.favicon),
    path("apple-touch-icon.png", site_files.apple_touch_icon),
    path("manifest.webmanifest", site_files.web_manifest),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search.search, name="search"),
    path("feedback/", feedback_views.page_feedback, name="page_feedback"),
    path("subscribe/", subscription_views.subscribe, name="subscribe"),
    path(
        "subscribe/sent/", subscription_views.subscription_requested, name="subscription_requested"
    ),
    path("subscribe/confirm/<str:token>/", subscription_views.confirm, name="subscription_confirm"),
    path(
        "subscribe/stop/<str:token>/",
        subscription_views.unsubscribe,
        name="subscription_unsubscribe",
    ),
    path("partner-sign-off/<str:token>/", signoff_views.sign_off, name="partner_signoff"),
    path("", include("stories.urls")),
    path("", include("campaigns.urls")),
    # Wagtail's page view, found faster (home/serving.py); Wagtail's own
    # _util/ views (the login and password forms of restricted pages) match
    # its pattern too and stay Wagtail's.
    re_path(serving.SERVE_PATTERN, serving.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
)

handler404 = "home.errors.page_not_found"
handler500 = "home.errors.server_error"
