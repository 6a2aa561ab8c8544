"""The report's tables as shown: every figure of the known caseload, suppressed."""

import pytest
from django.db.models import Count
from wagtail import hooks

from core.hooks import REPORT_SECTIONS
from journeys.models import Journey
from reports.sections import (
    ReportContext,
    Section,
    count_by_key_table,
    registered_sections,
)
from reports.selectors import build_report
from tests.reports.caseload import PERIOD, TODAY

pytestmark = pytest.mark.django_db

F, N = "fewer than 5", "not shown"


@pytest.fixture
def report(world):
    return build_report(organisation=world.organisation, period=PERIOD, today=TODAY)


def shown(report, key):
    return [[row.label, *(c.text for c in row.cells)] for row in report.table(key).rows]


def test_the_core_sections_come_in_order():
    keys = [s.key for s in registered_sections()]
    assert keys[:4] == ["caseload", "attrition", "time", "hearings"]


def test_caseload_table(report):
    assert shown(report, "caseload") == [
        ["Opened during the period", "6"],
        ["Supported at some point in the period", "35"],
        # Hidden because the outcome table below has to hide its total (9).
        ["Closed during the period", N],
        ["Still open at the end of the period", "27"],
    ]


def test_outcome_table_hides_the_total_when_only_it_could_protect_the_ones(report):
    assert shown(report, "outcomes") == [
        ["Conviction", F],
        ["Acquittal", F],
        ["No further action", "0"],
        ["Out-of-court disposal", "0"],
        ["Survivor withdrew", F],
        ["Lost contact", N],
        ["Support ended by agreement", F],
        ["Other", "0"],
        ["Total", N],
    ]


def test_open_by_stage_and_status_tables(report):
    assert shown(report, "open_by_stage") == [
        ["Before reporting", F],
        ["Reported to police", F],
        ["Investigation", F],
        ["Charging decision", "0"],
        ["No further action and review", "0"],
        ["Court hearings before trial", "8"],
        ["Trial", F],
        ["Verdict", "0"],
        ["Retrial", F],
        ["Sentence", F],
        ["After sentence", "0"],
        ["Withdrawn", "9"],
        ["Total", "28"],
    ]
    assert shown(report, "open_by_status") == [
        ["Active", "19"],
        ["Withdrawn", "9"],
        ["Lost contact", "0"],
        ["Total", "28"],
    ]


def test_withdrawals_table(report):
    assert shown(report, "withdrawals_by_stage") == [
        ["Before reporting", "0"],
        ["Reported to police", "0"],
        ["Investigation", "5"],
        ["Charging decision", F],
        ["No further action and review", "0"],
        ["Court hearings before trial", F],
        ["Trial", "0"],
        ["Verdict", "0"],
        ["Retrial", "0"],
        ["Sentence", "0"],
        ["After sentence", "0"],
        ["Total", "10"],
    ]


def test_funnel_table(report):
    assert shown(report, "funnel") == [
        ["Reported to police", "6", "100%"],
        ["Charged", "5", "83.3%"],
        ["Trial started", F, N],
        ["Verdict reached", "0", "0%"],
    ]


def test_time_table(report):
    assert shown(report, "time_between_milestones") == [
        ["Report to charging decision", "0", "–", "–", "–"],
        ["Charge to first hearing", F, N, N, N],
        ["First hearing to trial", "5", "309", "308", "310"],
        ["Trial to verdict", "5", "30", "20", "40"],
        ["Report to verdict (whole journey)", "5", "399", "388", "410"],
    ]


def test_waiting_table(report):
    assert shown(report, "waiting") == [
        ["More than a year since the report", F, N],
        ["A year or less", N, N],
        ["Total", "15", "100%"],
    ]


def test_trial_moves_table(report):
    assert shown(report, "trial_moves") == [
        ["Not moved", "6", "60%"],
        ["Moved once", F, N],
        ["Moved 2 or 3 times", F, N],
        ["Moved 4 or more times", F, N],
        ["Total", "10", "100%"],
        ["Moved at least once", F, N],
        ["Moves in all", N, "–"],
    ]


def test_hung_jury_table(report):
    assert shown(report, "hung_juries") == [
        ["The prosecutor sought a retrial", F],
        ["No retrial", "0"],
        ["Not decided yet", F],
        ["Total", F],
    ]


def test_another_service_sees_only_its_own_figures(world):
    theirs = build_report(
        organisation=world.other_manager.membership.organisation,
        period=PERIOD,
        today=TODAY,
    )
    assert shown(theirs, "caseload")[0] == ["Opened during the period", F]
    assert shown(theirs, "withdrawals_by_stage")[-1] == ["Total", F]
    assert shown(theirs, "trial_moves")[0] == ["Not moved", F, N]
    assert shown(theirs, "hung_juries")[-1] == ["Total", "0"]


def test_the_report_is_a_fixed_number_of_queries_whatever_the_caseload(
    world, django_assert_max_num_queries
):
    # One query per figure: ten core figures, special measures, Code breaches and
    # policing by force.
    other = world.other_manager.membership.organisation
    with django_assert_max_num_queries(13):
        build_report(organisation=other, period=PERIOD, today=TODAY)
    with django_assert_max_num_queries(13):
        build_report(organisation=world.organisation, period=PERIOD, today=TODAY)


def test_a_registered_section_built_from_any_queryset_joins_the_report(world):
    def by_offence(ctx: ReportContext):
        rows = (
            Journey.objects.for_organisation(ctx.organisation)
            .order_by()
            .values_list("offence_category")
            .annotate(n=Count("pk"))
        )
        return [
            count_by_key_table(
                rows,
                key="by_offence",
                title="Journeys by offence",
                labels=[("rape", "Rape"), ("sexual_assault", "Sexual assault")],
                row_header="Offence",
            )
        ]

    section = Section("offences", "Offences", by_offence, order=15)
    with hooks.register_temporarily(REPORT_SECTIONS, lambda: [section]):
        report = build_report(
            organisation=world.organisation, period=PERIOD, today=TODAY
        )
        assert [r.section.key for r in report.sections][:3] == [
            "caseload",
            "offences",
            "attrition",
        ]
        assert shown(report, "by_offence") == [
            ["Rape", "37"],
            ["Sexual assault", "0"],
            ["Total", "37"],
        ]
    assert "offences" not in [s.key for s in registered_sections()]
