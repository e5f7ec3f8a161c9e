"""Honest dates (home/review_dates/): every page with review dates says when it
was last reviewed and is next due, after a publication that passed review or
a Publisher's "Reviewed, still correct"; communicators set the interval per
page type; overdue pages are in a report and on the dashboard; a major
change's note reaches readers once its version is published, a minor change
never does."""

import datetime
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from wagtail.models import Page

import pytest

from campaigns.models import MythPage, SituationPage
from home.models import (
    ContentPage,
    EasyReadPage,
    HomePage,
    PageChange,
    PageReview,
    ReviewInterval,
)
from home.review_dates.reviews import months_after
from stories.models import StoryIndexPage
from tests.campaigns.test_editorial import approve
from tests.factories import campaigns as campaign_factories
from tests.factories import stories as story_factories
from tests.home.test_frontend_cache import recorder, varnish  # noqa: F401 (fixtures)
from tests.utils import add_page, publish, refused

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def shared_pages(module_db):
    """A Swedish content page, its easy-to-read version, a myth page and a
    situation page, and the content page in Arabic, built once. The language
    home pages count as reviewed today, as on a site whose home pages went
    through review (a fresh installation lists them as never reviewed)."""
    with module_db.unblock():
        PageReview.objects.bulk_create(
            PageReview(page=home, reviewed_at=timezone.now(), kind=PageReview.Kind.PUBLICATION)
            for home in HomePage.objects.all()
        )
        home = HomePage.objects.get(locale__language_code="sv")
        about = add_page(home, ContentPage(title="Om mottagandet", slug="om-mottagandet"))
        organisation = campaign_factories.example_organisation(home.locale)
        myth = campaign_factories.myth(campaign_factories.myth_index(home), organisation, "boende")
        library = story_factories.story_library(home)
        easy_read = add_page(about, EasyReadPage(title="Om mottagandet på lätt svenska"))
        situation = add_page(
            home, SituationPage(title="Jag söker asyl", slug="soker-asyl", intro="För dig.")
        )
        arabic_home = HomePage.objects.get(locale__language_code="ar")
        arabic = about.copy_for_translation(arabic_home.locale)
        arabic.title = "عن الاستقبال"
        publish(arabic)
    return {
        "home": home.pk,
        "library": library.pk,
        "about": about.pk,
        "myth": myth.pk,
        "arabic": arabic.pk,
        "easy_read": easy_read.pk,
        "situation": situation.pk,
    }


@pytest.fixture
def about(shared_pages):
    return ContentPage.objects.get(pk=shared_pages["about"])


@pytest.fixture
def myth(shared_pages):
    return MythPage.objects.get(pk=shared_pages["myth"])


@pytest.fixture
def arabic_about(shared_pages):
    return ContentPage.objects.get(pk=shared_pages["arabic"])


def reviewed_ago(page, days):
    PageReview.objects.filter(page=page).update(
        reviewed_at=timezone.now() - datetime.timedelta(days=days)
    )


def shown_date(day, language="sv"):
    with translation.override(language):
        return date_format(day, "DATE_FORMAT")


def public_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def submit_change(page, user, *, major, note=""):
    """`user` changes the page (a major or minor change) and submits it for review."""
    page.intro = f"{page.intro} Uppdaterat."
    page.major_change, page.change_note = major, note
    page.full_clean()
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def test_a_published_page_says_when_it_was_last_reviewed_and_next_due(client, about):
    today = timezone.localdate()

    html = public_html(client, about)

    assert "Senast granskad" in html and "Nästa granskning" in html
    assert f'<time datetime="{today:%Y-%m-%d}">{shown_date(today)}</time>' in html
    next_review = months_after(today, 12)
    assert f'<time datetime="{next_review:%Y-%m-%d}">{shown_date(next_review)}</time>' in html


def test_a_translation_shows_its_own_review_date_in_its_language(client, about, arabic_about):
    reviewed_ago(about, 40)

    html = public_html(client, arabic_about)

    today = timezone.localdate()
    assert "آخر مراجعة" in html
    assert f'<time datetime="{today:%Y-%m-%d}">{shown_date(today, "ar")}</time>' in html


def test_the_interval_communicators_set_applies_to_its_page_type_only(
    client, communicator, about, myth
):
    # Readers have the page's dates cached before the interval changes.
    assert f'datetime="{months_after(timezone.localdate(), 2):%Y-%m-%d}"' not in public_html(
        client, about
    )
    client.force_login(communicator)
    content_type = about.content_type
    response = client.post(
        reverse("wagtailsnippets_home_reviewinterval:add"),
        {"page_type": content_type.pk, "months": "2"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()

    today = timezone.localdate()
    assert f'datetime="{months_after(today, 2):%Y-%m-%d}"' in public_html(client, about)
    # Myth pages keep their own default, six months.
    assert f'datetime="{months_after(today, 6):%Y-%m-%d}"' in public_html(client, myth)


@pytest.mark.parametrize("role", ["fact_checker", "translator_ar"])
def test_only_communicators_and_publishers_set_intervals(client, request, about, role):
    client.force_login(request.getfixturevalue(role))
    url = reverse("wagtailsnippets_home_reviewinterval:add")
    assert refused(client.post(url, {"page_type": about.content_type_id, "months": "1"}))
    assert not ReviewInterval.objects.exists()


def test_the_report_lists_overdue_pages_most_overdue_first(client, publisher, about, myth):
    reviewed_ago(about, 400)  # due after 12 months: about a month overdue
    reviewed_ago(myth, 300)  # due after 6 months: about four months overdue
    client.force_login(publisher)

    html = client.get(reverse("pages_due_for_review")).content.decode()

    assert html.index(myth.title) < html.index(about.title)
    assert "Om mottagandet" in html and "عن الاستقبال" not in html
    response = client.get(reverse("pages_due_for_review") + "?export=csv")
    csv = b"".join(response.streaming_content).decode()
    lines = csv.splitlines()
    assert lines[1].split(",")[1] == myth.title and lines[2].split(",")[1] == about.title


def test_the_dashboard_counts_pages_due_and_names_the_most_overdue(client, communicator, myth):
    reviewed_ago(myth, 300)
    client.force_login(communicator)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "1 sida ska granskas." in html and myth.title in html


@pytest.mark.parametrize("role", ["fact_checker", "translator_ar"])
def test_other_roles_see_neither_the_report_nor_the_panel(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert refused(client.get(reverse("pages_due_for_review")))
    assert "Sidor som ska granskas" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_publisher_confirms_a_page_still_correct_without_publishing(client, publisher, myth):
    reviewed_ago(myth, 300)
    revision_before = myth.live_revision_id
    today = timezone.localdate()
    # Readers have the old review date cached before the Publisher confirms.
    assert f'<time datetime="{today:%Y-%m-%d}">' not in public_html(client, myth)
    client.force_login(publisher)
    url = reverse("confirm_page_review", args=[myth.pk])
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[myth.pk])).content.decode()

    response = client.post(url, {"next": reverse("pages_due_for_review")})

    assert response.status_code == 302
    review = PageReview.objects.filter(page=myth).first()
    assert (review.kind, review.user) == (PageReview.Kind.CONFIRMATION, publisher)
    myth.refresh_from_db()
    assert myth.live_revision_id == revision_before
    due = client.get(reverse("pages_due_for_review_results")).content.decode()
    assert myth.title not in due
    client.logout()
    assert f'<time datetime="{today:%Y-%m-%d}">' in public_html(client, myth)


@pytest.mark.parametrize("role", ["communicator", "fact_checker", "translator_ar"])
def test_only_publishers_confirm_a_review(client, request, myth, role):
    client.force_login(request.getfixturevalue(role))
    url = reverse("confirm_page_review", args=[myth.pk])
    assert (
        url not in client.get(reverse("wagtailadmin_pages:edit", args=[myth.pk])).content.decode()
    )
    assert refused(client.post(url))
    assert not PageReview.objects.filter(kind=PageReview.Kind.CONFIRMATION).exists()


def test_a_major_change_note_reaches_readers_only_once_published(
    client, communicator, publisher, about
):
    note = "Nya siffror från Migrationsverket."
    submit_change(about, communicator, major=True, note=note)
    assert note not in public_html(client, about)

    client.force_login(publisher)
    approve(client, about)
    client.logout()

    html = public_html(client, about)
    assert "Ändrad" in html and note in html
    assert [change.note for change in PageChange.objects.filter(page=about)] == [note]
    # The editor offers the next change without the published note.
    client.force_login(communicator)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).content.decode()
    assert note not in editor


def test_a_minor_change_tells_readers_nothing(client, communicator, publisher, about):
    submit_change(about, communicator, major=False, note="Stavning rättad.")
    client.force_login(publisher)
    approve(client, about)
    client.logout()

    html = public_html(client, about)
    assert "Ändrad" not in html and "Stavning" not in html
    assert not PageChange.objects.filter(page=about).exists()
    assert PageReview.objects.filter(page=about).count() == 2


def test_a_major_change_needs_its_note(myth):
    myth.major_change = True
    with pytest.raises(Exception, match="Write one line|Skriv en rad"):
        myth.full_clean()


def test_pages_live_before_review_dates_were_last_reviewed_when_last_published(about):
    from django.apps import apps

    from home.review_dates.seeding import reviews_from_last_publication

    PageReview.objects.all().delete()
    reviews_from_last_publication("home", "ContentPage")(apps, None)

    [review] = PageReview.objects.filter(page=about)
    assert review.reviewed_at == Page.objects.get(pk=about.pk).last_published_at


def test_a_confirmed_review_reaches_readers_behind_the_front_end_cache(
    client, request, publisher, myth, django_capture_on_commit_callbacks
):
    recorded_purges = request.getfixturevalue("varnish")
    client.force_login(publisher)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("confirm_page_review", args=[myth.pk]))

    assert urlsplit(myth.get_full_url()).path in recorded_purges.paths()


@pytest.mark.parametrize(
    "name, page_type, interval_months",
    [
        ("situation", SituationPage, 6),
        ("easy_read", EasyReadPage, 6),
        ("home", HomePage, 6),
        ("library", StoryIndexPage, 12),
    ],
)
def test_every_kind_of_page_shows_its_dates_and_major_changes(
    client, communicator, publisher, shared_pages, name, page_type, interval_months
):
    page = page_type.objects.get(pk=shared_pages[name])
    note = "Nya kontaktpersoner."
    submit_change(page, communicator, major=True, note=note)
    client.force_login(publisher)
    approve(client, page)
    client.logout()

    html = public_html(client, page)

    today = timezone.localdate()
    assert "Senast granskad" in html and "Nästa granskning" in html
    assert f'<time datetime="{today:%Y-%m-%d}">{shown_date(today)}</time>' in html
    # Each type's own interval, unless communicators set another.
    assert f'datetime="{months_after(today, interval_months):%Y-%m-%d}"' in html
    assert "Ändrad" in html and note in html
