"""Time to answer, measured by the product: each report records when its
answer first went live in Swedish and in the reporter's language; the admin
report "Time to answer rumours" gives medians and 90th percentiles per month
and per language (checked here against figures worked out by hand), lists
the waiting reports oldest first and downloads as CSV; the dashboard says how
many wait and for how long the oldest has."""

import csv
import io
import json
from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from wagtail.users.models import UserProfile

import pytest

from campaigns.models import MythPage, RumourReport
from campaigns.rumours.time_to_answer import (
    Figures,
    figures_by_language,
    figures_by_month,
    percentile,
)
from home.editorial.models import EditorialRole
from tests.utils import refused

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")
REPORT_URL = "/admin/reports/time-to-answer/"


class Clock:
    """timezone.now() for the code under test (Django's auto_now_add,
    Wagtail's publication times, the recorded answer times)."""

    def __init__(self, now):
        self.now = now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=STOCKHOLM))
    with mock.patch("django.utils.timezone.now", side_effect=lambda: clock.now):
        yield clock


def admin_in_english(user):
    """Labels and durations as the code writes them, whatever the catalogues hold."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def publish_latest(page):
    page.get_latest_revision().publish()
    return MythPage.objects.get(pk=page.pk)


def test_each_report_records_when_its_answer_went_live_in_swedish_and_in_its_language(
    clock, make_myth, myth_index, homes
):
    answer = make_myth("skola", live=False)
    report = RumourReport.objects.create(
        text="Rykte", language="ar", site_language="ar", answered_by=answer
    )
    received = clock.now
    assert report.created_at == received

    clock.advance(hours=3, minutes=15)
    swedish = publish_latest(answer)
    report.refresh_from_db()
    assert report.answer_live_in_swedish_at == received + timedelta(hours=3, minutes=15)
    assert report.answer_live_in_reporter_language_at is None

    myth_index.copy_for_translation(homes["ar"].locale, copy_parents=True)
    arabic = swedish.copy_for_translation(homes["ar"].locale)
    arabic.save_revision()
    clock.advance(hours=20)
    publish_latest(arabic)
    report.refresh_from_db()
    assert report.answer_live_in_reporter_language_at == received + timedelta(hours=23, minutes=15)

    # A later publication does not move the first times.
    clock.advance(days=2)
    publish_latest(swedish)
    publish_latest(arabic)
    report.refresh_from_db()
    assert report.answer_live_in_swedish_at == received + timedelta(hours=3, minutes=15)
    assert report.answer_live_in_reporter_language_at == received + timedelta(hours=23, minutes=15)


def test_linking_a_report_to_a_page_already_live_counts_from_the_link(clock, make_myth):
    answer = make_myth("redan-live")  # published now, before the report came in
    clock.advance(days=1)
    report = RumourReport.objects.create(text="Rykte", language="sv", site_language="sv")
    clock.advance(hours=2)
    report.answered_by = answer
    report.save()
    report.refresh_from_db()
    assert report.answer_live_in_swedish_at == report.created_at + timedelta(hours=2)
    assert report.answer_live_in_reporter_language_at == report.answer_live_in_swedish_at


def test_percentiles_interpolate_between_the_nearest_values():
    assert percentile([], 0.5) is None
    assert percentile([7], 0.9) == 7
    assert percentile([5, 1, 3], 0.5) == 3
    assert percentile([5, 1, 3], 0.9) == pytest.approx(4.6)  # 3 + 0.8 × (5 − 3)
    assert percentile([40, 10, 30, 20], 0.5) == 25
    tens = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    assert percentile(tens, 0.5) == 55
    assert percentile(tens, 0.9) == pytest.approx(91)  # 90 + 0.1 × (100 − 90)


def received(day, hour=9, month=3):
    return datetime(2026, month, day, hour, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def measured_reports():
    """Ten Arabic reports in March answered in Swedish after 10, 20 … 100
    minutes, four of them also in Arabic (after 60, 120, 180 and 600
    minutes); two Swedish reports in April (30 and 90 minutes); one Arabic
    report waiting since 1 March; one dismissed report, which never counts."""

    def report(language, at, to_swedish=None, to_language=None, **fields):
        created = RumourReport.objects.create(
            text=f"Rykte {language} {at:%m-%d %H}", language=language, site_language=language
        )
        times = {
            "created_at": at,
            "answer_live_in_swedish_at": at + timedelta(minutes=to_swedish)
            if to_swedish is not None
            else None,
            "answer_live_in_reporter_language_at": at + timedelta(minutes=to_language)
            if to_language is not None
            else None,
            **fields,
        }
        RumourReport.objects.filter(pk=created.pk).update(**times)
        return created

    arabic_in_language = {1: 60, 2: 120, 3: 180, 4: 600}
    for number in range(1, 11):
        report("ar", received(number + 2), number * 10, arabic_in_language.get(number))
    for minutes in (30, 90):
        report("sv", received(minutes // 30, month=4), minutes, minutes)
    waiting = report("ar", received(1, hour=8))
    report("fa", received(5), 5, 5, status="dismissed")
    return waiting


def test_report_figures_match_the_hand_computed_medians_and_90th_percentiles(
    measured_reports,
):
    march_swedish = Figures(
        received=11,
        answered_in_swedish=10,
        median_to_swedish=55,
        p90_to_swedish=pytest.approx(91),
        answered_in_reporter_language=4,
        median_to_reporter_language=150,  # (120 + 180) / 2
        p90_to_reporter_language=pytest.approx(474),  # 180 + 0.7 × (600 − 180)
    )
    april = Figures(
        received=2,
        answered_in_swedish=2,
        median_to_swedish=60,
        p90_to_swedish=pytest.approx(84),  # 30 + 0.9 × 60
        answered_in_reporter_language=2,
        median_to_reporter_language=60,
        p90_to_reporter_language=pytest.approx(84),
    )
    assert figures_by_month() == [("2026-04", april), ("2026-03", march_swedish)]
    assert figures_by_language() == [("sv", april), ("ar", march_swedish)]


def test_the_report_shows_the_figures_and_the_waiting_reports_oldest_first(
    client, communicator, measured_reports
):
    client.force_login(admin_in_english(communicator))
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Time to answer rumours" in html
    # March: median 55 minutes and 90th percentile 91 minutes to Swedish,
    # 150 and 474 minutes to Arabic.
    assert "55\xa0minutes" in html and "1\xa0hour, 31\xa0minutes" in html
    assert "2\xa0hours, 30\xa0minutes" in html and "7\xa0hours, 54\xa0minutes" in html
    rows = html[html.index("Reports, those waiting first") :]
    # Waiting for Arabic, oldest first (the one not answered at all, then those
    # live in Swedish only); then the answered ones, newest first.
    order = ["03-01 08", "03-07 09", "03-12 09", "04-03 09", "04-01 09", "03-06 09", "03-03 09"]
    positions = [
        rows.index(f"Rykte {'sv' if day.startswith('04') else 'ar'} {day}") for day in order
    ]
    assert positions == sorted(positions)
    assert "waiting for" in rows[positions[0] : positions[1]]
    assert "waiting for" not in rows[positions[3] :]
    assert "Rykte fa" not in html  # dismissed

    waiting_only = client.get(REPORT_URL, {"waiting": "waiting"}).content.decode()
    assert "Rykte ar 03-01 08" in waiting_only
    assert "Rykte sv 04-01 09" not in waiting_only


def test_the_csv_gives_each_reports_times_and_minutes(client, publisher, measured_reports):
    client.force_login(admin_in_english(publisher))
    response = client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 13  # the dismissed report is left out
    by_text = {row["Rumour"]: row for row in rows}
    answered = by_text["Rykte ar 03-04 09"]
    assert answered["Reporter's language"] == "ar"
    assert answered["Minutes to Swedish"] == "20.0"
    assert answered["Minutes to their language"] == "120.0"
    assert answered["Minutes waiting"] == ""
    waiting = by_text["Rykte ar 03-01 08"]
    assert waiting["Minutes to Swedish"] == ""
    minutes_waiting = (timezone.now() - received(1, hour=8)).total_seconds() / 60
    assert float(waiting["Minutes waiting"]) == pytest.approx(minutes_waiting, abs=1)
    assert rows[0]["Rumour"] == "Rykte ar 03-01 08"  # waiting first


def test_the_dashboard_says_how_many_reports_wait_and_for_how_long_the_oldest_has(
    client, communicator
):
    now = timezone.now()
    for age in (timedelta(days=3, hours=2), timedelta(hours=5)):
        report = RumourReport.objects.create(text="Rykte", language="sv", site_language="sv")
        RumourReport.objects.filter(pk=report.pk).update(created_at=now - age)
    answered = RumourReport.objects.create(text="Besvarat", language="sv", site_language="sv")
    RumourReport.objects.filter(pk=answered.pk).update(
        created_at=now - timedelta(days=9), answer_live_in_reporter_language_at=now
    )
    client.force_login(admin_in_english(communicator))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Rumours waiting for an answer" in html
    assert "2 reports wait for the answer in their language." in html
    assert "The oldest has waited 3\xa0days, 2\xa0hours." in html
    assert f'href="{REPORT_URL}?waiting=waiting"' in html


def test_each_municipality_sees_the_times_of_its_own_reports_only(client, make_user, exempelby):
    now = timezone.now()
    for text, municipality in (("Rykte i kommunen", None), ("Rykte i Exempelby", exempelby)):
        report = RumourReport.objects.create(
            text=text, language="sv", site_language="sv", municipality=municipality
        )
        RumourReport.objects.filter(pk=report.pk).update(created_at=now - timedelta(hours=5))
    communicator = make_user("bykommunikator", EditorialRole.COMMUNICATORS, municipality=exempelby)
    client.force_login(admin_in_english(communicator))

    html = client.get(REPORT_URL).content.decode()
    assert "Rykte i Exempelby" in html and "Rykte i kommunen" not in html
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 report waits for the answer in its language." in dashboard


@pytest.mark.parametrize(
    ("role", "sees_it"),
    [
        (EditorialRole.COMMUNICATORS, True),
        (EditorialRole.FACT_CHECKERS, True),
        (EditorialRole.PUBLISHERS, True),
        (EditorialRole.TRANSLATORS, False),
        ("superuser", True),
        ("editor without a group", False),
    ],
)
def test_whoever_sees_the_rumour_inbox_sees_the_report_its_menu_item_and_panel(
    client, make_user, role, sees_it
):
    if role == "superuser":
        user = make_user("root", is_superuser=True)
    elif role == EditorialRole.TRANSLATORS:
        user = make_user("translator", role, "ar")
    elif role == "editor without a group":
        user = make_user("editor")
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    else:
        user = make_user("member", role)
    assert user.has_perm("campaigns.view_rumourreport") == sees_it
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert (response.status_code == 200) == sees_it
    assert refused(response) != sees_it
    assert refused(client.get(REPORT_URL, {"export": "csv"})) != sees_it
    if not refused(dashboard := client.get(reverse("wagtailadmin_home"))):
        html = dashboard.content.decode()
        # The Reports menu, whose labels the sidebar gets as JSON.
        assert (json.dumps("Tid till svar på rykten") in html) == sees_it
        assert ("Rykten som väntar på svar" in html) == sees_it


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
