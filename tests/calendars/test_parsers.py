"""Every kind of calendar output reads the same in three independent parsers.

Hearings sit on both sides of both clock changes across several years; ical.js
(from npm), PyPI ``ical`` and vobject must each give the UTC instants that
Python's zoneinfo gives.
"""

import email
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from calendars.events import CalendarOptions, hearing_uid, survivor_uid
from calendars.services import calendar_feed_issue, hearing_send_invite
from journeys import services
from journeys.models import Hearing
from tests.calendars.parsers import PARSERS, assert_parsers_agree, expected, icaljs
from tests.calendars.support import schedule
from tests.factories import ManagerFactory, SurvivorFactory
from tests.zones import LONDON

# London wall-clock starts either side of each change, over four years.
STARTS = [
    datetime(2027, 3, 26, 10),  # Friday before the spring change (GMT)
    datetime(2027, 3, 29, 10),  # Monday after (BST)
    datetime(2027, 10, 29, 14),  # Friday before the autumn change (BST)
    datetime(2027, 11, 1, 9, 30),  # Monday after (GMT)
    datetime(2028, 7, 3, 10),  # summer, a year on
    datetime(2029, 1, 8, 10),  # winter
    datetime(2030, 6, 3, 10),  # summer, three years on
]


@pytest.fixture
def hearings(advocate, journey, crown):
    return [
        schedule(advocate, journey, crown, starts_at=start, hearing_type="mention")
        for start in STARTS
    ]


def wanted(hearings, uid) -> dict[str, tuple[str, str]]:
    """What zoneinfo says: each hearing from its start for its duration."""
    options = CalendarOptions.from_settings()
    found = {}
    for hearing in hearings:
        hearing.refresh_from_db()
        start = hearing.starts_at.astimezone(UTC)
        end = start + (hearing.expected_duration or options.default_duration)
        found[uid(hearing.pk, options)] = expected(start, end)
    return found


def test_the_wall_clock_times_are_what_the_courts_list(hearings):
    for hearing, start in zip(hearings, STARTS, strict=True):
        assert hearing.starts_at.astimezone(LONDON).replace(tzinfo=None) == start


def test_ical_js_reads_every_summer_hearing_at_its_listed_time(
    client, advocate, hearings
):
    client.force_login(advocate)
    body = client.get(
        reverse("calendars:journey_ics", args=[hearings[0].journey_id])
    ).content
    assert icaljs(body) == wanted(hearings, hearing_uid)


def test_the_hearing_file_reads_alike_in_every_parser(client, advocate, hearings):
    client.force_login(advocate)
    for hearing in hearings:
        body = client.get(reverse("calendars:hearing_ics", args=[hearing.pk])).content
        assert_parsers_agree(body, wanted([hearing], hearing_uid))


def test_the_survivors_appointment_reads_alike_in_every_parser(
    client, advocate, hearings
):
    client.force_login(advocate)
    for hearing in hearings:
        body = client.get(
            reverse("calendars:hearing_survivor_ics", args=[hearing.pk])
        ).content
        assert_parsers_agree(body, wanted([hearing], survivor_uid))


def test_the_journey_calendar_reads_alike_in_every_parser(
    client, advocate, journey, hearings
):
    client.force_login(advocate)
    body = client.get(reverse("calendars:journey_ics", args=[journey.pk]))
    assert_parsers_agree(body.content, wanted(hearings, hearing_uid))


def test_the_advocates_feed_reads_alike_in_every_parser(client, advocate, hearings):
    _feed, token = calendar_feed_issue(actor=advocate)
    body = client.get(reverse("calendar_feeds:feed", args=[token])).content
    assert_parsers_agree(body, wanted(hearings, hearing_uid))


def test_the_service_feed_reads_alike_in_every_parser(
    client, advocate, organisation, hearings, crown
):
    manager = ManagerFactory(membership__organisation=organisation)
    other = services.journey_open(
        actor=manager,
        survivor=SurvivorFactory(organisation=organisation),
        offence_category="rape",
    )
    more = [schedule(manager, other, crown, starts_at=datetime(2029, 8, 6, 10))]
    _feed, token = calendar_feed_issue(actor=manager, scope="service")
    body = client.get(reverse("calendar_feeds:feed", args=[token])).content
    assert_parsers_agree(body, wanted([*hearings, *more], hearing_uid))


@pytest.mark.parametrize("cancel", [False, True])
def test_the_emailed_invite_reads_alike_in_every_parser(advocate, hearings, cancel):
    for hearing in hearings:
        if cancel:
            hearing = services.hearing_vacate(
                actor=advocate, hearing=hearing, reason="Case discontinued."
            )
        mail.outbox.clear()
        hearing_send_invite(actor=advocate, hearing=hearing)
        [message] = mail.outbox
        parsed = email.message_from_bytes(message.message().as_bytes())
        [part] = [
            p
            for p in parsed.walk()
            if p.get_content_type() == "text/calendar" and not p.get_filename()
        ]
        assert part.get_param("method") == ("CANCEL" if cancel else "REQUEST")
        body = part.get_payload(decode=True)
        assert_parsers_agree(body, wanted([hearing], hearing_uid))


@pytest.mark.parametrize(
    ("wall_clock", "utc"),
    [
        # Running past 01:00 GMT when the clocks go forward.
        (datetime(2027, 3, 27, 23, 0), datetime(2027, 3, 27, 23, 0, tzinfo=UTC)),
        # Ending in the repeated hour when the clocks go back.
        (datetime(2027, 10, 31, 0, 30), datetime(2027, 10, 30, 23, 30, tzinfo=UTC)),
    ],
)
def test_a_hearing_across_a_clock_change_ends_at_the_right_instant(
    client, advocate, journey, crown, wall_clock, utc
):
    hearing = schedule(
        advocate,
        journey,
        crown,
        hearing_type="mention",
        starts_at=wall_clock,
        expected_duration=timedelta(hours=3),
    )
    client.force_login(advocate)
    body = client.get(reverse("calendars:hearing_ics", args=[hearing.pk])).content
    uid = hearing_uid(hearing.pk, CalendarOptions.from_settings())
    assert_parsers_agree(body, {uid: expected(utc, utc + timedelta(hours=3))})
    assert Hearing.objects.get(pk=hearing.pk).starts_at == utc


def test_sitting_days_and_on_call_days_read_alike_in_every_parser(
    client, advocate, journey, crown
):
    # A 3-day trial over a weekend in BST and a warned list across the autumn change.
    trial = schedule(
        advocate,
        journey,
        crown,
        starts_at=datetime(2028, 6, 29, 10, 30),
        expected_duration=timedelta(days=3),
    )
    window = schedule(
        advocate,
        journey,
        crown,
        hearing_type="mention",
        window_start=date(2028, 10, 26),
        window_end=date(2028, 10, 31),
    )
    options = CalendarOptions.from_settings()
    london = [
        (datetime(2028, 6, 29, 10, 30), datetime(2028, 6, 29, 16, 30)),
        (datetime(2028, 6, 30, 10), datetime(2028, 6, 30, 16, 30)),
        (datetime(2028, 7, 3, 10), datetime(2028, 7, 3, 16, 30)),
    ]
    on_call = [date(2028, 10, d) for d in (26, 27, 30, 31)]
    _feed, token = calendar_feed_issue(actor=advocate)
    body = client.get(reverse("calendar_feeds:feed", args=[token])).content
    found = icaljs(body)
    trial_days = sorted(
        value for uid, value in found.items() if value[0].startswith("2028-0")
    )
    assert trial_days == [
        expected(start.replace(tzinfo=LONDON), end.replace(tzinfo=LONDON))
        for start, end in london
    ]
    window_days = sorted(v[0] for v in found.values() if "T" not in v[0])
    assert window_days == [day.isoformat() for day in on_call]
    assert hearing_uid(trial.pk, options) in found
    assert hearing_uid(window.pk, options) in found
    for name, parser in PARSERS.items():
        assert parser(body) == found, f"{name} reads the days differently"
