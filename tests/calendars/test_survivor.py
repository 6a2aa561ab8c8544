"""The survivor's own calendar entry follows their discretion choices."""

import re
from datetime import date, datetime, timedelta

from calendars import feeds
from calendars.events import CalendarOptions, hearing_facts
from journeys import services
from journeys.models import Hearing
from tests.calendars.support import events, schedule
from tests.steps import move

SENSITIVE = [
    "court",
    "crime",
    "offence",
    "rape",
    "trial",
    "hearing",
    "police",
    "justice",
    "crown",
    "magistrate",
    "waymark",
    "advocate",
    "survivor",
    "witness",
]


def survivor_file(hearing) -> bytes:
    [facts] = hearing_facts(Hearing.objects.filter(pk=hearing.pk))
    return feeds.hearing_render_for_survivor(
        facts, options=CalendarOptions.from_settings()
    )


def assert_no_sensitive_words(body: bytes, *extra: str) -> None:
    text = body.decode("utf-8").lower()
    for word in [*SENSITIVE, *(w.lower() for w in extra)]:
        assert not re.search(re.escape(word), text), f"{word!r} in survivor file"


def test_by_default_the_survivor_sees_only_appointment(
    advocate, journey, crown, organisation
):
    journey.crime_reference = "13/999/27"
    journey.save()
    hearing = schedule(
        advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10), status="listed"
    )
    body = survivor_file(hearing)
    [event] = events(body)
    assert event.summary.value == "Appointment"
    assert not hasattr(event, "location")
    assert not hasattr(event, "valarm")
    assert_no_sensitive_words(
        body,
        organisation.name,
        journey.survivor.chosen_name,
        "13/999/27",
        crown.name,
    )


def test_the_location_is_the_street_address_only_if_the_survivor_chose_it(
    advocate, journey, crown, organisation
):
    services.survivor_update(
        actor=advocate, survivor=journey.survivor, calendar_include_location=True
    )
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    body = survivor_file(hearing)
    [event] = events(body)
    assert event.location.value == "5 Market Square, Testtown, TE1 1ST"
    assert_no_sensitive_words(body, organisation.name, crown.name)


def test_reminders_appear_only_if_the_survivor_chose_them(advocate, journey, crown):
    services.survivor_update(
        actor=advocate, survivor=journey.survivor, calendar_reminders=True
    )
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    body = survivor_file(hearing)
    [event] = events(body)
    triggers = sorted(a.trigger.value for a in event.valarm_list)
    assert triggers == [-timedelta(days=1), -timedelta(hours=2)]
    assert {a.description.value for a in event.valarm_list} == {"Appointment"}
    assert_no_sensitive_words(body)


def test_a_discreet_window_says_the_day_is_not_fixed_without_saying_why(
    advocate, journey, crown
):
    hearing = schedule(
        advocate,
        journey,
        crown,
        window_start=date(2027, 9, 6),
        window_end=date(2027, 9, 17),
    )
    body = survivor_file(hearing)
    found = sorted(events(body), key=lambda e: e.dtstart.value)
    # Ten working days, each its own all-day "to be confirmed" entry.
    assert len(found) == 10
    for event in found:
        assert event.summary.value == "Appointment (day to be confirmed)"
    assert found[-1].dtend.value == date(2027, 9, 18)
    assert_no_sensitive_words(body)


def test_a_cancelled_appointment_stays_discreet(advocate, journey, crown):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    services.hearing_vacate(actor=advocate, hearing=hearing, reason="Plea entered")
    body = survivor_file(hearing)
    [event] = events(body)
    assert event.status.value == "CANCELLED"
    assert event.summary.value == "Cancelled: Appointment"
    assert_no_sensitive_words(body, "plea")


def test_the_survivor_uid_is_stable_and_differs_from_the_advocate_uid(
    advocate, journey, crown
):
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    [before] = events(survivor_file(hearing))
    move(advocate, hearing, datetime(2027, 6, 1, 10), "List")
    [after] = events(survivor_file(hearing))
    assert before.uid.value == after.uid.value
    assert "hearing" not in before.uid.value
    assert int(after.sequence.value) == 1


def test_a_survivor_who_is_not_discreet_sees_the_hearing_type_and_court(
    advocate, journey, crown
):
    services.survivor_update(
        actor=advocate,
        survivor=journey.survivor,
        calendar_discreet=False,
        calendar_include_location=True,
    )
    hearing = schedule(advocate, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    body = survivor_file(hearing)
    [event] = events(body)
    assert event.summary.value == "Trial"
    assert event.location.value.startswith("Testtown Crown Court")
    text = body.decode().lower()
    assert "rape" not in text
    assert "offence" not in text
