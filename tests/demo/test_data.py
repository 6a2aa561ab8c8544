"""The demo data covers every stage and the loops the issue names."""

from datetime import date
from unittest.mock import patch

import pytest
from django.core.management import call_command

from core.workdays import is_working_day
from journeys.models import Hearing, Journey, StageEvent
from rules import get_pack
from tests.zones import LONDON


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


@pytest.mark.parametrize("today", [date(2026, 12, 1), date(2027, 3, 24)])
def test_every_demo_hearing_sits_on_a_court_sitting_day(db, today):
    # 1 December 2026 put the "soon" hearing on a Sunday; 24 March 2027 puts
    # listings over Easter.
    with patch("demo.data.timezone.localdate", return_value=today):
        call_command("load_demo_data")
    for hearing in Hearing.objects.all():
        if hearing.starts_at:
            days = [hearing.starts_at.astimezone(LONDON).date()]
        else:
            days = [hearing.window_start, hearing.window_end]
        for day in days:
            assert is_working_day(day), f"{hearing} on {day:%A %d %B %Y}"
