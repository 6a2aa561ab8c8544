"""Report sections: named builders, each turning figures into tables.

A section is any callable taking a `ReportContext` and returning tables. Apps add
theirs with the ``waymark_report_sections`` hook; the report page, the printable view
and the downloads pick them up without change. The generic builders at the bottom
turn any rows of (key, requested, granted) or (key, count) into a suppressed table,
so a new section is usually a queryset plus one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext_lazy as _

from core import hooks as waymark_hooks
from journeys.models import Journey
from organisations.models import Organisation
from rules import RulesPack

from . import figures
from .period import Period
from .tables import (
    Cell,
    Row,
    Table,
    count_cell,
    days_cell,
    hidden_cell,
    parts_cells,
    percent_cell,
)


@dataclass(frozen=True)
class ReportContext:
    organisation: Organisation
    period: Period
    today: date


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    build: Callable[[ReportContext], list[Table]]
    order: int = 100
    description: str = ""


def registered_sections() -> list[Section]:
    """Every section apps register with the ``waymark_report_sections`` hook."""
    sections = {
        section.key: section
        for section in waymark_hooks.collect(waymark_hooks.REPORT_SECTIONS)
    }
    return sorted(sections.values(), key=lambda s: (s.order, s.key))


# Generic builders --------------------------------------------------------------
def _fields(row: Any, names: Sequence[str]) -> tuple:
    """Read a row given as a tuple or as a mapping (``values()``) alike."""
    if isinstance(row, Mapping):
        return tuple(row[name] for name in names)
    return tuple(row)


def _labelled(
    rows: Mapping[str, Any], labels: Sequence[tuple[str, str]]
) -> list[tuple[str, str, Any]]:
    """Known keys in the order given (zeros included), then any unknown keys."""
    known = [(key, str(label), rows.get(key)) for key, label in labels]
    listed = {key for key, _l in labels}
    extra = [(key, key, value) for key, value in rows.items() if key not in listed]
    return known + sorted(extra)


def parts_table(
    counts: Mapping[str, int],
    *,
    key: str,
    title: str,
    labels: Sequence[tuple[str, str]],
    column: str,
    row_header: str,
    note: str = "",
    with_total: bool = True,
) -> Table:
    """A one-column table of counts that add up to a total, suppressed as a whole."""
    entries = _labelled(counts, labels)
    values = [int(value or 0) for _k, _l, value in entries]
    total = sum(values)
    if with_total:
        cells, total_cell = parts_cells(values, total)
    else:
        cells, total_cell = [count_cell(v) for v in values], None
    rows = [
        Row(label, [cell]) for (_k, label, _v), cell in zip(entries, cells, strict=True)
    ]
    if total_cell is not None:
        rows.append(Row(str(_("Total")), [total_cell], is_total=True))
    return Table(key, title, [row_header, column], rows, note=note)


def count_by_key_table(
    rows: Iterable[Any],
    *,
    key: str,
    title: str,
    labels: Sequence[tuple[str, str]],
    row_header: str,
    column: str = "",
    note: str = "",
) -> Table:
    """Turn (key, count) rows, such as a ``values_list`` queryset, into a table."""
    counts: dict[str, int] = {}
    for row in rows:
        row_key, count = _fields(row, ("key", "count"))
        counts[str(row_key)] = counts.get(str(row_key), 0) + int(count or 0)
    return parts_table(
        counts,
        key=key,
        title=title,
        labels=labels,
        column=column or str(_("Number")),
        row_header=row_header,
        note=note,
    )


def requested_granted_table(
    rows: Iterable[Any],
    *,
    key: str,
    title: str,
    labels: Sequence[tuple[str, str]],
    row_header: str,
    note: str = "",
) -> Table:
    """Turn (key, requested, granted) rows into requested / granted / refused and %.

    Each row is its own total: requested = granted + not granted, so a small granted
    or refused count hides the other one too, and the share granted goes with them.
    """
    counts: dict[str, tuple[int, int]] = {}
    for row in rows:
        row_key, requested, granted = _fields(row, ("key", "requested", "granted"))
        before = counts.get(str(row_key), (0, 0))
        counts[str(row_key)] = (
            before[0] + int(requested or 0),
            before[1] + int(granted or 0),
        )
    table_rows = []
    for _k, label, value in _labelled(counts, labels):
        requested, granted = value or (0, 0)
        granted = min(granted, requested)
        (granted_cell, refused_cell), requested_cell = parts_cells(
            [granted, requested - granted], requested
        )
        table_rows.append(
            Row(
                label,
                [
                    requested_cell,
                    granted_cell,
                    refused_cell,
                    percent_cell(granted_cell, requested_cell),
                ],
            )
        )
    columns = [
        row_header,
        str(_("Requested")),
        str(_("Granted")),
        str(_("Not granted")),
        str(_("Granted (%)")),
    ]
    return Table(key, title, columns, table_rows, note=note, chart_column=1)


def special_measure_labels(pack: RulesPack) -> list[tuple[str, str]]:
    return [(m.key, f"{m.label} ({m.section})") for m in pack.special_measures]


def code_right_labels(pack: RulesPack) -> list[tuple[str, str]]:
    return [(str(r.number), f"{r.number}. {r.label}") for r in pack.code_rights]


# The core sections -------------------------------------------------------------
def _stage_labels(pack: RulesPack, keys: Iterable[str]) -> list[tuple[str, str]]:
    stages = sorted((pack.stage(k) for k in keys), key=lambda s: s.order)
    return [(s.key, str(s.label)) for s in stages]


def caseload_section(ctx: ReportContext) -> list[Table]:
    """Journeys opened, closed and open, with today's stages and statuses."""
    counts = figures.caseload(ctx.organisation, ctx.period)
    summary = Table(
        "caseload",
        str(_("Journeys in the period")),
        [str(_("Journeys")), str(_("Number"))],
        [
            Row(str(_("Opened during the period")), [count_cell(counts["opened"])]),
            Row(
                str(_("Supported at some point in the period")),
                [count_cell(counts["supported"])],
            ),
            Row(str(_("Closed during the period")), [count_cell(counts["closed"])]),
            Row(
                str(_("Still open at the end of the period")),
                [count_cell(counts["open_at_end"])],
            ),
        ],
    )
    pack = ctx.organisation.pack
    reasons = figures.closures_by_reason(ctx.organisation, ctx.period)
    outcomes = parts_table(
        reasons,
        key="outcomes",
        title=str(_("Journeys closed during the period, by outcome")),
        labels=pack.choices_of(pack.closure_reasons),
        column=str(_("Journeys")),
        row_header=str(_("Outcome")),
    )
    if outcomes.rows[-1].cells[0].suppressed:
        # The same number as the outcome table's total, so hidden with it.
        summary.rows[2] = Row(summary.rows[2].label, [hidden_cell()])
    by_stage_status = figures.open_by_stage_and_status(ctx.organisation)
    by_stage: dict[str, int] = {}
    by_status: dict[str, int] = {}
    for (stage, status), n in by_stage_status.items():
        by_stage[stage] = by_stage.get(stage, 0) + n
        by_status[status] = by_status.get(status, 0) + n
    open_stages = [s.key for s in pack.stages if s.status != "closed"]
    # Both tables count today's open journeys, whatever the period.
    open_today = {
        "column": str(_("Journeys")),
        "note": str(
            _("Counted on the day the report is made, whatever period is chosen.")
        ),
    }
    stages = parts_table(
        by_stage,
        key="open_by_stage",
        title=str(_("Open journeys today, by stage")),
        labels=_stage_labels(pack, open_stages),
        row_header=str(_("Stage")),
        **open_today,
    )
    statuses = parts_table(
        by_status,
        key="open_by_status",
        title=str(_("Open journeys today, by status")),
        labels=[
            (value, str(label))
            for value, label in Journey.Status.choices
            if value != Journey.Status.CLOSED
        ],
        row_header=str(_("Status")),
        **open_today,
    )
    if stages.rows[-1].cells[0].suppressed or statuses.rows[-1].cells[0].suppressed:
        # Both totals are the number of open journeys: hide both or neither.
        for table in (stages, statuses):
            table.rows[-1] = Row(table.rows[-1].label, [hidden_cell()], is_total=True)
    return [summary, outcomes, stages, statuses]


def attrition_section(ctx: ReportContext) -> list[Table]:
    """Where survivors withdrew, and how far journeys reported in the period got."""
    pack = ctx.organisation.pack
    counts = figures.withdrawals_by_stage(ctx.organisation, ctx.period)
    stages = [s.key for s in pack.stages if not s.pause]
    withdrawals = parts_table(
        counts,
        key="withdrawals_by_stage",
        title=str(_("Withdrawals during the period, by the stage reached")),
        labels=_stage_labels(pack, stages),
        column=str(_("Withdrawals")),
        row_header=str(_("Stage reached")),
        note=str(
            _(
                "Each time a survivor withdrew support counts once, at the stage "
                "their journey had reached."
            )
        ),
    )
    steps = figures.funnel(ctx.organisation, ctx.period)
    reported = count_cell(steps["reported"])
    rows = []
    for name, label in (
        ("reported", _("Reported to police")),
        ("charged", _("Charged")),
        ("trial", _("Trial started")),
        ("verdict", _("Verdict reached")),
    ):
        cell = count_cell(steps[name])
        rows.append(Row(str(label), [cell, percent_cell(cell, reported)]))
    funnel = Table(
        "funnel",
        str(_("Journeys reported to police during the period: how far they got")),
        [str(_("Step")), str(_("Journeys")), str(_("Share of those reported (%)"))],
        rows,
        note=str(
            _(
                "Steps reached by the day the report is made. A guilty plea ends a "
                "case without a trial or verdict."
            )
        ),
    )
    return [withdrawals, funnel]


def time_section(ctx: ReportContext) -> list[Table]:
    """Median and interquartile range of days between milestones."""
    spreads = figures.durations(ctx.organisation, ctx.period)
    labels = {
        "report_to_decision": _("Report to charging decision"),
        "charge_to_first_hearing": _("Charge to first hearing"),
        "first_hearing_to_trial": _("First hearing to trial"),
        "trial_to_verdict": _("Trial to verdict"),
        "report_to_verdict": _("Report to verdict (whole journey)"),
    }
    rows = []
    for key, label in labels.items():
        spread = spreads[key]
        rows.append(
            Row(
                str(label),
                [
                    count_cell(spread.journeys),
                    days_cell(spread.median, spread.journeys),
                    days_cell(spread.lower_quartile, spread.journeys),
                    days_cell(spread.upper_quartile, spread.journeys),
                ],
            )
        )
    durations = Table(
        "time_between_milestones",
        str(_("Days between milestones, for steps completed in the period")),
        [
            str(_("Step")),
            str(_("Journeys")),
            str(_("Median days")),
            str(_("Lower quartile (days)")),
            str(_("Upper quartile (days)")),
        ],
        rows,
        note=str(
            _(
                "Half of journeys took fewer days than the median. Half took between "
                "the lower and upper quartile. Figures over fewer than 5 journeys "
                "are not shown."
            )
        ),
        chart_column=1,
        chart_kind="range",
    )
    counts = figures.waiting(ctx.organisation, ctx.today)
    (over, under), total = parts_cells(
        [counts["over_a_year"], counts["waiting"] - counts["over_a_year"]],
        counts["waiting"],
    )
    waiting = Table(
        "waiting",
        str(_("Open journeys waiting for the case to be decided, today")),
        [str(_("Waiting")), str(_("Journeys")), str(_("Share (%)"))],
        [
            Row(
                str(_("More than a year since the report")),
                [over, percent_cell(over, total)],
            ),
            Row(str(_("A year or less")), [under, percent_cell(under, total)]),
            Row(str(_("Total")), [total, _all_or_none(total)], is_total=True),
        ],
        note=str(
            _(
                "Journeys that are active or have lost contact, reported to police, "
                "and not yet past a verdict, a guilty plea or no further action."
            )
        ),
    )
    return [durations, waiting]


def _all_or_none(total: Cell) -> Cell:
    if total.suppressed:
        return hidden_cell("percent")
    return Cell(100 if total.value else None, kind="percent")


def hearings_section(ctx: ReportContext) -> list[Table]:
    """How often trials moved, and whether hung juries led to a retrial."""
    counts = figures.trial_moves(ctx.organisation, ctx.period)
    parts = [
        counts["moved_0"],
        counts["moved_1"],
        counts["moved_2_3"],
        counts["moved_4_plus"],
    ]
    cells, total = parts_cells(parts, counts["trials"])
    # "Moved at least once" and the number of moves are sums of the rows above, so
    # they are shown only when every row is.
    complete = not total.suppressed and not any(c.suppressed for c in cells)
    moved = count_cell(counts["trials"] - counts["moved_0"])
    moves = Cell(counts["moves"]) if complete else hidden_cell()
    if not complete and not moved.small:
        moved = hidden_cell()
    labels = [
        _("Not moved"),
        _("Moved once"),
        _("Moved 2 or 3 times"),
        _("Moved 4 or more times"),
    ]
    trials = Table(
        "trial_moves",
        str(_("Trials listed in the period, by how many times they were moved")),
        [str(_("Times moved")), str(_("Trials")), str(_("Share (%)"))],
        [
            Row(str(label), [cell, percent_cell(cell, total)])
            for label, cell in zip(labels, cells, strict=True)
        ]
        + [
            Row(str(_("Total")), [total, _all_or_none(total)], is_total=True),
            Row(
                str(_("Moved at least once")),
                [moved, percent_cell(moved, total)],
                is_total=True,
            ),
            Row(
                str(_("Moves in all")),
                [moves, Cell(None, kind="percent")],
                is_total=True,
            ),
        ],
        note=str(
            _(
                "Trials and retrials whose latest date falls in the period, however "
                "the listing ended."
            )
        ),
    )
    hung = figures.hung_juries(ctx.organisation, ctx.period)
    (retrial, no_retrial, undecided), hung_total = parts_cells(
        [hung["retrial"], hung["no_retrial"], hung["undecided"]], hung["hung"]
    )
    juries = Table(
        "hung_juries",
        str(_("Hung juries during the period, and what happened next")),
        [str(_("Decision")), str(_("Hung juries"))],
        [
            Row(str(_("The prosecutor sought a retrial")), [retrial]),
            Row(str(_("No retrial")), [no_retrial]),
            Row(str(_("Not decided yet")), [undecided]),
            Row(str(_("Total")), [hung_total], is_total=True),
        ],
    )
    return [trials, juries]


# The board report's own sections (registered in wagtail_hooks).
BOARD_SECTIONS = [
    Section("caseload", _("Caseload"), caseload_section, order=10),
    Section("attrition", _("Attrition"), attrition_section, order=20),
    Section("time", _("How long justice takes"), time_section, order=30),
    Section("hearings", _("Moved trials and hung juries"), hearings_section, order=40),
]
