"""Lay out a letter as .docx with python-docx: the only module that imports it."""

from __future__ import annotations

import io
import logging
import re

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .content import (
    Bullets,
    Details,
    Heading,
    LetterContent,
    Paragraph,
    SignatureLines,
    Table,
    Text,
)

logger = logging.getLogger(__name__)

FONT = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x55, 0x55, 0x55)
# XML 1.0 forbids most control characters; text pasted from other programs has them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Drop characters a Word file cannot hold; python-docx escapes < and &."""
    return _NOT_XML.sub("", text)


def render_letter(letter: LetterContent) -> bytes:
    """Return the letter as .docx bytes."""
    document = Document()
    _set_up(document, letter)
    _letterhead(document, letter)
    body = document
    _para(body, [letter.marking], bold=True, size=9, after=12)
    for line in letter.recipient:
        _text_para(body, line, after=0)
    _para(body, [letter.date_text], before=12, after=12)
    if letter.references:
        _details(body, letter.references)
    if letter.salutation:
        _text_para(body, letter.salutation, before=12)
    subject = document.add_paragraph(style="Heading 1")
    _runs(subject, letter.subject)
    for block in letter.blocks:
        _block(document, block)
    if letter.sign_off:
        _para(body, [letter.sign_off], before=12, after=36)
        for i, line in enumerate(letter.sender):
            _para(body, [line], bold=i == 0, after=0)
    return _save(document)


def render_empty() -> bytes:
    """An empty document saved to bytes: the floor for the benchmark."""
    return _save(Document())


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _set_up(document, letter: LetterContent) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.3)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)
    section.different_first_page_header_footer = True

    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.font.color.rgb = INK
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before in (("Heading 1", 12, 12), ("Heading 2", 11, 12)):
        style = styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = INK
        _clear_theme_fonts(style)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True

    props = document.core_properties
    # Metadata stays discreet: the letter type and the service, never a name.
    props.title = letter.title
    props.author = letter.letterhead.name
    props.last_modified_by = letter.letterhead.name
    props.comments = ""
    props.subject = ""
    props.keywords = ""


def _clear_theme_fonts(style) -> None:
    """Headings in the default template use theme fonts; pin them to ours."""
    fonts = style.element.rPr.rFonts
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]
    fonts.set(qn("w:ascii"), FONT)
    fonts.set(qn("w:hAnsi"), FONT)


def _letterhead(document, letter: LetterContent) -> None:
    head = letter.letterhead
    section = document.sections[0]
    first = section.first_page_header
    table = first.add_table(rows=1, cols=2, width=Cm(16.4))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.width, right.width = Cm(6.0), Cm(10.4)
    logo_para = left.paragraphs[0]
    if head.logo:
        try:
            logo_para.add_run().add_picture(io.BytesIO(head.logo), width=Cm(4.0))
        except (UnrecognizedImageError, ValueError, KeyError):
            logger.warning("Letterhead logo is not an image Word can hold; left out")
    info = right.paragraphs[0]
    info.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add_run(info, head.name, bold=True, size=12)
    lines = [*head.address_lines]
    contact = "  ·  ".join(x for x in (head.phone, head.email) if x)
    if contact:
        lines.append(contact)
    if head.website:
        lines.append(head.website)
    for line in lines:
        para = right.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        para.paragraph_format.space_after = Pt(0)
        _add_run(para, line, size=9, color=MUTED)
    first.paragraphs[0].paragraph_format.space_after = Pt(0)

    later = section.header.paragraphs[0]
    later.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add_run(later, f"{head.name}  ·  {letter.marking}", size=8, color=MUTED)

    footer_bits = []
    if head.charity_number:
        footer_bits.append(head.charity_number)
    if head.footer_note:
        footer_bits.append(head.footer_note)
    for footer in (section.first_page_footer, section.footer):
        para = footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer_bits:
            _add_run(para, "  ·  ".join(footer_bits), size=8, color=MUTED)
            para = footer.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_x_of_y(para)


def _page_x_of_y(para) -> None:
    from django.utils.translation import gettext as _

    words = _("Page {page} of {pages}")
    before, rest = words.split("{page}", 1)
    middle, after = rest.split("{pages}", 1)
    _add_run(para, before, size=8, color=MUTED)
    _field(para, "PAGE")
    _add_run(para, middle, size=8, color=MUTED)
    _field(para, "NUMPAGES")
    _add_run(para, after, size=8, color=MUTED)


def _field(para, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    props.append(size)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    para._p.append(field)


def _add_run(para, text: str, *, bold=False, size=None, color=None, blank=False):
    run = para.add_run(xml_safe(text))
    if bold or blank:
        run.bold = True
    if size:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = color
    if blank:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return run


def _runs(para, text: Text) -> None:
    for seg in text:
        _add_run(para, seg.text, bold=seg.bold, blank=seg.blank)


def _para(container, texts: list[str], *, bold=False, size=None, before=0, after=6):
    para = container.add_paragraph()
    for text in texts:
        _add_run(para, text, bold=bold, size=size)
    para.paragraph_format.space_before = Pt(before)
    para.paragraph_format.space_after = Pt(after)
    return para


def _text_para(container, text: Text, *, before=0, after=6):
    para = container.add_paragraph()
    _runs(para, text)
    para.paragraph_format.space_before = Pt(before)
    para.paragraph_format.space_after = Pt(after)
    return para


def _block(document, block) -> None:
    if isinstance(block, Heading):
        document.add_paragraph(xml_safe(block.text), style="Heading 2")
    elif isinstance(block, Paragraph):
        _text_para(document, block.text)
    elif isinstance(block, Bullets):
        for item in block.items:
            para = document.add_paragraph(style="List Bullet")
            _runs(para, item)
            para.paragraph_format.space_after = Pt(3)
    elif isinstance(block, Table):
        _table(document, block)
    elif isinstance(block, Details):
        _details(document, block.rows)
    elif isinstance(block, SignatureLines):
        for label in block.labels:
            para = _para(document, [label], before=18, after=0)
            _add_run(para, "\t")
            para.paragraph_format.tab_stops.add_tab_stop(Cm(12))
            _underline_tab(para)
    else:  # pragma: no cover - a new block type must be taught to the renderer
        raise TypeError(f"Cannot render {type(block).__name__}")


def _underline_tab(para) -> None:
    """A signing line: the tab after the label drawn as a rule to the tab stop."""
    para.runs[-1].underline = True


def _details(document, rows) -> None:
    table = document.add_table(rows=0, cols=2)
    widths = (Cm(4.2), Cm(12.2))
    _fix_widths(table, widths)
    for label, value in rows:
        cells = table.add_row().cells
        for cell, width in zip(cells, widths, strict=True):
            cell.width = width
        label_para = cells[0].paragraphs[0]
        _add_run(label_para, label, bold=True, size=10)
        value_para = cells[1].paragraphs[0]
        for seg in value:
            run = _add_run(value_para, seg.text, bold=seg.bold, blank=seg.blank)
            run.font.size = Pt(10)
        for para in (label_para, value_para):
            para.paragraph_format.space_after = Pt(1)
    document.add_paragraph().paragraph_format.space_after = Pt(0)


def _table(document, block: Table) -> None:
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(block.widths)
    widths = [Cm(16.4 * w / total) for w in block.widths]
    _fix_widths(table, widths)
    header = table.rows[0]
    _repeat_header(header)
    for cell, label, width in zip(header.cells, block.header, widths, strict=True):
        cell.width = width
        _shade(cell, "E7E6E6")
        _add_run(cell.paragraphs[0], label, bold=True, size=10)
    for row in block.rows:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, row, widths, strict=True):
            cell.width = width
            para = cell.paragraphs[0]
            for seg in value:
                run = _add_run(para, seg.text, bold=seg.bold, blank=seg.blank)
                run.font.size = Pt(10)
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.space_after = Pt(2)
    document.add_paragraph().paragraph_format.space_after = Pt(0)


def _fix_widths(table, widths) -> None:
    """Fixed column widths: Word and LibreOffice both honour the grid, not cells."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _repeat_header(row) -> None:
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def _shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)
