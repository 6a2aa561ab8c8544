"""What a survivor said and every free-text note is ciphertext at rest, history too."""

from datetime import date, datetime, timedelta

from deadlines import services as deadlines
from documents import services as letter_services
from documents.letters import MeasuresPlan
from journeys import services
from journeys.models import Hearing
from tests.factories import CourtFactory, DeadlineFactory
from tests.journeys.workspace import TO_TRIAL, schedule, walk
from tests.security.privacy_records import database_text
from tests.steps import move

NOTES = {
    "move_reason": "Moved because Brackenfield witness fell ill",
    "vacate_reason": "Vacated as Ellery recanted at Saltmarsh",
    "adjourn_reason": "Adjourned over Wolvercote phone records",
    "heard_outcome": "Heard: Fennimore gave evidence by live link",
    "measure_reason": "I cannot look at Quenby again",
    "supporter_name": "Isolde Trevanion",
    "other_practical": "Needs the Harrowgate side door",
    "response_notes": "CPS said Marchetti would object",
    "deadline_note": "Survivor told Penwarden she does not want this",
}


def plain_database_text() -> str:
    """Every text value in every table exactly as stored (nothing decrypted)."""
    return "\n".join(database_text(decrypted=False))


def test_reasons_outcomes_measures_and_notes_are_never_stored_as_plain_text(
    manager, journey
):
    walk(journey, manager, TO_TRIAL)
    court = CourtFactory()
    moved = schedule(journey, manager, court, starts_at=datetime(2027, 3, 15, 10))
    move(manager, moved, datetime(2027, 4, 15, 10), NOTES["move_reason"])
    vacated = schedule(journey, manager, court, starts_at=datetime(2027, 5, 3, 10))
    services.hearing_vacate(
        actor=manager, hearing=vacated, reason=NOTES["vacate_reason"]
    )
    adjourned = schedule(journey, manager, court, starts_at=datetime(2027, 5, 4, 10))
    services.hearing_adjourn(
        actor=manager, hearing=adjourned, reason=NOTES["adjourn_reason"]
    )
    heard = schedule(journey, manager, court, starts_at=datetime(2025, 9, 2, 10))
    services.hearing_record_outcome(
        actor=manager, hearing=heard, outcome=NOTES["heard_outcome"]
    )
    request = letter_services.special_measures_request_save(
        actor=manager,
        journey=journey,
        plan=MeasuresPlan(
            eligibility_route="s17_4",
            measures=[("screens", NOTES["measure_reason"])],
            supporter_in_live_link_room=True,
            supporter_name=NOTES["supporter_name"],
            other_practical=NOTES["other_practical"],
        ),
    )
    letter_services.special_measures_record_response(
        actor=manager,
        request=request,
        decisions={"screens": "granted"},
        notes=NOTES["response_notes"],
    )
    deadline = DeadlineFactory(journey=journey, basis_date=date(2025, 9, 1))
    deadlines.deadline_dismiss(
        actor=manager, deadline=deadline, note=NOTES["deadline_note"]
    )

    stored = plain_database_text()
    assert [key for key, note in NOTES.items() if note in stored] == []
    # The words are all still there for staff, decrypted.
    assert Hearing.objects.get(pk=moved.pk).last_move_reason == NOTES["move_reason"]
    assert Hearing.objects.get(pk=vacated.pk).status_reason == NOTES["vacate_reason"]


def test_history_reasons_name_the_change_without_the_words(manager, journey):
    walk(journey, manager, TO_TRIAL)
    hearing = schedule(journey, manager, CourtFactory())
    move(
        manager,
        hearing,
        datetime(2027, 4, 15, 10),
        NOTES["move_reason"],
        expected_duration=timedelta(hours=3),
    )
    services.hearing_vacate(actor=manager, hearing=hearing, reason="Judge ill")
    reasons = [row.history_change_reason for row in hearing.history.order_by("pk")]
    assert reasons[-2:] == ["moved", "vacated"]


def test_old_history_reasons_with_text_are_made_neutral(manager, journey):
    from security.at_rest import neutralise_hearing_change_reasons

    hearing = schedule(journey, manager, CourtFactory())
    row = hearing.history.first()
    row.history_change_reason = "vacated: " + NOTES["vacate_reason"]
    row.save()
    assert neutralise_hearing_change_reasons(Hearing.history.model) == 1
    row.refresh_from_db()
    assert (row.history_change_reason, row.status_reason) == (
        "vacated",
        NOTES["vacate_reason"],
    )
    assert NOTES["vacate_reason"] not in plain_database_text()
