"""Every change an entry shows reaches calendars: STATUS, SEQUENCE, DTSTAMP, ETag.

Items 2 and 3 of the calendar issue: an adjourned hearing stayed CONFIRMED with
alarms; feeds answered 304 or served cached bodies after reassignment, a court's
new phone number and an erasure.
"""

from datetime import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse

from calendars.services import calendar_feed_issue
from journeys import services
from journeys.models import Hearing
from security import privacy
from tests.calendars.parsers import icaljs_events
from tests.calendars.support import by_uid, feed_url, schedule, uid_of
from tests.factories import JourneyFactory, SurvivorFactory
from tests.steps import move


def entry(client, token, hearing):
    return by_uid(client.get(feed_url(token)).content)[uid_of(hearing)]


def survivor_entry(client, advocate, hearing):
    client.force_login(advocate)
    url = reverse("calendars:hearing_survivor_ics", args=[hearing.pk])
    [event] = icaljs_events(client.get(url).content)
    client.logout()
    return event


def stamp(event) -> datetime:
    return event.dtstamp.value


# Item 2: STATUS, SEQUENCE and DTSTAMP follow every change ---------------------------
def test_a_hearing_adjourned_in_advance_is_cancelled_with_no_alarms(
    client, advocate, hearing
):
    _feed, token = calendar_feed_issue(actor=advocate)
    services.hearing_confirm(actor=advocate, hearing=hearing)
    before = entry(client, token, hearing)
    survivor_before = survivor_entry(client, advocate, hearing)
    assert before.status.value == "CONFIRMED"
    assert before.valarm_list

    services.hearing_adjourn(
        actor=advocate, hearing=hearing, reason="Defence witness unavailable."
    )
    after = entry(client, token, hearing)
    assert after.status.value == "CANCELLED"
    assert after.summary.value.startswith("Adjourned: ")
    assert not getattr(after, "valarm_list", [])
    assert int(after.sequence.value) > int(before.sequence.value)
    assert stamp(after) > stamp(before)
    survivor_after = survivor_entry(client, advocate, hearing)
    assert survivor_after["status"] == "CANCELLED"
    assert survivor_after["sequence"] > survivor_before["sequence"]
    assert survivor_after["dtstamp"] > survivor_before["dtstamp"]


def _move(actor, hearing, **kw):
    move(actor, hearing, datetime(2027, 6, 1, 10), "Court list")


def _vacate(actor, hearing, **kw):
    services.hearing_vacate(actor=actor, hearing=hearing, reason="Discontinued.")


def _adjourn(actor, hearing, **kw):
    services.hearing_adjourn(actor=actor, hearing=hearing, reason="No judge.")


def _outcome(actor, hearing, **kw):
    services.hearing_record_outcome(actor=actor, hearing=hearing, outcome="Guilty.")


def _confirm(actor, hearing, **kw):
    services.hearing_confirm(actor=actor, hearing=hearing)


def _survivor_choices(actor, hearing, **kw):
    survivor = hearing.journey.survivor
    services.survivor_update(
        actor=actor, survivor=survivor, calendar_include_location=True
    )


def _survivor_name(actor, hearing, **kw):
    survivor = hearing.journey.survivor
    services.survivor_update(actor=actor, survivor=survivor, chosen_name="Jay")


def _court_phone(actor, hearing, **kw):
    court = hearing.court
    court.phone = "0113 496 0999"
    court.save()


def _lead_advocate(actor, hearing, *, manager, colleague, **kw):
    services.journey_reassign(
        actor=manager, journey=hearing.journey, lead_advocate=colleague
    )


def _references(actor, hearing, **kw):
    services.journey_update(
        actor=actor, journey=hearing.journey, prosecution_reference="12AB3456789"
    )


CHANGES = {
    "moved": (_move, "TENTATIVE"),
    "vacated": (_vacate, "CANCELLED"),
    "adjourned": (_adjourn, "CANCELLED"),
    "outcome": (_outcome, "CONFIRMED"),
    "confirmed": (_confirm, "CONFIRMED"),
    "survivor's calendar choices": (_survivor_choices, "TENTATIVE"),
    "survivor's name": (_survivor_name, "TENTATIVE"),
    "court details": (_court_phone, "TENTATIVE"),
    "lead advocate": (_lead_advocate, "TENTATIVE"),
    "references": (_references, "TENTATIVE"),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_change_gives_the_right_status_and_a_higher_sequence_and_dtstamp(
    advocate, manager, colleague, hearing, change
):
    from calendars import feeds
    from calendars.events import CalendarOptions
    from tests.calendars.support import events

    options = CalendarOptions.from_settings()

    def current():
        facts = feeds.hearing_for_user(manager, hearing.pk)
        [event] = events(feeds.hearing_render(facts, options=options))
        return event

    before = current()
    act, status = CHANGES[change]
    act(
        advocate,
        Hearing.objects.get(pk=hearing.pk),
        manager=manager,
        colleague=colleague,
    )
    after = current()
    assert after.status.value == status
    assert int(after.sequence.value) == int(before.sequence.value) + 1
    assert stamp(after) > stamp(before)
    assert after.last_modified.value > before.last_modified.value


def test_a_save_that_changes_nothing_shown_keeps_the_sequence(advocate, hearing):
    from calendars.models import HearingCalendarState

    before = HearingCalendarState.objects.get(hearing=hearing)
    services.hearing_record_told(
        actor=advocate, hearing=hearing, listing_learned_on=None, survivor_told_on=None
    )
    services.journey_update(actor=advocate, journey=hearing.journey, oic_name="DC Lee")
    after = HearingCalendarState.objects.get(hearing=hearing)
    assert (after.sequence, after.changed_at) == (before.sequence, before.changed_at)


def test_a_relisted_hearing_is_a_new_tentative_entry_beside_the_adjourned_one(
    client, advocate, journey, crown, hearing
):
    _feed, token = calendar_feed_issue(actor=advocate)
    services.hearing_adjourn(actor=advocate, hearing=hearing, reason="No judge.")
    relisted = schedule(advocate, journey, crown, starts_at=datetime(2027, 9, 6, 10))
    found = by_uid(client.get(feed_url(token)).content)
    assert found[uid_of(hearing)].status.value == "CANCELLED"
    assert found[uid_of(relisted)].status.value == "TENTATIVE"


# Item 3: ETag and Last-Modified cover everything in the body -----------------------
def test_after_reassignment_an_if_modified_since_poll_gets_the_new_feed(
    client, advocate, manager, colleague, journey, hearing
):
    _feed, token = calendar_feed_issue(actor=advocate)
    first = client.get(feed_url(token))
    assert uid_of(hearing) in by_uid(first.content)
    services.journey_reassign(actor=manager, journey=journey, lead_advocate=colleague)
    poll = client.get(
        feed_url(token), headers={"If-Modified-Since": first["Last-Modified"]}
    )
    assert poll.status_code == 200
    assert uid_of(hearing) not in by_uid(poll.content)
    etag_poll = client.get(feed_url(token), headers={"If-None-Match": first["ETag"]})
    assert etag_poll.status_code == 200


def test_after_a_courts_phone_changes_the_next_get_serves_the_new_number(
    client, advocate, hearing, crown
):
    _feed, token = calendar_feed_issue(actor=advocate)
    first = client.get(feed_url(token))
    assert "0113 496 0001" in first.content.decode()
    crown.phone = "0113 496 0999"
    crown.save()
    plain = client.get(feed_url(token))
    assert "0113 496 0999" in plain.content.decode()
    assert "0113 496 0001" not in plain.content.decode()
    conditional = client.get(feed_url(token), headers={"If-None-Match": first["ETag"]})
    assert conditional.status_code == 200


def _cached_bytes() -> bytes:
    # The test cache is local memory: every stored value, pickled.
    return b"".join(value for value in cache._cache.values())


def test_after_erasure_neither_the_feed_nor_the_cache_holds_her_name(
    client, manager, crown
):
    survivor = SurvivorFactory(
        organisation=manager.membership.organisation, chosen_name="Marigoldina"
    )
    journey = JourneyFactory(survivor=survivor, lead_advocate=manager)
    schedule(manager, journey, crown, starts_at=datetime(2027, 5, 4, 10))
    _feed, token = calendar_feed_issue(actor=manager)
    first = client.get(feed_url(token))
    assert "Marigoldina" in first.content.decode()
    assert b"Marigoldina" in _cached_bytes()

    privacy.survivor_erase(actor=manager, survivor=survivor, confirmation="Marigoldina")
    assert b"Marigoldina" not in _cached_bytes()
    after = client.get(feed_url(token))
    assert after.status_code == 200
    assert "Marigoldina" not in after.content.decode()
    assert b"Marigoldina" not in _cached_bytes()
    poll = client.get(feed_url(token), headers={"If-None-Match": first["ETag"]})
    assert poll.status_code == 200
