"""The board report's policing section: hate-crime recording and reporting protection.

For the journeys reported to police in the period, per force: how many the police
recorded as a hate crime (hostility based on sex work), the charge and conviction
rates of those flagged and not flagged, and how many survivors were arrested,
cautioned or threatened with prosecution when they came forward. Every figure goes
through the board report's one suppression rule (``reports.tables``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from journeys.models import Journey, StageEvent
from organisations.models import Organisation
from rules import RulesPack

from .period import Period
from .sections import ReportContext, Section
from .tables import Cell, Row, Table, hidden_cell, parts_cells, percent_cell


def _convictions(milestones) -> Q:
    """A conviction, as the pack's milestones list them ("event:outcome")."""
    found = Q(pk__in=[])
    for entry in milestones.convictions:
        event, _sep, outcome = entry.partition(":")
        found |= Q(event_type=event, outcome=outcome)
    return found


FLAGGED = Q(hate_crime_recorded=Journey.HateCrime.YES)
#: The row for journeys whose force is not recorded.
NO_FORCE = ""


@dataclass(frozen=True)
class ForceFigures:
    """Raw counts for one force's journeys reported in the period."""

    force: str
    reported: int
    flagged: int
    flagged_charged: int
    flagged_convicted: int
    unflagged_charged: int
    unflagged_convicted: int
    criminalised: int

    @property
    def unflagged(self) -> int:
        return self.reported - self.flagged


def policing_by_force(
    organisation: Organisation, period: Period
) -> dict[str, ForceFigures]:
    """One query: the period's reported journeys grouped by force."""
    m = organisation.pack.milestones
    cohort = StageEvent.objects.for_organisation(organisation).filter(
        event_type=m.reported,
        occurred_on__gte=period.start,
        occurred_on__lte=period.end,
    )
    charged = Exists(
        StageEvent.objects.filter(journey=OuterRef("pk"), event_type=m.charged)
    )
    convictions = _convictions(m)
    convicted = Exists(StageEvent.objects.filter(convictions, journey=OuterRef("pk")))
    unflagged = ~FLAGGED
    rows = (
        Journey.objects.for_organisation(organisation)
        .filter(pk__in=cohort.values("journey"))
        .annotate(was_charged=charged, was_convicted=convicted)
        .order_by()
        .values("police_force")
        .annotate(
            reported=Count("pk"),
            flagged=Count("pk", filter=FLAGGED),
            flagged_charged=Count("pk", filter=FLAGGED & Q(was_charged=True)),
            flagged_convicted=Count("pk", filter=FLAGGED & Q(was_convicted=True)),
            unflagged_charged=Count("pk", filter=unflagged & Q(was_charged=True)),
            unflagged_convicted=Count("pk", filter=unflagged & Q(was_convicted=True)),
            criminalised=Count(
                "survivor",
                distinct=True,
                filter=Q(reporting_sanction__in=Journey.CRIMINALISING),
            ),
        )
    )
    return {
        row["police_force"]: ForceFigures(
            force=row["police_force"],
            **{k: v for k, v in row.items() if k != "police_force"},
        )
        for row in rows
    }


def _rate(part: int, whole: int, whole_cell: Cell, part_hidden: bool = False) -> Cell:
    """A share of ``whole``, hidden when the part or the rest could be worked out.

    The part and the rest (whole less part) are suppressed like any two rows
    adding up to a total, so a 100% or a 0% never gives away a count of 1 to 4.
    ``part_hidden`` says another table's total already forces the part hidden.
    """
    if whole_cell.suppressed or part_hidden:
        return hidden_cell("percent")
    (part_cell, _rest), total = parts_cells([part, whole - part], whole)
    if total.suppressed:
        return hidden_cell("percent")
    return percent_cell(part_cell, whole_cell)


def _force_label(pack: RulesPack, key: str) -> str:
    if key == NO_FORCE:
        return str(_("Police force not recorded"))
    force = pack.police_force(key)
    return str(force.label) if force else key


def _force_rows(
    pack: RulesPack, figures: dict[str, ForceFigures], total_reported: int
) -> list[Row]:
    """One row per force with journeys, its reported count suppressed as a column."""
    pack_order = {f.key: i for i, f in enumerate(pack.police_forces)}
    ordered = sorted(
        figures.values(), key=lambda f: pack_order.get(f.force, len(pack_order))
    )
    reported_cells, total_cell = parts_cells(
        [f.reported for f in ordered], total_reported
    )
    # Every force's charged counts (flagged, then not) add up to the funnel's
    # "charged", shown in the attrition section: hide enough of them that no rate
    # hidden here can be worked out from that total and the rates shown.
    charged = [n for f in ordered for n in (f.flagged_charged, f.unflagged_charged)]
    charged_cells, _charged_total = parts_cells(charged, sum(charged))
    charged_hidden = [cell.suppressed for cell in charged_cells]
    rows = []
    for index, (force, reported_cell) in enumerate(
        zip(ordered, reported_cells, strict=True)
    ):
        (flagged_cell, unflagged_cell), _row_total = parts_cells(
            [force.flagged, force.unflagged], force.reported
        )
        if reported_cell.suppressed:
            # The row's parts would add back up to a count the column hides.
            flagged_cell = flagged_cell if flagged_cell.small else hidden_cell()
            unflagged_cell = unflagged_cell if unflagged_cell.small else hidden_cell()
        (criminalised_cell, _rest), _total = parts_cells(
            [force.criminalised, force.reported - force.criminalised], force.reported
        )
        if reported_cell.suppressed and not criminalised_cell.small:
            criminalised_cell = hidden_cell()
        rows.append(
            Row(
                _force_label(pack, force.force),
                [
                    reported_cell,
                    flagged_cell,
                    _rate(
                        force.flagged_charged,
                        force.flagged,
                        flagged_cell,
                        charged_hidden[2 * index],
                    ),
                    _rate(force.flagged_convicted, force.flagged, flagged_cell),
                    unflagged_cell,
                    _rate(
                        force.unflagged_charged,
                        force.unflagged,
                        unflagged_cell,
                        charged_hidden[2 * index + 1],
                    ),
                    _rate(force.unflagged_convicted, force.unflagged, unflagged_cell),
                    criminalised_cell,
                ],
            )
        )
    blank = Cell(None)
    rows.append(
        Row(
            str(_("Total")),
            [total_cell, *[blank] * 6, Cell(None)],
            is_total=True,
        )
    )
    return rows


def policy_note(pack: RulesPack) -> str:
    """Which forces the rules pack knows a published policy for."""
    known = []
    for force in pack.police_forces:
        for policy, what in (
            (force.hate_crime, _("hate-crime recording of crimes against sex workers")),
            (force.reporting_protection, _("not arresting sex workers who report")),
        ):
            if policy.is_known:
                entry = _("%(force)s, %(what)s: %(status)s") % {
                    "force": force.label,
                    "what": what,
                    "status": policy.status_label,
                }
                if policy.verify:
                    entry = _("%(entry)s (to be confirmed)") % {"entry": entry}
                known.append(str(entry))
    if not known:
        return str(_("No force's published policy is recorded in the rules pack."))
    return str(_("Published policies in the rules pack: %(list)s.")) % {
        "list": "; ".join(known)
    }


def policing_tables(ctx: ReportContext) -> list[Table]:
    """Per force: hate-crime flags, charge and conviction rates, criminalisation."""
    figures = policing_by_force(ctx.organisation, ctx.period)
    total = sum(f.reported for f in figures.values())
    table = Table(
        "policing_by_force",
        str(
            _(
                "Journeys reported to police during the period, by force: hate-crime "
                "recording and criminalisation on reporting"
            )
        ),
        [
            str(_("Police force")),
            str(_("Journeys reported")),
            str(_("Recorded as hate crime")),
            str(_("Hate crime: charged (%)")),
            str(_("Hate crime: convicted (%)")),
            str(_("Not recorded as hate crime")),
            str(_("Not hate crime: charged (%)")),
            str(_("Not hate crime: convicted (%)")),
            str(_("Survivors criminalised on reporting")),
        ],
        _force_rows(ctx.organisation.pack, figures, total),
        note=" ".join(
            (
                str(
                    _(
                        "“Not recorded as hate crime” includes journeys where it is "
                        "not known. Charged and convicted count what has happened by "
                        "the day the report is made; a conviction is a guilty plea "
                        "(to some or all charges) or a guilty verdict. Criminalised "
                        "means arrested, cautioned or threatened with prosecution for "
                        "her own sex work or drugs for her own use when she reported."
                    )
                ),
                policy_note(ctx.organisation.pack),
            )
        ),
    )
    return [table]


POLICING_SECTION = Section(
    "policing",
    _("Hate crime and reporting protection"),
    policing_tables,
    order=60,
)
