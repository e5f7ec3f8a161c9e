from django.core.cache import caches

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest

from home import serving
from home.demo import translate
from home.models import ContentPage
from tests.utils import count_queries, publish

NOTICE = "قد تكون هذه الترجمة قديمة"


@pytest.fixture
def translated(source_home, django_capture_on_commit_callbacks):
    page = ContentPage(title="Skolstart", slug="skolstart", intro="Skolan börjar i augusti.")
    source_home.add_child(instance=page)
    publish(page)
    with django_capture_on_commit_callbacks(execute=True):
        translate(
            page,
            {
                "ar": {
                    "Skolstart": "بداية المدرسة",
                    "Skolan börjar i augusti.": "تبدأ المدرسة في أغسطس.",
                }
            },
        )
    return page


def test_current_translation_has_no_notice(client, translated):
    content = client.get("/ar/skolstart/").content.decode()
    assert "تبدأ المدرسة في أغسطس." in content
    assert NOTICE not in content


def test_changed_source_marks_the_translation_outdated_with_a_link_to_swedish(client, translated):
    translated.intro = "Skolan börjar den 18 augusti."
    publish(translated)

    content = client.get("/ar/skolstart/").content.decode()

    assert NOTICE in content
    assert 'href="/sv/skolstart/" lang="sv"' in content
    # Swedish readers see no notice on the source itself.
    assert "inaktuell" not in client.get("/sv/skolstart/").content.decode()


def test_republishing_without_changing_the_text_keeps_the_translation_current(client, translated):
    translated.show_in_menus = True
    publish(translated)
    assert NOTICE not in client.get("/ar/skolstart/").content.decode()


def test_notice_goes_away_when_the_translation_is_updated_and_published(
    client, translated, django_capture_on_commit_callbacks
):
    translated.intro = "Skolan börjar den 18 augusti."
    publish(translated)
    source = TranslationSource.objects.get(object_id=translated.translation_key)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(
            Locale.objects.get(language_code="ar"), publish=True, fallback=True
        )

    assert NOTICE not in client.get("/ar/skolstart/").content.decode()


def test_a_cold_translation_reads_its_state_with_its_path(client, translated):
    """Whether a translation is behind its source comes with the page the
    path names (home/freshness.py): cold, the Arabic page costs what its
    Swedish source costs, and an outdated one a query more, for the source's
    address that the notice links."""

    def cold_queries(url):
        client.get(url)  # the per-process caches a running server has (content types)
        for each in caches.all():
            each.clear()
        count, response = count_queries(client, url)
        return count, response.content.decode()

    swedish, _content = cold_queries("/sv/skolstart/")
    current, content = cold_queries("/ar/skolstart/")
    assert NOTICE not in content
    assert current == swedish

    translated.intro = "Skolan börjar den 18 augusti."
    publish(translated)
    outdated, content = cold_queries("/ar/skolstart/")
    assert NOTICE in content
    assert outdated == swedish + 1


def test_a_source_changed_while_the_path_is_read_marks_the_translation_at_once(
    client, translated, monkeypatch
):
    """The translation's state read with the path is not kept when the
    content changed before the page was rendered: it is read again."""
    found_before_the_change = serving.route

    def route_then_change_the_source(*args):
        found = found_before_the_change(*args)
        translated.intro = "Skolan börjar den 18 augusti."
        publish(translated)  # records the source's new state, renews the content version
        return found

    monkeypatch.setattr(serving, "route", route_then_change_the_source)
    assert NOTICE in client.get("/ar/skolstart/").content.decode()


def test_status_grid_shows_each_language_state(client, translated, publisher):
    translated.intro = "Skolan börjar den 18 augusti."
    publish(translated)
    client.force_login(publisher)

    response = client.get("/admin/reports/translation-status/", {"section": translated.pk})
    content = response.content.decode()

    assert response.status_code == 200
    row = content[content.index(f'<th scope="row"><a href="/admin/pages/{translated.pk}/edit/">') :]
    row = row[: row.index("</tr>")]
    assert row.count('data-status="outdated"') == 1  # Arabic
    assert row.count('data-status="missing"') == 6
    assert "0 dagar efter" in row

    only_arabic = client.get(
        "/admin/reports/translation-status/", {"language": "ar"}
    ).content.decode()
    grid = only_arabic[only_arabic.index('class="listing translation-status"') :]
    assert grid.count('<th scope="col"') == 2
    assert 'lang="ar"' in grid


def test_status_grid_costs_the_same_queries_for_more_pages(client, source_home, publisher):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(publisher)

    def queries():
        with CaptureQueriesContext(connection) as context:
            client.get("/admin/reports/translation-status/")
        return len(context.captured_queries)

    for number in range(3):
        source_home.add_child(instance=ContentPage(title=f"Sida {number}", slug=f"sida-{number}"))
    queries()  # the first request of a session also writes the session
    few = queries()
    for number in range(3, 30):
        source_home.add_child(instance=ContentPage(title=f"Sida {number}", slug=f"sida-{number}"))
    assert queries() == few


def test_translators_and_anonymous_users_see_the_grid_only_when_allowed(client, translator_ar):
    assert client.get("/admin/reports/translation-status/").status_code == 302
    client.force_login(translator_ar)
    assert client.get("/admin/reports/translation-status/").status_code == 200
