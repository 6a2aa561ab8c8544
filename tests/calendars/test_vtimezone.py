"""The VTIMEZONE a feed carries is built from the pack's own zone."""

from datetime import datetime

from icalendar import Calendar

from calendars.ical import CalendarEvent, render_calendar, vtimezone
from tests.zones import LONDON


def test_london_is_two_yearly_rules_as_clients_have_always_read_it():
    text = vtimezone("Europe/London").to_ical().decode()
    assert "DTSTART:19701025T020000" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "DTSTART:19700329T010000" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert text.index("BEGIN:STANDARD") < text.index("BEGIN:DAYLIGHT")


def test_another_zone_gets_its_own_rules():
    text = vtimezone("America/New_York").to_ical().decode()
    assert "TZID:America/New_York" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3" in text


def test_a_zone_without_clock_changes_is_one_standard_block():
    text = vtimezone("Asia/Tokyo").to_ical().decode()
    assert text.count("BEGIN:STANDARD") == 1
    assert "DAYLIGHT" not in text
    assert "TZOFFSETTO:+0900" in text


def test_a_feed_carries_the_zone_each_timed_entry_is_written_in():
    moment = datetime(2027, 7, 1, 10, tzinfo=LONDON)
    event = CalendarEvent(
        uid="a@example.org",
        summary="Hearing",
        sequence=0,
        last_modified=moment,
        start=moment,
        end=moment.replace(hour=12),
    )
    parsed = Calendar.from_ical(render_calendar([event], prodid="-//test//EN"))
    zones = [c["TZID"] for c in parsed.walk("VTIMEZONE")]
    assert zones == ["Europe/London"]
    start = next(iter(parsed.walk("VEVENT")))["DTSTART"]
    assert start.params["TZID"] == "Europe/London"
