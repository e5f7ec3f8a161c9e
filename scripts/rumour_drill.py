"""`.venv/bin/python scripts/rumour_drill.py`: two weeks of rumour reports answered, on a scratch
database, with a controlled clock; prints the time-to-answer figures that
docs/myths.md records ("Figures of a scripted run").

A drill, not a test of the admin (the browser journey is): it creates a
throw-away SQLite database, migrates it, and plays a fixed sequence with
Samla's own code. Residents report rumours in eight languages, in the day and
evening; a Communicator picks each new rumour up in working hours, writes a
myth page and links every report of that rumour to it (duplicates that come
in later are linked when they are seen, often after the page is live); the
Fact check and the Publisher take from a few working hours to a day; the
translations into the reporters' languages are published some hours to two
days later, one never. Publication goes through Wagtail revisions
(`revision.publish()`, so `page_published` records the times and sends the
replies), the reply timer (`send_due_replies`) runs every simulated 15
minutes, and the outbox delivers to memory. The figures come from
campaigns/rumours/time_to_answer.py, as in the admin report."""

import os
import random
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path
from unittest import mock
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
STOCKHOLM = ZoneInfo("Europe/Stockholm")
START = datetime(2026, 11, 2, 7, 0, tzinfo=STOCKHOLM)  # a Monday
DAYS = 14
SEED = 16
TIMER_EVERY = timedelta(minutes=15)

# Each rumour: its Swedish claim, the reporters' languages in order of
# arrival, and the languages its answer is never translated into.
RUMOURS = [
    ("Asylsökande barn får inte gå i skolan.", ["so", "ar", "sv", "so", "ar"], []),
    ("Alla nya lägenheter går till flyktingar.", ["sv", "sv", "ar", "fa"], []),
    ("Flyktingar får mer pengar än pensionärer.", ["sv", "ar", "uk", "sv", "sv"], []),
    ("Den som flytt från Ukraina får inte arbeta.", ["uk", "uk", "en"], []),
    ("Skolan stänger på grund av det nya boendet.", ["sv", "sv", "sv"], []),
    ("Vaccinet som erbjuds barn på boendet är farligt.", ["ar", "ti", "so", "ti"], ["ti"]),
    ("Polisen kontrollerar id-handlingar på bussarna.", ["fa", "prs", "prs"], []),
    ("Busskortet för nyanlända dras in i december.", ["sv", "ar"], []),
]
DISMISSED = 2  # reports that are not rumours (a question, an advertisement)


def scratch_database():
    directory = tempfile.mkdtemp(prefix="samla-drill-")
    os.environ["DATABASE_URL"] = f"sqlite:///{directory}/drill.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "samla.settings.test"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return directory


class Clock:
    def __init__(self, now):
        self.now = now


def working_time(moment):
    """The first moment from `moment` on in office hours (weekdays 8–17)."""
    while True:
        if moment.weekday() < 5 and time(8) <= moment.timetz().replace(tzinfo=None) < time(17):
            return moment
        next_morning = datetime.combine(moment.date() + timedelta(days=1), time(8), STOCKHOLM)
        same_morning = datetime.combine(moment.date(), time(8), STOCKHOLM)
        moment = same_morning if moment < same_morning else next_morning


def after_working_hours(moment, hours):
    """`hours` of office time after `moment`."""
    remaining = timedelta(hours=hours)
    moment = working_time(moment)
    while remaining > timedelta(0):
        closing = datetime.combine(moment.date(), time(17), STOCKHOLM)
        step = min(remaining, closing - moment)
        moment += step
        remaining -= step
        if remaining > timedelta(0):
            moment = working_time(moment + timedelta(seconds=1))
    return moment


def run():
    scratch_database()
    from django.conf import settings
    from django.core import mail
    from django.utils import timezone

    from campaigns.models import MythIndexPage, MythPage, ReportStatus, RumourReport
    from campaigns.rumours.replies import send_due_replies
    from campaigns.rumours.time_to_answer import Figures, figures_by_language, oldest_waiting
    from home.models import HomePage, Organisation
    from home.outbox.delivery import deliver_due

    randomness = random.Random(SEED)
    clock = Clock(START)
    patch = mock.patch("django.utils.timezone.now", side_effect=lambda: clock.now)
    patch.start()

    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    index = MythIndexPage(title="Myter och fakta", slug="myter")
    homes["sv"].add_child(instance=index)
    index.save_revision().publish()
    for code, home in homes.items():
        if code != "sv":
            index.copy_for_translation(home.locale).save_revision().publish()
    organisation = Organisation.objects.create(name="Exempelkommun", locale=homes["sv"].locale)

    events = []  # (when, order, action)

    def at(moment, action):
        events.append((moment, len(events), action))

    reports = []
    for rumour_number, (claim, languages, untranslated) in enumerate(RUMOURS):
        first = START + timedelta(
            days=randomness.randrange(DAYS - 4), hours=randomness.uniform(0, 16)
        )
        if rumour_number == len(RUMOURS) - 1:  # on the last days: still in review at the end
            first = START + timedelta(days=DAYS - 2, hours=3)
        arrivals = [first]
        for _language in languages[1:]:
            arrivals.append(arrivals[-1] + timedelta(hours=randomness.uniform(1, 30)))
        rumour = {
            "number": rumour_number,
            "claim": claim,
            "page": None,
            "untranslated": untranslated,
        }
        for number, (language, arrived) in enumerate(zip(languages, arrivals, strict=True)):
            entry = {"language": language, "rumour": rumour, "consent": number % 2 == 0}
            reports.append(entry)
            at(arrived, lambda entry=entry: receive(entry))
        write_after = after_working_hours(first, randomness.uniform(0.5, 3))
        at(write_after, lambda rumour=rumour: write_answer(rumour))
        published = after_working_hours(write_after, randomness.uniform(3, 24))
        at(published, lambda rumour=rumour: publish_answer(rumour))
    for number in range(DISMISSED):
        entry = {"language": "sv", "rumour": None, "consent": False}
        at(START + timedelta(days=3 + number * 4, hours=5), lambda entry=entry: receive(entry))

    def receive(entry):
        rumour = entry["rumour"]
        report = RumourReport.objects.create(
            text=rumour["claim"] if rumour else "Var kan jag köpa busskort?",
            language=entry["language"],
            site_language=entry["language"],
            email=f"resident{len(RumourReport.objects.all()) + 1}@example.org"
            if entry["consent"]
            else "",
            consent=entry["consent"],
        )
        entry["report"] = report
        if rumour is None:
            at(
                after_working_hours(clock.now, 1),
                lambda: RumourReport.objects.filter(pk=report.pk).update(
                    status=ReportStatus.DISMISSED
                ),
            )
        elif rumour["page"] is not None:  # a duplicate, linked once a Communicator sees it
            at(
                after_working_hours(clock.now, randomness.uniform(0.25, 4)),
                lambda: link(report, rumour),
            )

    def link(report, rumour):
        report.refresh_from_db()
        report.answer_with(MythPage.objects.get(pk=rumour["page"].pk))
        report.save()

    def write_answer(rumour):
        today = timezone.localdate()
        page = MythPage(
            title=rumour["claim"].rstrip("."),
            slug=f"myt-{rumour['number']}",
            claim=rumour["claim"],
            verdict="false",
            short_fact="Det stämmer inte.",
            explanation="<p>Förklaringen med källor.</p>",
            organisation=organisation,
            date_checked=today,
            recheck_by=today + timedelta(days=180),
        )
        index.add_child(instance=page)
        page.save_revision()
        MythPage.objects.filter(pk=page.pk).update(live=False)
        rumour["page"] = page
        for entry in reports:
            if entry["rumour"] is rumour and "report" in entry:
                link(entry["report"], rumour)

    def publish_answer(rumour):
        page = MythPage.objects.get(pk=rumour["page"].pk)
        page.get_latest_revision().publish()
        languages = {entry["language"] for entry in reports if entry["rumour"] is rumour} - {
            "sv",
            *rumour["untranslated"],
        }
        for language in sorted(languages):
            started = after_working_hours(clock.now, randomness.uniform(0.5, 4))
            reviewed = after_working_hours(started, randomness.uniform(2, 16))
            at(reviewed, lambda page=page, language=language: translate(page, language))

    def translate(page, language):
        translation = page.copy_for_translation(homes[language].locale)
        translation.save_revision().publish()

    end = START + timedelta(days=DAYS)
    timer = START
    while events:
        events.sort()
        when, _order, action = events.pop(0)
        if when > end:
            break
        while timer + TIMER_EVERY <= when:
            timer += TIMER_EVERY
            clock.now = timer
            send_due_replies()
        clock.now = when
        action()
    while timer + TIMER_EVERY <= end:
        timer += TIMER_EVERY
        clock.now = timer
        send_due_replies()
    clock.now = end

    measured = list(RumourReport.objects.exclude(status=ReportStatus.DISMISSED))
    total = Figures.of(measured)
    waiting, oldest = oldest_waiting()
    oldest_minutes = (end - oldest.created_at).total_seconds() / 60 if oldest else None
    replied = RumourReport.objects.filter(replied_at__isnull=False)
    in_swedish = sum(
        1 for report in replied if report.reply_answer_language != report.reporter_language
    )
    patch.stop()
    deliver_due(ignore_backoff=True)
    delivered = len(getattr(mail, "outbox", []))

    def minutes(value):
        if value is None:
            return "–"
        hours, rest = divmod(round(value), 60)
        return f"{value:.0f} ({hours} h {rest} min)"

    names = dict(settings.LANGUAGES)
    print(f"Scripted run: {START:%Y-%m-%d} + {DAYS} days, seed {SEED}")
    print()
    print("| figure | value |")
    print("|---|---|")
    print(f"| reports received | {RumourReport.objects.count()} ({DISMISSED} dismissed) |")
    print(f"| answer live in Swedish | {total.answered_in_swedish} |")
    print(f"| answer live in the reporter's language | {total.answered_in_reporter_language} |")
    print(f"| still waiting at the end | {waiting} (oldest: {minutes(oldest_minutes)}) |")
    print(
        f"| replies e-mailed (with consent) | {replied.count()}, of which {in_swedish} "
        f"with the Swedish page; {delivered} delivered |"
    )
    print(f"| median minutes to Swedish | {minutes(total.median_to_swedish)} |")
    print(f"| 90th percentile minutes to Swedish | {minutes(total.p90_to_swedish)} |")
    print(
        f"| median minutes to the reporter's language | "
        f"{minutes(total.median_to_reporter_language)} |"
    )
    print(
        f"| 90th percentile minutes to the reporter's language | "
        f"{minutes(total.p90_to_reporter_language)} |"
    )
    print()
    print(
        "| language | received | live in Swedish | median | p90 | live in language | median | p90 |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for code, figures in figures_by_language():
        print(
            f"| {names[code]} | {figures.received} | {figures.answered_in_swedish} | "
            f"{minutes(figures.median_to_swedish)} | {minutes(figures.p90_to_swedish)} | "
            f"{figures.answered_in_reporter_language} | "
            f"{minutes(figures.median_to_reporter_language)} | "
            f"{minutes(figures.p90_to_reporter_language)} |"
        )


if __name__ == "__main__":
    run()
