"""iCalendar (RFC 5545) files of a campaign's activities, written by hand:
the format needs only a few rules, each kept here and tested by parsing
(tests/campaigns/test_campaign_calendar.py)."""

import datetime

CRLF = "\r\n"
MAX_LINE_OCTETS = 75


def escape_text(value):
    """TEXT values escape backslash, semicolon, comma and newlines (3.3.11)."""
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Content lines longer than 75 octets continue on lines starting with a
    space (3.1); a multi-byte UTF-8 character is never split."""
    chunks = []
    current, size, limit = [], 0, MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            chunks.append("".join(current))
            # A continuation line's leading space counts towards its 75 octets.
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1
        current.append(char)
        size += octets
    chunks.append("".join(current))
    return (CRLF + " ").join(chunks)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(name, events, product_id, stamp):
    """The calendar as text. `events` holds dicts with uid, summary, start
    and end (dates; end exclusive) and optional location, description, url."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{product_id}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event['uid']}",
            f"DTSTAMP:{utc_stamp(stamp)}",
            f"DTSTART;VALUE=DATE:{event['start']:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event['end']:%Y%m%d}",
            f"SUMMARY:{escape_text(event['summary'])}",
        ]
        if event.get("location"):
            lines.append(f"LOCATION:{escape_text(event['location'])}")
        if event.get("description"):
            lines.append(f"DESCRIPTION:{escape_text(event['description'])}")
        if event.get("url"):
            lines.append(f"URL:{event['url']}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
