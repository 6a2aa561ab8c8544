"""The small-number rule: counts of 1 to 4 hidden, and whatever would reveal them."""

import pytest

from reports.sections import count_by_key_table, requested_granted_table
from reports.tables import (
    FEWER_THAN_5,
    WITHHELD,
    Cell,
    count_cell,
    days_cell,
    is_disclosive,
    parts_cells,
    percent_cell,
)


@pytest.mark.parametrize(
    ("count", "disclosive"), [(0, False), (1, True), (4, True), (5, False), (99, False)]
)
def test_only_counts_from_1_to_4_are_disclosive(count, disclosive):
    assert is_disclosive(count) is disclosive


def test_a_count_of_0_is_shown():
    cell = count_cell(0)
    assert (cell.value, cell.text, cell.suppressed) == (0, "0", False)


def test_a_count_of_4_is_shown_as_fewer_than_5_and_keeps_no_number():
    cell = count_cell(4)
    assert cell.text == str(FEWER_THAN_5) == "fewer than 5"
    assert cell.value is None
    assert cell.export_value == "fewer than 5"


def test_a_count_of_5_is_shown():
    assert count_cell(5).text == "5"
    assert count_cell(1234).text == "1,234"


def texts(cells):
    return [c.text for c in cells]


def test_parts_with_nothing_small_are_all_shown():
    cells, total = parts_cells([5, 0, 12], 17)
    assert texts(cells) == ["5", "0", "12"]
    assert total.text == "17"


def test_one_small_part_hides_the_next_smallest_so_the_total_cannot_reveal_it():
    cells, total = parts_cells([3, 0, 12, 7], 22)
    assert texts(cells) == ["fewer than 5", "0", "12", str(WITHHELD)]
    assert total.text == "22"


def test_two_small_parts_with_an_ambiguous_sum_need_nothing_more():
    cells, total = parts_cells([2, 3, 10], 15)
    assert texts(cells) == ["fewer than 5", "fewer than 5", "10"]
    assert total.text == "15"


def test_small_parts_that_must_all_be_1_are_protected_by_another_part():
    # Total 12 less the shown 10 leaves 2 for two hidden rows: both would be 1.
    cells, total = parts_cells([1, 1, 10], 12)
    assert texts(cells) == ["fewer than 5", "fewer than 5", "not shown"]
    assert total.text == "12"


def test_small_parts_that_must_all_be_4_are_protected_by_another_part():
    cells, total = parts_cells([4, 4, 6, 9], 23)
    assert texts(cells) == ["fewer than 5", "fewer than 5", "not shown", "9"]


def test_a_hidden_part_of_exactly_5_beside_a_1_is_not_enough():
    # 1 + 5 = 6 is the least a small and a withheld row can add up to.
    cells, total = parts_cells([1, 5, 7], 13)
    assert texts(cells) == ["fewer than 5", "not shown", "not shown"]
    assert total.text == "13"


def test_the_total_is_hidden_when_no_other_part_can_protect_the_small_ones():
    cells, total = parts_cells([1, 1, 1, 1, 5, 0], 9)
    assert texts(cells) == ["fewer than 5"] * 4 + ["not shown", "0"]
    assert total.text == "not shown"


def test_a_small_total_hides_itself_and_its_small_parts():
    cells, total = parts_cells([3, 0], 3)
    assert texts(cells) == ["fewer than 5", "0"]
    assert total.text == "fewer than 5"


def test_an_all_zero_table_is_shown():
    cells, total = parts_cells([0, 0], 0)
    assert texts(cells + [total]) == ["0", "0", "0"]


def test_a_percentage_of_a_hidden_count_is_hidden():
    assert percent_cell(count_cell(4), count_cell(20)).text == "not shown"
    assert percent_cell(count_cell(5), count_cell(4)).text == "not shown"
    assert percent_cell(count_cell(5), count_cell(20)).text == "25%"
    assert percent_cell(count_cell(0), count_cell(20)).text == "0%"
    assert percent_cell(count_cell(0), count_cell(0)).text == "–"
    assert percent_cell(count_cell(5), count_cell(6)).text == "83.3%"


@pytest.mark.parametrize(
    ("journeys", "text"), [(0, "–"), (1, "not shown"), (4, "not shown"), (5, "12.5")]
)
def test_days_are_hidden_over_fewer_than_5_journeys(journeys, text):
    assert days_cell(12.5 if journeys else None, journeys).text == text


def test_hidden_cells_export_words_not_numbers():
    assert Cell(None, suppressed=True).export_value == "not shown"
    assert Cell(7).export_value == 7
    assert Cell(None).export_value == "–"


LABELS = [("screens", "Screens"), ("live_link", "Live link"), ("private", "Private")]


def test_requested_granted_rows_become_a_suppressed_table():
    rows = [("screens", 12, 10), ("live_link", 9, 3), ("unknown_measure", 6, 6)]
    table = requested_granted_table(
        rows, key="measures", title="Measures", labels=LABELS, row_header="Measure"
    )
    assert table.columns == [
        "Measure",
        "Requested",
        "Granted",
        "Not granted",
        "Granted (%)",
    ]
    shown = [[r.label, *texts(r.cells)] for r in table.rows]
    assert shown == [
        # 2 not granted is small, so the 10 granted goes too (12 - 10 = 2).
        ["Screens", "12", "not shown", "fewer than 5", "not shown"],
        ["Live link", "9", "fewer than 5", "not shown", "not shown"],
        ["Private", "0", "0", "0", "–"],
        ["unknown_measure", "6", "6", "0", "100%"],
    ]


def test_requested_granted_rows_may_be_mappings_and_repeat_keys():
    rows = [
        {"key": "screens", "requested": 3, "granted": 3},
        {"key": "screens", "requested": 4, "granted": 2},
    ]
    table = requested_granted_table(
        rows, key="m", title="M", labels=LABELS[:1], row_header="Measure"
    )
    # 7 requested, 5 granted: the 2 not granted would follow, so 5 is withheld.
    assert texts(table.rows[0].cells) == [
        "7",
        "not shown",
        "fewer than 5",
        "not shown",
    ]


def test_requested_granted_rows_at_the_edges():
    rows = [("screens", 5, 5), ("live_link", 4, 0), ("private", 5, 0)]
    table = requested_granted_table(
        rows, key="m", title="M", labels=LABELS, row_header="Measure"
    )
    assert [texts(r.cells) for r in table.rows] == [
        ["5", "5", "0", "100%"],
        ["fewer than 5", "0", "fewer than 5", "not shown"],
        ["5", "0", "5", "0%"],
    ]


def test_count_rows_become_a_table_with_a_total():
    rows = [(1, 6), (4, 2), (6, 9), (12, 0)]
    labels = [(str(n), f"Right {n}") for n in (1, 4, 6, 12)]
    table = count_by_key_table(
        rows, key="breaches", title="Breaches", labels=labels, row_header="Right"
    )
    assert [(r.label, *texts(r.cells)) for r in table.rows] == [
        ("Right 1", "not shown"),
        ("Right 4", "fewer than 5"),
        ("Right 6", "9"),
        ("Right 12", "0"),
        ("Total", "17"),
    ]
    assert table.rows[-1].is_total
