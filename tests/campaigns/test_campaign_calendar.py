"""The .ics file of a campaign's activities, read back with a small
RFC 5545 parser: unfolded lines, parameters and unescaped text."""

import datetime
import re

import pytest

from campaigns.campaigns import ics
from tests.campaigns.campaign_helpers import days, make_campaign, make_index

pytestmark = pytest.mark.django_db

ESCAPES = {"\\\\": "\\", "\\;": ";", "\\,": ",", "\\n": "\n", "\\N": "\n"}


def parse(text):
    """[{property: (params, value)}] per VEVENT, plus the calendar's own properties."""
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line
        assert "\n" not in line and "\r" not in line
    unfolded = []
    for line in lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    calendar, events, current = {}, [], None
    for line in unfolded:
        name_and_params, value = re.match(r"^([^:]+):(.*)$", line).groups()
        name, *params = name_and_params.split(";")
        value = re.sub(r"\\[\\;,nN]", lambda m: ESCAPES[m.group(0)], value)
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            events.append(current)
            current = None
        elif current is not None:
            current[name] = (params, value)
        else:
            calendar[name] = value
    return calendar, events


@pytest.fixture
def campaign(source_home):
    index = make_index(source_home)
    return make_campaign(
        index,
        title="Information, frågor; svar",
        activities=[
            ("Besök på boendet, del 1; med tolk", 10, None, "Kiruna, Migrationsverket"),
            ("Bussresa till Vännäs", 20, 22, "Vännäs"),
            ("Tidigare möte", -40, None, "Umeå"),
        ],
    )


def test_calendar_lists_every_activity_as_an_all_day_event(client, campaign):
    response = client.get(campaign.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="kampanj.ics"'
    calendar, events = parse(response.content.decode("utf-8"))
    assert calendar["BEGIN"] == "VCALENDAR" and calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar["X-WR-CALNAME"] == "Information, frågor; svar"
    assert [event["SUMMARY"][1] for event in events] == [
        "Tidigare möte",
        "Besök på boendet, del 1; med tolk",
        "Bussresa till Vännäs",
    ]
    visit, trip = events[1], events[2]
    assert visit["DTSTART"] == (["VALUE=DATE"], f"{days(10):%Y%m%d}")
    # DTEND of an all-day event is the day after the last day.
    assert visit["DTEND"] == (["VALUE=DATE"], f"{days(11):%Y%m%d}")
    assert trip["DTSTART"][1] == f"{days(20):%Y%m%d}"
    assert trip["DTEND"][1] == f"{days(23):%Y%m%d}"
    assert visit["LOCATION"][1] == "Kiruna, Migrationsverket"
    assert visit["DESCRIPTION"][1].startswith("Om Besök på boendet, del 1; med tolk.\n\n")
    assert visit["DESCRIPTION"][1].endswith(campaign.full_url)
    assert visit["URL"][1] == campaign.full_url
    stamp = datetime.datetime.strptime(visit["DTSTAMP"][1], "%Y%m%dT%H%M%SZ")
    assert stamp.year >= 2026
    uids = [event["UID"][1] for event in events]
    assert len(set(uids)) == 3 and all("@" in uid for uid in uids)


def test_calendar_uids_stay_the_same_between_downloads(client, campaign):
    first = parse(client.get(campaign.url + "calendar/").content.decode())[1]
    second = parse(client.get(campaign.url + "calendar/").content.decode())[1]
    assert [e["UID"] for e in first] == [e["UID"] for e in second]


def test_long_lines_fold_without_splitting_characters():
    summary = "ናብ መዓስከር ዑቕባ ሓተትቲ ምብጻሕ " * 6
    text = ics.calendar(
        "ካላንደር",
        [
            {
                "uid": "a@b",
                "summary": summary,
                "start": datetime.date(2026, 1, 1),
                "end": datetime.date(2026, 1, 2),
                "description": "rad ett\r\nrad två\\slut",
            }
        ],
        "-//Test//EN",
        datetime.datetime(2026, 1, 1, 12, tzinfo=datetime.UTC),
    )
    _calendar, [event] = parse(text)
    assert event["SUMMARY"][1] == summary
    assert event["DESCRIPTION"][1] == "rad ett\nrad två\\slut"
    assert event["DTSTAMP"][1] == "20260101T120000Z"
    assert "\r\n " in text


def test_escape_text_escapes_what_rfc_5545_requires():
    assert ics.escape_text('a,b;c\\d\ne "f"') == 'a\\,b\\;c\\\\d\\ne "f"'


def test_draft_campaign_has_no_public_calendar(client, source_home):
    index = make_index(source_home)
    draft = make_campaign(index, slug="utkast", live=False, activities=[("Hemligt", 3, None, "X")])
    response = client.get("/sv/kampanjer/utkast/calendar/")
    assert response.status_code == 404
    assert b"Hemligt" not in response.content
    assert not draft.live
