"""How long generating a special-measures letter takes, against python-docx's floor.

Run: .venv/bin/python bench/letters.py [runs]
Prints the median of N runs for (a) an empty python-docx document saved to bytes,
(b) laying out and rendering a full special-measures letter (draft + .docx), and
(c) the whole service call (draft, request record, file stored, history rows).
Uses a throwaway in-memory SQLite database; nothing touches real data.
"""

import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ["DATABASE_URL"] = "sqlite://:memory:"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

TARGET_MS = 60.0


def median_ms(fn, runs: int) -> float:
    fn()  # warm up: imports, template parsing, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(runs: int) -> None:
    setup_test_environment()
    call_command("migrate", verbosity=0, run_syncdb=True)

    from rules import get_pack

    ZONE = get_pack().zone  # the default pack: bench data belongs to no record yet
    from bench.harness import every_measure_plan
    from documents import services
    from documents.rendering import render_empty, render_letter
    from journeys.models import Court, StageEvent
    from journeys.selectors import journey_get
    from organisations.models import Membership, Organisation
    from tests.factories import (
        HearingFactory,
        JourneyFactory,
        LetterheadFactory,
        SurvivorFactory,
        UserFactory,
    )

    org = Organisation.objects.create(name="Bench Service", slug="bench")
    user = UserFactory(membership__organisation=org)
    Membership.objects.filter(user=user).update(job_title="ISVA")
    LetterheadFactory(organisation=org)
    court = Court.objects.of_highest_tier(get_pack()).first()
    journey = JourneyFactory(
        survivor=SurvivorFactory(organisation=org, chosen_name="Bench"),
        crime_reference="13/1/26",
        prosecution_reference="13BB1234526",
        court_case_number="T20267001",
        oic_name="DC Bench",
        current_stage="hearings",
    )
    journey.defendants.create(name="Bench Defendant")
    HearingFactory(
        journey=journey,
        court=court,
        hearing_type="trial",
        starts_at=datetime(2099, 6, 14, 10, 0, tzinfo=ZONE),
    )
    StageEvent.objects.create(
        journey=journey,
        event_type="plea",
        outcome="not_guilty",
        occurred_on=date(2099, 1, 5),
    )
    plan = every_measure_plan(
        journey,
        "My reasons for {key}, in my own words, with <angle> & ampersand.",
        separate_entrance=True,
        separate_waiting_area=True,
        breaks=True,
    )
    journey = journey_get(user=user, pk=journey.pk)
    letter_date = date(2099, 1, 10)

    def draft_and_render():
        draft = services.letter_draft(
            actor=user,
            journey=journey,
            letter_type="special_measures",
            plan=plan,
            letter_date=letter_date,
        )
        return render_letter(draft.content)

    def generate():
        services.letter_generate(
            actor=user,
            journey=journey,
            letter_type="special_measures",
            plan=plan,
            letter_date=letter_date,
        )

    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(lambda: [draft_and_render() for _ in range(10)])
        pstats.Stats(profile).sort_stats("cumulative").print_stats(
            "documents|docx/api|docx/document.py:.*save", 30
        )
    floor = median_ms(render_empty, runs)
    letter = median_ms(draft_and_render, runs)
    full = median_ms(generate, runs)
    size = len(draft_and_render())
    print(f"runs: {runs} (median of each)")
    print(f"python-docx floor (empty Document saved to bytes): {floor:7.2f} ms")
    print(
        f"special-measures letter, draft + render:           {letter:7.2f} ms"
        f"  ({size} bytes, {letter / floor:.1f}x floor)"
    )
    print(f"letter_generate (+ request, file, history rows):   {full:7.2f} ms")
    verdict = "PASS" if letter < TARGET_MS else "FAIL"
    print(f"target: letter < {TARGET_MS:.0f} ms -> {verdict}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory():
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
