"""Calendar files for one hearing and one journey, re-read with vobject."""

from datetime import UTC, date, datetime, time, timedelta

import pytest
from wagtail import hooks

from calendars import feeds
from calendars.events import (
    CalendarEvent,
    CalendarOptions,
    hearing_facts,
)
from core.hooks import JOURNEY_CALENDAR_EVENTS
from core.workdays import is_working_day
from journeys import services
from journeys.models import Hearing
from tests.calendars.support import by_uid, events, parse, schedule, uid_of, utc_start
from tests.factories import SurvivorFactory
from tests.steps import move
from tests.zones import LONDON


@pytest.fixture
def options(settings):
    return CalendarOptions.from_settings()


def render(hearing, options):
    [facts] = hearing_facts(Hearing.objects.filter(pk=hearing.pk))
    return feeds.hearing_render(facts, options=options)


def test_a_hearing_file_has_the_calendar_headers_and_one_event(
    advocate, journey, crown, options
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    body = render(hearing, options)
    calendar = parse(body)
    assert calendar.version.value == "2.0"
    assert "Waymark" in calendar.prodid.value
    assert b"BEGIN:VTIMEZONE\r\nTZID:Europe/London" in body
    [event] = events(body)
    assert event.dtstamp.value.tzinfo is not None
    assert event.last_modified.value.tzinfo is not None


@pytest.mark.parametrize(
    ("wall_clock", "utc"),
    [
        (datetime(2027, 3, 26, 10, 0), datetime(2027, 3, 26, 10, 0, tzinfo=UTC)),
        (datetime(2027, 3, 28, 0, 30), datetime(2027, 3, 28, 0, 30, tzinfo=UTC)),
        (datetime(2027, 3, 28, 3, 0), datetime(2027, 3, 28, 2, 0, tzinfo=UTC)),
        (datetime(2027, 3, 29, 10, 0), datetime(2027, 3, 29, 9, 0, tzinfo=UTC)),
        (datetime(2027, 10, 29, 10, 0), datetime(2027, 10, 29, 9, 0, tzinfo=UTC)),
        (datetime(2027, 10, 31, 0, 30), datetime(2027, 10, 30, 23, 30, tzinfo=UTC)),
        (datetime(2027, 10, 31, 2, 30), datetime(2027, 10, 31, 2, 30, tzinfo=UTC)),
        (datetime(2027, 11, 1, 10, 0), datetime(2027, 11, 1, 10, 0, tzinfo=UTC)),
    ],
)
def test_times_around_the_2027_clock_changes_are_the_right_instants(
    advocate, journey, crown, options, wall_clock, utc
):
    hearing = schedule(advocate, journey, crown, starts_at=wall_clock)
    [event] = events(render(hearing, options))
    assert utc_start(event) == utc
    assert event.dtend.value.astimezone(UTC) - utc == timedelta(hours=2)


def test_a_journey_calendar_holds_each_hearing_at_its_instant(
    advocate, journey, crown, options
):
    before = schedule(advocate, journey, crown, starts_at=datetime(2027, 3, 26, 10))
    after = schedule(advocate, journey, crown, starts_at=datetime(2027, 11, 1, 10))
    summer = schedule(advocate, journey, crown, starts_at=datetime(2027, 7, 1, 14))
    body = feeds.journey_render(journey, options=options)
    found = {e.uid.value: utc_start(e) for e in events(body)}
    assert len(found) == 3
    assert found[uid_of(before)].hour == 10
    assert found[uid_of(after)].hour == 10
    assert found[uid_of(summer)].hour == 13


def test_moving_a_hearing_keeps_its_uid_and_raises_its_sequence(
    advocate, journey, crown, other_court, options
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    [first] = events(render(hearing, options))
    services.hearing_confirm(actor=advocate, hearing=hearing)
    [confirmed] = events(render(hearing, options))
    move(advocate, hearing, datetime(2027, 6, 1, 10), "Court list")
    [moved] = events(render(hearing, options))
    move(
        advocate,
        hearing,
        datetime(2027, 6, 1, 10),
        "Different court",
        court=other_court,
    )
    [moved_court] = events(render(hearing, options))
    assert first.uid.value == moved.uid.value == moved_court.uid.value
    # Confirming changes STATUS, so clients must take it too.
    assert int(first.sequence.value) == 0
    assert int(confirmed.sequence.value) == 1
    assert int(moved.sequence.value) == 2
    assert int(moved_court.sequence.value) == 3
    assert "Otherton Crown Court" in moved_court.location.value
    assert utc_start(moved) == datetime(2027, 6, 1, 9, tzinfo=UTC)


def test_a_vacated_hearing_is_cancelled_with_a_higher_sequence(
    advocate, journey, crown, options
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    [listed] = events(render(hearing, options))
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Plea entered")
    [vacated] = events(render(hearing, options))
    assert vacated.uid.value == listed.uid.value
    assert vacated.status.value == "CANCELLED"
    assert int(vacated.sequence.value) == int(listed.sequence.value) + 1
    assert not hasattr(vacated, "valarm")


def test_a_warned_list_window_is_one_on_call_entry_per_working_day(
    advocate, journey, crown, options
):
    # Over Christmas and New Year: weekends and bank holidays are not on call.
    hearing = schedule(
        advocate,
        journey,
        crown,
        window_start=date(2027, 12, 20),
        window_end=date(2028, 1, 4),
    )
    found = sorted(events(render(hearing, options)), key=lambda e: e.dtstart.value)
    days = [e.dtstart.value for e in found]
    assert days == [date(2027, 12, d) for d in (20, 21, 22, 23, 24, 29, 30, 31)] + [
        date(2028, 1, 4)
    ]
    assert date(2027, 12, 25) not in days
    assert all(is_working_day(day) for day in days)
    first = found[0]
    assert first.uid.value == uid_of(hearing)
    for event in found:
        assert event.dtend.value == event.dtstart.value + timedelta(days=1)
        assert event.summary.value.startswith("On call: ")
        assert "warned list" in event.summary.value
        assert event.transp.value == "TRANSPARENT"
        if event is not first:
            assert event.related_to.value == first.uid.value
    # The reminder is at 15:00 on the working day before, never at midnight.
    after_christmas = found[5]
    [alarm] = after_christmas.valarm_list
    assert alarm.trigger.value.astimezone(LONDON) == datetime(
        2027, 12, 24, 15, tzinfo=LONDON
    )


def test_the_advocate_copy_names_the_court_and_references_but_never_the_offence(
    advocate, journey, crown, options
):
    journey.crime_reference = "13/12345/27"
    journey.prosecution_reference = "13XY1234527"
    journey.save()
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    [event] = events(render(hearing, options))
    name = journey.survivor.chosen_name
    assert event.summary.value == f"Trial – {name}"
    assert event.location.value.startswith("Testtown Crown Court, The Law Courts")
    assert "13/12345/27" in event.description.value
    assert "13XY1234527" in event.description.value
    assert "rape" not in render(hearing, options).decode().lower()
    assert event.getChildValue("class") == "PRIVATE"


def test_the_advocate_gets_the_default_reminders_one_day_and_two_hours_before(
    advocate, journey, crown, options
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    [event] = events(render(hearing, options))
    triggers = sorted(a.trigger.value for a in event.valarm_list)
    assert triggers == [-timedelta(days=1), -timedelta(hours=2)]
    assert all(a.action.value == "DISPLAY" for a in event.valarm_list)


def test_reminders_follow_the_settings(advocate, journey, crown, settings):
    settings.WAYMARK_CALENDAR_ADVOCATE_REMINDERS = [timedelta(minutes=30)]
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    body = render(hearing, CalendarOptions.from_settings())
    [event] = events(body)
    assert [a.trigger.value for a in event.valarm_list] == [-timedelta(minutes=30)]


def test_a_short_hearing_with_a_duration_ends_after_it(
    advocate, journey, crown, options
):
    hearing = schedule(
        advocate,
        journey,
        crown,
        starts_at=datetime(2027, 5, 4, 10),
        expected_duration=timedelta(hours=5),
    )
    [event] = events(render(hearing, options))
    assert event.dtend.value - event.dtstart.value == timedelta(hours=5)


def test_a_four_day_trial_is_four_sitting_days_skipping_weekends_and_holidays(
    advocate, journey, crown, options
):
    # Thursday 27 May 2027; Monday 31 May is the spring bank holiday.
    hearing = schedule(
        advocate,
        journey,
        crown,
        starts_at=datetime(2027, 5, 27, 11),
        expected_duration=timedelta(days=4),
    )
    found = sorted(events(render(hearing, options)), key=utc_start)
    local = [
        (e.dtstart.value.astimezone(LONDON), e.dtend.value.astimezone(LONDON))
        for e in found
    ]
    assert [(s.date(), s.time(), e.time()) for s, e in local] == [
        (date(2027, 5, 27), time(11), time(16, 30)),
        (date(2027, 5, 28), time(10), time(16, 30)),
        (date(2027, 6, 1), time(10), time(16, 30)),
        (date(2027, 6, 2), time(10), time(16, 30)),
    ]
    assert found[0].uid.value == uid_of(hearing)
    assert "(day 1 of 4)" in found[0].summary.value
    assert "(day 4 of 4)" in found[3].summary.value
    assert {e.related_to.value for e in found[1:]} == {found[0].uid.value}
    assert len({e.uid.value for e in found}) == 4


def test_moving_a_multi_day_trial_moves_every_sitting_day(
    advocate, journey, crown, options
):
    hearing = schedule(
        advocate,
        journey,
        crown,
        starts_at=datetime(2027, 5, 27, 10),
        expected_duration=timedelta(days=3),
    )
    before = {e.uid.value: e for e in events(render(hearing, options))}
    move(advocate, hearing, datetime(2027, 9, 6, 10), "Court list")
    after = {e.uid.value: e for e in events(render(hearing, options))}
    assert set(after) == set(before)
    for uid, event in after.items():
        assert int(event.sequence.value) > int(before[uid].sequence.value)
    assert sorted(utc_start(e).date() for e in after.values()) == [
        date(2027, 9, 6),
        date(2027, 9, 7),
        date(2027, 9, 8),
    ]


def test_registered_all_day_events_join_the_journey_calendar(
    advocate, journey, crown, options
):
    schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    seen = []

    def deadlines(for_journey):
        seen.append(for_journey.pk)
        return [
            CalendarEvent(
                uid="deadline-1@waymark",
                summary="Special measures application due",
                first_day=date(2027, 4, 20),
                last_day=date(2027, 4, 20),
                sequence=0,
                last_modified=datetime(2027, 1, 1, tzinfo=UTC),
            )
        ]

    with hooks.register_temporarily(JOURNEY_CALENDAR_EVENTS, deadlines):
        body = feeds.journey_render(journey, options=options)
    found = by_uid(body)
    assert seen == [journey.pk]
    assert len(found) == 2
    deadline = found["deadline-1@waymark"]
    assert deadline.dtstart.value == date(2027, 4, 20)
    assert deadline.dtend.value == date(2027, 4, 21)


def test_the_journey_calendar_shows_only_that_journeys_hearings(
    advocate, journey, crown, organisation, options
):
    other_journey = services.journey_open(
        actor=advocate,
        survivor=SurvivorFactory(organisation=organisation),
        offence_category="rape",
    )
    schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    schedule(advocate, other_journey, crown, starts_at=datetime(2027, 5, 5, 10))
    assert len(events(feeds.journey_render(journey, options=options))) == 1


def test_an_event_must_be_timed_or_all_day():
    with pytest.raises(ValueError):
        CalendarEvent(
            uid="x",
            summary="x",
            sequence=0,
            last_modified=datetime(2027, 1, 1, tzinfo=UTC),
        )
