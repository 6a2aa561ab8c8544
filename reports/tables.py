"""Report tables and the small-number suppression rule every figure goes through.

A count from 1 to 4 could identify someone in a partnership-board paper, so it is
shown as "fewer than 5" (`is_disclosive` is the rule). Figures that would let a
reader work such a count out again are hidden too, shown as "not shown":

* in a table whose rows add up to a shown total, more rows are hidden until the
  hidden rows' sum (total less the shown rows) no longer pins any of them down
  (complementary suppression); failing that, the total is hidden;
* a percentage is hidden when its numerator or denominator is;
* a median or quartile is hidden when it is taken over fewer than 5 journeys.

Hidden cells carry no number at all, so nothing downstream (charts, CSV, XLSX) can
leak the value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

SUPPRESSION_THRESHOLD = 5
FEWER_THAN_5 = _("fewer than 5")
WITHHELD = _("not shown")
NOT_APPLICABLE = "–"


def is_disclosive(count: int) -> bool:
    """Return whether a count is small enough (1 to 4) to identify someone."""
    return 0 < count < SUPPRESSION_THRESHOLD


@dataclass(frozen=True)
class Cell:
    """One figure as it may be shown: the number, or None when hidden or n/a."""

    value: int | float | None
    suppressed: bool = False
    kind: str = "count"  # "count", "percent" or "days"
    # True for a count of 1 to 4; False for figures hidden because they'd reveal one.
    small: bool = False

    @property
    def text(self) -> str:
        if self.suppressed:
            return str(FEWER_THAN_5 if self.small else WITHHELD)
        if self.value is None:
            return NOT_APPLICABLE
        if self.kind == "percent":
            return f"{_format_number(self.value)}%"
        return _format_number(self.value)

    @property
    def export_value(self) -> int | float | str:
        """A number for spreadsheets, or the words shown instead of one."""
        if self.suppressed or self.value is None:
            return self.text
        if isinstance(self.value, float) and self.value.is_integer():
            return int(self.value)
        return self.value

    @property
    def is_shown(self) -> bool:
        return not self.suppressed and self.value is not None


def _format_number(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def count_cell(count: int) -> Cell:
    """Apply the suppression rule to one count."""
    if is_disclosive(count):
        return Cell(None, suppressed=True, small=True)
    return Cell(count)


def hidden_cell(kind: str = "count") -> Cell:
    """A figure withheld because it would reveal a small count."""
    return Cell(None, suppressed=True, kind=kind)


def _pins_a_count(hidden: list[tuple[int, bool]]) -> bool:
    """Whether knowing the hidden rows' sum tells a reader what any of them is.

    A reader knows each "fewer than 5" row is 1 to 4 and each "not shown" row is
    at least 5 (only shown, non-zero rows are ever withheld), so a sum at either end
    of that range – or a single hidden row – gives the values away.
    """
    if len(hidden) < 2:
        return True
    small = sum(1 for _value, is_small in hidden if is_small)
    withheld = len(hidden) - small
    total = sum(value for value, _s in hidden)
    lowest = small + SUPPRESSION_THRESHOLD * withheld
    if total <= lowest:
        return True
    return not withheld and total >= (SUPPRESSION_THRESHOLD - 1) * small


def parts_cells(parts: Sequence[int], total: int) -> tuple[list[Cell], Cell]:
    """Hide parts of a shown total so no hidden part can be worked out from the rest."""
    cells = [count_cell(p) for p in parts]
    total_cell = count_cell(total)
    if total_cell.suppressed or not any(c.suppressed for c in cells):
        return cells, total_cell
    while _pins_a_count(
        [(p, c.small) for p, c in zip(parts, cells, strict=True) if c.suppressed]
    ):
        shown = [(p, i) for i, (p, c) in enumerate(zip(parts, cells, strict=True))]
        candidates = [(p, i) for p, i in shown if p > 0 and not cells[i].suppressed]
        if not candidates:
            return cells, hidden_cell()
        cells[min(candidates)[1]] = hidden_cell()
    return cells, total_cell


def percent_cell(numerator: Cell, denominator: Cell) -> Cell:
    """A percentage, hidden when either figure it comes from is hidden."""
    if numerator.suppressed or denominator.suppressed:
        return hidden_cell("percent")
    if not numerator.is_shown or not denominator.value:
        return Cell(None, kind="percent")
    return Cell(round(100 * numerator.value / denominator.value, 1), kind="percent")


def days_cell(value: float | None, journeys: int) -> Cell:
    """A number of days summarising some journeys, hidden over fewer than 5."""
    if is_disclosive(journeys):
        return hidden_cell("days")
    if value is None or journeys == 0:
        return Cell(None, kind="days")
    return Cell(round(value, 1), kind="days")


@dataclass(frozen=True)
class Row:
    label: str
    cells: list[Cell]
    is_total: bool = False


@dataclass(frozen=True)
class Table:
    """A titled table of already-suppressed figures; charts and downloads read it."""

    key: str
    title: str
    columns: list[str]  # the first names the row headers
    rows: list[Row]
    note: str = ""
    # Which data column (0-based, after the row header) the chart draws, and how.
    chart_column: int | None = 0
    chart_kind: str = "bar"  # "bar", or "range" for median and quartiles

    @property
    def chart_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.is_total]
