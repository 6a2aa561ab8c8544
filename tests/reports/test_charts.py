"""Server-rendered SVG charts: hidden figures draw nothing, and labels are escaped."""

import re

from reports.charts import chart
from reports.tables import Cell, Row, Table, count_cell, days_cell


def bars(svg: str) -> list[str]:
    return re.findall(r'<rect x="0" y="[\d.]+" width="([\d.]+)"', svg)


def test_a_hidden_count_draws_no_bar_and_says_fewer_than_5():
    table = Table(
        "t",
        "Withdrawals",
        ["Stage", "Number"],
        [
            Row("Investigation", [count_cell(10)]),
            Row("Trial", [count_cell(3)]),
            Row("Verdict", [count_cell(0)]),
            Row("Total", [count_cell(13)], is_total=True),
        ],
    )
    svg = str(chart(table, chart_id="c"))
    assert bars(svg) == ["370.0"]  # only the shown, non-zero count; no total
    assert "fewer than 5" in svg
    assert 'role="img"' in svg and 'aria-labelledby="c-title"' in svg
    assert '<title id="c-title">Chart: Withdrawals.' in svg


def test_labels_are_escaped():
    table = Table("t", "<T>", ["A", "B"], [Row("<script>", [Cell(5)])])
    svg = str(chart(table, chart_id="c"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "&lt;T&gt;" in svg


def test_a_range_chart_states_the_median_and_quartiles_in_words():
    table = Table(
        "t",
        "Days",
        ["Step", "Journeys", "Median", "Lower", "Upper"],
        [
            Row(
                "Trial to verdict", [Cell(5), *(days_cell(v, 5) for v in (30, 20, 40))]
            ),
            Row("Report to charge", [count_cell(2), *(days_cell(1, 2),) * 3]),
        ],
        chart_column=1,
        chart_kind="range",
    )
    svg = str(chart(table, chart_id="c"))
    assert "median 30 days; half took 20 to 40" in svg
    assert "not shown" in svg


def test_a_table_without_a_chart_draws_nothing():
    table = Table("t", "T", ["A", "B"], [Row("a", [Cell(1)])], chart_column=None)
    assert chart(table, chart_id="c") == ""
