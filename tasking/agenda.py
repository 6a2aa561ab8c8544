"""The tasking list as an agenda to share: CSV, and a .docx that opens anywhere.

Both carry exactly what the printed page shows: no legal name, address, phone,
crime reference or notes; her working name only where every partner attending
may have it (otherwise her reference).
"""

from __future__ import annotations

import csv
import io

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.spreadsheets import formula_safe
from documents.content import (
    Bullets,
    Details,
    Heading,
    LetterContent,
    Paragraph,
    Table,
    plain,
)
from documents.rendering import render_letter
from documents.selectors import letterhead_content

from .selectors import TaskingList, TaskingRow


def _day(value) -> str:
    return date_format(value, "j M Y") if value else ""


def _action_text(action) -> str:
    return _("%(what)s (%(owner)s, due %(due)s)") % {
        "what": action.description,
        "owner": action.owner_name,
        "due": _day(action.due_on),
    }


def _done_text(action) -> str:
    if action.is_done:
        return _("Done %(date)s") % {"date": _day(action.done_on)}
    return _("Open")


def _review_text(row: TaskingRow, on) -> str:
    if row.review_overdue(on):
        return _("%(date)s (overdue)") % {"date": _day(row.risk.review_on)}
    return _day(row.risk.review_on)


class _SafeWriter:
    """A CSV writer whose cells never run as spreadsheet formulas."""

    def __init__(self, out) -> None:
        self.writer = csv.writer(out)

    def writerow(self, row: list) -> None:
        self.writer.writerow([formula_safe(cell) for cell in row])


def csv_header() -> list[str]:
    return [
        _("Section"),
        _("Survivor"),
        _("Risk level"),
        _("Review by"),
        _("Reason"),
        _("Key risks"),
        _("Action"),
        _("Owner"),
        _("Due by"),
        _("Status"),
        _("Agreed"),
    ]


def as_csv(agenda: TaskingList) -> str:
    """One line per action due since the last meeting, then per survivor's action."""
    on = agenda.meeting.meets_on
    out = io.StringIO()
    writer = _SafeWriter(out)
    writer.writerow(csv_header())
    due_section = _("Due since the last meeting")
    for label, action in agenda.due_since_last:
        writer.writerow(
            [
                due_section,
                label,
                "",
                "",
                "",
                "",
                action.description,
                action.owner_name,
                _day(action.due_on),
                _done_text(action),
                "",
            ]
        )
    list_section = _("Survivors")
    for row in agenda.rows:
        common = [
            list_section,
            row.label,
            row.risk.get_level_display(),
            _review_text(row, on),
            row.risk.reason,
            "; ".join(row.risk.key_risk_lines),
        ]
        agreed = row.agreed.agreed if row.agreed else ""
        for action in row.open_actions or [None]:
            if action is None:
                writer.writerow([*common, "", "", "", "", agreed])
            else:
                writer.writerow(
                    [
                        *common,
                        action.description,
                        action.owner_name,
                        _day(action.due_on),
                        _done_text(action),
                        agreed,
                    ]
                )
    return out.getvalue()


def as_docx(agenda: TaskingList) -> bytes:
    """The agenda as a Word document on the service's letterhead."""
    meeting = agenda.meeting
    on = meeting.meets_on
    blocks: list = [
        Details(
            [
                (
                    _("Partners attending"),
                    plain(", ".join(p.name for p in agenda.partners)),
                ),
                (
                    _("Actions due since"),
                    plain(_day(agenda.since)),
                ),
            ]
        ),
        Heading(_("Actions due since the last meeting")),
    ]
    if agenda.due_since_last:
        blocks.append(
            Table(
                header=[
                    _("Survivor"),
                    _("Action"),
                    _("Owner"),
                    _("Due by"),
                    _("Status"),
                ],
                rows=[
                    [
                        plain(label),
                        plain(action.description),
                        plain(action.owner_name),
                        plain(_day(action.due_on)),
                        plain(_done_text(action)),
                    ]
                    for label, action in agenda.due_since_last
                ],
                widths=[3, 6, 3, 2, 2],
            )
        )
    else:
        blocks.append(Paragraph(plain(_("No actions fell due."))))
    blocks.append(Heading(_("Survivors, highest risk first")))
    if not agenda.rows:
        blocks.append(Paragraph(plain(_("Nobody is on the list."))))
    for row in agenda.rows:
        blocks.append(
            Heading(
                _("%(who)s: %(level)s")
                % {"who": row.label, "level": row.risk.get_level_display()}
            )
        )
        blocks.append(
            Details(
                [
                    (_("Reason"), plain(row.risk.reason)),
                    (_("Review by"), plain(_review_text(row, on))),
                ]
            )
        )
        if row.risk.key_risk_lines:
            blocks.append(Paragraph(plain(_("Key risks"), bold=True)))
            blocks.append(Bullets([plain(line) for line in row.risk.key_risk_lines]))
        blocks.append(Paragraph(plain(_("Open actions"), bold=True)))
        if row.open_actions:
            blocks.append(Bullets([plain(_action_text(a)) for a in row.open_actions]))
        else:
            blocks.append(Paragraph(plain(_("None."))))
        blocks.append(Paragraph(plain(_("Agreed"), bold=True)))
        blocks.append(
            Paragraph(plain(row.agreed.agreed if row.agreed else "…………………………"))
        )
    return render_letter(
        LetterContent(
            title=str(meeting),
            letterhead=letterhead_content(meeting.organisation),
            marking=_("OFFICIAL-SENSITIVE: for the tasking meeting only"),
            recipient=[],
            date_text=date_format(on, "j F Y"),
            references=[],
            subject=plain(_("Tasking meeting agenda")),
            salutation=[],
            blocks=blocks,
            sign_off="",
            sender=[],
            running_reference=str(meeting),
        )
    )
