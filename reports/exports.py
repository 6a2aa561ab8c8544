"""CSV and XLSX downloads of report tables (only the suppressed figures ever go out)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from core.spreadsheets import formula_safe

from .tables import Table


def _rows(table: Table) -> list[list]:
    rows = [[formula_safe(c) for c in table.columns]]
    for row in table.rows:
        rows.append(
            [
                formula_safe(row.label),
                *(formula_safe(c.export_value) for c in row.cells),
            ]
        )
    return rows


def table_csv(table: Table) -> str:
    """One table as CSV: a header row, then one line per row of the table."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(_rows(table))
    return out.getvalue()


def _sheet_title(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in "[]:*?/\\")[:28].strip() or "Table"
    name, n = base, 2
    while name.lower() in used:
        name = f"{base[:25]} ({n})"
        n += 1
    used.add(name.lower())
    return name


def tables_xlsx(tables: Sequence[Table], *, heading: str) -> bytes:
    """A workbook with one sheet per table: title, period, then the table."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.title, used))
        sheet.append([formula_safe(table.title)])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([formula_safe(heading)])
        sheet.append([])
        for index, row in enumerate(_rows(table)):
            sheet.append(row)
            if index == 0:
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
        if table.note:
            sheet.append([])
            sheet.append([formula_safe(table.note)])
        sheet.column_dimensions["A"].width = 48
        for letter in "BCDEF":
            sheet.column_dimensions[letter].width = 20
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
