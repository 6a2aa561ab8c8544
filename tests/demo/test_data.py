"""The demo data covers every stage and the loops the issue names."""

from django.core.management import call_command

from journeys.models import Hearing, Journey, StageEvent
from rules import get_pack


def test_demo_data_loads_once_and_covers_the_route(db):
    call_command("load_demo_data")
    call_command("load_demo_data")  # idempotent
    stages = set(Journey.objects.values_list("current_stage", flat=True))
    main_line = {s.key for s in get_pack().main_line()} - {"verdict"}
    assert main_line - stages == set()
    assert {"nfa_review", "withdrawn", "closed"} <= stages
    assert StageEvent.objects.filter(event_type="verdict", outcome="hung_jury").exists()
    assert StageEvent.objects.filter(event_type="review_outcome").exists()
    assert StageEvent.objects.filter(event_type="re_engaged").exists()
    assert Hearing.objects.filter(times_moved__gte=3).exists()
