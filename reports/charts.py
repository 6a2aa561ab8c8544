"""Server-rendered SVG charts: no script, no third-party requests, readable in print.

Each chart repeats a table that sits beside it, so the SVG is one labelled image and
screen-reader users are pointed at the table. Hidden (suppressed) figures draw no bar
and say "fewer than 5", exactly as the table does.
"""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from .tables import Cell, Table

WIDTH = 480
LABEL_HEIGHT = 22
BAR_HEIGHT = 20
ROW_GAP = 12
VALUE_SPACE = 110  # room to the right of the longest bar for its value
BAR_COLOUR = "#00676d"  # 6.3:1 against white
RANGE_COLOUR = "#7fb3b6"


def _row_height() -> int:
    return LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP


def _number(cell: Cell) -> float | None:
    return float(cell.value) if cell.is_shown else None


def chart(table: Table, *, chart_id: str) -> SafeString:
    """Draw the table's chart column as horizontal bars (or median with quartiles)."""
    if table.chart_column is None:
        return SafeString("")
    rows = table.chart_rows
    if table.chart_kind == "range":
        column = table.chart_column
        points = [
            (
                r.label,
                r.cells[column],
                _number(r.cells[column + 1]),
                _number(r.cells[column + 2]),
            )
            for r in rows
        ]
        scale_max = max(
            [v for _l, c, lo, hi in points for v in (_number(c), lo, hi) if v] or [1]
        )
    else:
        points = [(r.label, r.cells[table.chart_column], None, None) for r in rows]
        scale_max = max([_number(c) or 0 for _l, c, _lo, _hi in points] or [1]) or 1
    ranged = table.chart_kind == "range"
    # A range chart writes its figures on a line of their own under the bar.
    bar_space = WIDTH - (12 if ranged else VALUE_SPACE)
    row_height = _row_height() + (LABEL_HEIGHT if ranged else 0)
    height = len(points) * row_height + ROW_GAP
    parts = []
    for index, (label, cell, low, high) in enumerate(points):
        top = ROW_GAP + index * row_height
        bar_top = top + LABEL_HEIGHT
        parts.append(
            format_html(
                '<text x="0" y="{}" class="report-chart__label">{}</text>',
                top + LABEL_HEIGHT - 5,
                label,
            )
        )
        value = _number(cell)
        if low is not None and high is not None:
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>',
                    round(bar_space * low / scale_max, 1),
                    bar_top,
                    max(round(bar_space * (high - low) / scale_max, 1), 1),
                    BAR_HEIGHT,
                    RANGE_COLOUR,
                )
            )
        end = 0.0
        if value is not None and table.chart_kind == "range":
            end = round(bar_space * value / scale_max, 1)
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="3" height="{}" fill="{}"></rect>',
                    max(end - 1.5, 0),
                    bar_top - 3,
                    BAR_HEIGHT + 6,
                    BAR_COLOUR,
                )
            )
            end = round(bar_space * (high or value) / scale_max, 1)
        elif value:
            end = round(bar_space * value / scale_max, 1)
            parts.append(
                format_html(
                    '<rect x="0" y="{}" width="{}" height="{}" fill="{}"></rect>',
                    bar_top,
                    end,
                    BAR_HEIGHT,
                    BAR_COLOUR,
                )
            )
        text, x, y = cell.text, end + 6, bar_top + BAR_HEIGHT - 4
        if ranged:
            x, y = 0, bar_top + BAR_HEIGHT + LABEL_HEIGHT - 4
            if low is not None and high is not None and cell.is_shown:
                text = _("median %(median)s days; half took %(low)s to %(high)s") % {
                    "median": cell.text,
                    "low": f"{low:g}",
                    "high": f"{high:g}",
                }
        parts.append(
            format_html(
                '<text x="{}" y="{}" class="report-chart__value">{}</text>',
                x,
                y,
                text,
            )
        )
    title = _("Chart: %(title)s. The same figures are in the table beside it.") % {
        "title": table.title
    }
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="report-chart" role="img" '
        'viewBox="0 0 {w} {h}" width="100%" aria-labelledby="{id}-title" '
        'focusable="false"><title id="{id}-title">{title}</title>{body}</svg>',
        w=WIDTH,
        h=height,
        id=chart_id,
        title=title,
        body=format_html_join("", "{}", ((p,) for p in parts)),
    )
