"""The scale generator builds valid, deterministic, organisation-consistent data."""

from django.contrib.auth import get_user_model
from django.db.models import F

from demo.caseload import CaseloadSize, generate_caseload
from journeys.models import ContactMethod, Hearing, Journey, StageEvent, Survivor
from organisations.models import Membership, Organisation
from rules import derive_state, get_pack


def test_the_generator_builds_the_requested_sizes_with_history(db):
    counts = generate_caseload(CaseloadSize(journeys=40, hearings=120, organisations=2))
    assert counts["journeys"] == Journey.objects.count() == 40
    assert Hearing.objects.count() == 120
    assert Journey.history.count() == 40
    assert Hearing.history.count() == 120


def test_every_generated_journeys_stage_is_what_its_events_derive(db):
    generate_caseload(CaseloadSize(journeys=60, hearings=60, organisations=2), seed=7)
    pack = get_pack()
    for journey in Journey.objects.prefetch_related("events"):
        events = [(e.event_type, e.outcome) for e in journey.events.all()]
        assert derive_state(pack, events).stage == journey.current_stage


def test_the_same_seed_gives_the_same_caseload(db):
    generate_caseload(CaseloadSize(journeys=30, hearings=30, organisations=1), seed=3)
    first = list(StageEvent.objects.values_list("event_type", "outcome", "occurred_on"))
    for model in (Hearing, StageEvent, Journey, ContactMethod, Survivor, Membership):
        model.objects.all().delete()
    get_user_model().objects.all().delete()
    Organisation.objects.all().delete()
    generate_caseload(CaseloadSize(journeys=30, hearings=30, organisations=1), seed=3)
    second = list(
        StageEvent.objects.values_list("event_type", "outcome", "occurred_on")
    )
    assert first == second


def test_hearings_belong_to_journeys_of_the_same_organisation_as_their_survivor(db):
    generate_caseload(CaseloadSize(journeys=20, hearings=40, organisations=3))
    mismatched = Journey.objects.exclude(organisation=F("survivor__organisation"))
    assert not mismatched.exists()
