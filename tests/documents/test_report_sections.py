"""The board report counts special measures requested and granted, suppressed."""

from datetime import date

import pytest
from django.utils import timezone

from documents.report_sections import special_measures_tables
from reports.period import Period
from reports.sections import ReportContext, registered_sections
from tests.factories import (
    JourneyFactory,
    RequestedMeasureFactory,
    SpecialMeasuresRequestFactory,
    SurvivorFactory,
)

pytestmark = pytest.mark.django_db

THIS_YEAR = Period(date(2000, 1, 1), date(2100, 12, 31))


def _requests(organisation, measure, *, granted, refused):
    for decision, count in (("granted", granted), ("refused", refused)):
        for _ in range(count):
            journey = JourneyFactory(
                survivor=SurvivorFactory(organisation=organisation)
            )
            request = SpecialMeasuresRequestFactory(journey=journey)
            RequestedMeasureFactory(request=request, measure=measure, decision=decision)


def _row(table, starts_with):
    return next(r for r in table.rows if r.label.startswith(starts_with))


def test_the_special_measures_section_is_registered_for_the_report():
    assert "special_measures" in {s.key for s in registered_sections()}


def test_requested_and_granted_are_counted_per_measure(organisation):
    _requests(organisation, "screens", granted=6, refused=5)
    context = ReportContext(organisation, THIS_YEAR, timezone.localdate())
    [table] = special_measures_tables(context)
    screens = _row(table, "Screens")
    assert [c.value for c in screens.cells[:3]] == [11, 6, 5]


def test_small_numbers_are_suppressed_with_their_complement(organisation):
    _requests(organisation, "live_link", granted=5, refused=2)
    context = ReportContext(organisation, THIS_YEAR, timezone.localdate())
    [table] = special_measures_tables(context)
    live_link = _row(table, "Live link")
    requested, granted, refused, share = live_link.cells
    assert requested.value == 7
    assert refused.suppressed and refused.small
    assert granted.suppressed  # it would give the refused count away
    assert share.suppressed


def test_another_services_requests_are_never_counted(organisation, outsider):
    _requests(outsider.membership.organisation, "screens", granted=8, refused=0)
    context = ReportContext(organisation, THIS_YEAR, timezone.localdate())
    [table] = special_measures_tables(context)
    assert _row(table, "Screens").cells[0].value == 0
