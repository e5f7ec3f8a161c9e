from pathlib import Path

from wagtail.models import Locale, PageViewRestriction

import pytest

from home import serving
from home.models import ContentPage, PageFeedback, SiteSettings, UrgentNotice
from tests.utils import publish


@pytest.fixture
def about(source_home):
    page = ContentPage(title="Om Samla", slug="om-samla", intro="Fakta om mottagande")
    source_home.add_child(instance=page)
    return publish(page)


def test_search_finds_live_pages_in_the_readers_language_only(client, source_home, homes, about):
    draft = ContentPage(title="Hemligt mottagande", slug="hemligt", live=False)
    source_home.add_child(instance=draft)
    english = ContentPage(title="Reception facts", slug="reception")
    homes["en"].add_child(instance=english)
    publish(english)

    content = client.get("/sv/search/", {"q": "mottagande"}).content.decode()

    assert "Om Samla" in content
    assert "Hemligt" not in content
    assert "Reception facts" not in content
    assert "1 träff" in content


@pytest.mark.parametrize("page_number", ["-1", "0", "99999999999", "abc", "1.5", "%00"])
def test_search_survives_any_page_number(client, about, page_number):
    response = client.get("/sv/search/", {"q": "Samla", "page": page_number})
    assert response.status_code == 200


def test_overlong_search_gets_a_clear_message_not_an_error(client, db):
    response = client.get("/ar/search/", {"q": "x" * 100_000})
    assert response.status_code == 200
    assert "يرجى تقصير البحث" in response.content.decode()


def test_feedback_is_stored_per_page_and_language_once_per_session(client, about):
    data = {"page": about.pk, "helpful": "no", "comment": "Saknar telefonnummer"}

    first = client.post("/sv/feedback/", data)
    client.post("/sv/feedback/", {**data, "helpful": "yes"})

    assert first.status_code == 302
    assert first["Location"] == "/sv/om-samla/#feedback"
    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.locale.language_code, feedback.helpful) == (
        about.pk,
        "sv",
        False,
    )
    assert feedback.comment == "Saknar telefonnummer"
    assert "Tack för ditt svar" in client.get("/sv/om-samla/").content.decode()


def test_each_page_gets_its_own_cached_feedback_form(client, source_home, about):
    """The form's HTML is cached: each page's names that page, in its language."""
    other = ContentPage(title="Kontakt", slug="kontakt")
    source_home.add_child(instance=other)
    publish(other)
    for _ in range(2):  # the second time from the cache
        about_html = client.get("/sv/om-samla/").content.decode()
        other_html = client.get("/sv/kontakt/").content.decode()
        assert f'name="page" value="{about.pk}"' in about_html
        assert f'name="page" value="{other.pk}"' in other_html
        assert "Skicka" in other_html


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"page": "x", "helpful": "yes"},
        {"page": "999999", "helpful": "yes"},
        {"helpful": "maybe"},
    ],
)
def test_bad_feedback_gets_a_clear_answer_and_stores_nothing(client, about, data):
    response = client.post("/ar/feedback/", data)
    assert response.status_code == 400
    assert "لم نتمكن من حفظ إجابتك" in response.content.decode()
    assert not PageFeedback.objects.exists()


def test_feedback_on_a_draft_page_is_refused(client, source_home):
    draft = ContentPage(title="Utkast", slug="utkast", live=False)
    source_home.add_child(instance=draft)
    assert client.post("/sv/feedback/", {"page": draft.pk, "helpful": "yes"}).status_code == 400


def test_feedback_honeypot_stores_nothing(client, about):
    client.post("/sv/feedback/", {"page": about.pk, "helpful": "yes", "website": "http://spam"})
    assert not PageFeedback.objects.exists()


def test_feedback_is_rate_limited_per_client(client, source_home, settings):
    pages = []
    for number in range(32):
        page = ContentPage(title=f"Sida {number}", slug=f"sida-{number}")
        source_home.add_child(instance=page)
        pages.append(publish(page))
    responses = [
        client.post("/sv/feedback/", {"page": page.pk, "helpful": "yes"}) for page in pages
    ]
    assert responses[-1].status_code == 429
    assert PageFeedback.objects.count() == 30


def test_urgent_notice_shows_in_the_readers_language(client, homes):
    notice = UrgentNotice.objects.create(title="Viktigt", message="Informationsmöte i kväll")
    arabic = notice.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title, arabic.message = "مهم", "اجتماع إعلامي الليلة"
    arabic.save()
    site_settings = SiteSettings.load()
    site_settings.urgent_notice = notice
    site_settings.save()

    assert "Informationsmöte i kväll" in client.get("/sv/").content.decode()
    assert "اجتماع إعلامي الليلة" in client.get("/ar/").content.decode()


def test_server_error_page_is_in_the_readers_language(client, db, settings):
    from django.test import override_settings
    from django.urls import path

    def broken(request):
        raise RuntimeError("boom")

    from django.conf.urls.i18n import i18n_patterns

    import samla.urls

    urlpatterns = i18n_patterns(path("broken/", broken)) + samla.urls.urlpatterns
    module = type("urls", (), {"urlpatterns": urlpatterns, "handler500": samla.urls.handler500})
    client.raise_request_exception = False
    with override_settings(ROOT_URLCONF=module):
        response = client.get("/ar/broken/")
    assert response.status_code == 500
    assert "حدث خطأ ما" in response.content.decode()


def test_a_page_with_its_css_and_scripts_weighs_under_100_kb(client, about):
    import re

    from django.contrib.staticfiles import finders

    html = client.get("/sv/om-samla/").content.decode()
    assets = re.findall(r'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert assets, "the page links its stylesheet"
    total = len(html.encode()) + sum(Path(finders.find(asset)).stat().st_size for asset in assets)
    assert total < 100_000, total


def test_cached_menu_and_notice_change_as_soon_as_content_does(client, source_home):
    assert "Nyhet i menyn" not in client.get("/sv/").content.decode()
    page = ContentPage(title="Nyhet i menyn", slug="nyhet", show_in_menus=True)
    source_home.add_child(instance=page)
    publish(page)
    assert "Nyhet i menyn" in client.get("/sv/").content.decode()

    notice = UrgentNotice.objects.create(title="Stängt", message="Kontoret är stängt i dag")
    site_settings = SiteSettings.load()
    site_settings.urgent_notice = notice
    site_settings.save()
    assert "Kontoret är stängt i dag" in client.get("/sv/").content.decode()

    page.unpublish()
    assert "Nyhet i menyn" not in client.get("/sv/").content.decode()


def test_the_menu_read_with_the_path_leaves_out_private_and_unpublished_pages(client, source_home):
    """The path's query reads the menu's pages too (home/navigation.py:
    pages_on_path_q), drafts and private pages among them; none is linked."""
    for title, slug in [("Öppen sida", "oppen"), ("Intern sida", "intern"), ("Utkast", "utkast")]:
        page = ContentPage(title=title, slug=slug, show_in_menus=True)
        source_home.add_child(instance=page)
        publish(page)
    PageViewRestriction.objects.create(
        page=ContentPage.objects.get(slug="intern"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="hemligt",
    )
    ContentPage.objects.get(slug="utkast").unpublish()

    menu = client.get("/sv/oppen/").content.decode()

    assert "Öppen sida" in menu
    assert "Intern sida" not in menu and "Utkast" not in menu


def test_a_change_while_the_path_is_read_is_shown_at_once(client, source_home, monkeypatch):
    """What the path's query read for the chrome is not kept when the content
    changed before the page was rendered (a publication in another process):
    the menu is read again under the new content version."""
    in_menu = ContentPage(title="Nyhet i menyn", slug="nyhet", show_in_menus=True)
    source_home.add_child(instance=in_menu)
    publish(in_menu)
    about = ContentPage(title="Om oss", slug="om-oss")
    source_home.add_child(instance=about)
    publish(about)
    found_before_the_change = serving.route

    def route_then_unpublish(*args):
        found = found_before_the_change(*args)
        in_menu.unpublish()  # renews the content version
        return found

    monkeypatch.setattr(serving, "route", route_then_unpublish)
    html = client.get("/sv/om-oss/").content.decode()

    assert "Om oss" in html
    assert "Nyhet i menyn" not in html


def test_content_pages_cost_few_queries_once_the_chrome_is_cached(client, about):
    from tests.utils import count_queries

    SiteSettings.load()  # created on first use; that save refreshes the chrome
    client.get("/sv/om-samla/")
    queries, _response = count_queries(client, "/sv/om-samla/")
    assert queries <= 8


def test_a_form_sent_without_its_security_token_is_answered_in_the_readers_language(about):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        "/ar/feedback/", {"page": about.pk, "helpful": "yes"}
    )

    assert response.status_code == 403
    content = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in content
    assert "انتهت صلاحية النموذج" in content
    assert not PageFeedback.objects.exists()
