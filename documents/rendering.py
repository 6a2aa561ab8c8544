"""Lay out a letter as .docx with python-docx: the only module that imports it."""

from __future__ import annotations

import io
import logging
import re
from functools import lru_cache

from django.utils import timezone
from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import UnrecognizedImageError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml.etree import SubElement

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
from .placeholders import Segment

logger = logging.getLogger(__name__)

FONT = "Arial"
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x55, 0x55, 0x55)
# XML 1.0 forbids most control characters; text pasted from other programs has them.
# Bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) can make a
# letter read differently from what was typed, so they go too.
_NOT_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f"
    "\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
)


def xml_safe(text: str) -> str:
    """Drop characters a Word file cannot hold or that reorder text on screen."""
    return _NOT_XML.sub("", text)


def render_letter(letter: LetterContent) -> bytes:
    """Return the letter as .docx bytes."""
    document = Document(io.BytesIO(_base()))
    _set_up(document, letter)
    _letterhead(document, letter)
    body = document.element.body
    # The default template starts with no paragraphs; everything is appended.
    _run(_new_p(body, "WaymarkMarking"), letter.marking)
    for line in letter.recipient:
        _body_p(document, line, "WaymarkTight")
    _body_p(document, [Segment(letter.date_text)], "WaymarkSpaced")
    if letter.references:
        _details(document, letter.references)
    if letter.salutation:
        _body_p(document, letter.salutation, "WaymarkSpaced")
    _body_p(document, letter.subject, "Heading1")
    for block in letter.blocks:
        _block(document, block)
    if letter.sign_off:
        # The sign-off and the sender's lines stay together on one page.
        _keep_with_next(_body_p(document, [Segment(letter.sign_off)], "WaymarkSignOff"))
        for i, line in enumerate(letter.sender):
            p = _body_p(document, [Segment(line, bold=i == 0)], "WaymarkTight")
            _keep_lines(p)
            if i < len(letter.sender) - 1:
                _keep_with_next(p)
    return save_with_history(document)


def _keep_with_next(p) -> None:
    _ppr(p).append(OxmlElement("w:keepNext"))
    _keep_lines(p)


def _keep_lines(p) -> None:
    props = _ppr(p)
    if props.find(qn("w:keepLines")) is None:
        props.append(OxmlElement("w:keepLines"))


def _ppr(p):
    props = p.find(_PPR)
    if props is None:
        props = OxmlElement("w:pPr")
        p.insert(0, props)
    return props


def render_empty() -> bytes:
    """An empty document saved to bytes: the floor for the benchmark."""
    return save_with_history(Document())


def save_with_history(document) -> bytes:
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

    props = document.core_properties
    # Metadata stays discreet: the letter type and the service, never a name; the
    # dates are today's, not those of the template the file started from.
    now = timezone.now().replace(microsecond=0)
    props.title = letter.title
    props.author = letter.letterhead.name
    props.last_modified_by = letter.letterhead.name
    props.created = now
    props.modified = now
    props.last_printed = now
    props.revision = 1
    props.language = "en-GB"
    props.category = ""
    props.comments = ""
    props.subject = ""
    props.keywords = ""


@lru_cache(maxsize=1)
def _base() -> bytes:
    """python-docx's default template, slimmed once and styled for letters.

    The default carries two 440 KB style sheets, a thumbnail and custom XML that a
    letter never uses; parsing and re-saving them cost more than the letter itself.
    """
    document = Document()
    for rels, unused in (
        (document.part.rels, ("/stylesWithEffects", "/customXml", "/webSettings")),
        (document.part.package.rels, ("/thumbnail",)),
    ):
        for rel_id, rel in list(rels.items()):
            if rel.reltype.endswith(unused):
                rels.pop(rel_id)
    _prune_styles(document)
    _prune_numbering(document)
    _application(document)
    _style(document)
    _british_english(document)
    return save_with_history(document)


def _prune_numbering(document) -> None:
    """List definitions may name only styles the slimmed template still has."""
    present = {
        el.get(qn("w:styleId")) for el in document.styles.element.findall(qn("w:style"))
    }
    numbering = document.part.numbering_part.element
    for ref in list(numbering.iter(qn("w:pStyle"))):
        if ref.get(qn("w:val")) not in present:
            ref.getparent().remove(ref)


APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>Waymark</Application>'
    "<DocSecurity>0</DocSecurity></Properties>"
)


def _application(document) -> None:
    """Say which program wrote the file, not the one that made the 2013 template."""
    for part in document.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            part._blob = APP_XML.encode()


def _british_english(document) -> None:
    """Letters are in British English: say so, so spelling checks use en-GB."""
    for lang in document.styles.element.iter(qn("w:lang")):
        lang.set(qn("w:val"), "en-GB")


KEEP_STYLES = {
    "Normal",
    "Heading1",
    "Heading2",
    "ListBullet",
    "TableGrid",
    "TableNormal",
    "Header",
    "Footer",
    "DefaultParagraphFont",
    "NoList",
}


def _prune_styles(document) -> None:
    """Keep only the styles letters use (and those they are based on)."""
    root = document.styles.element
    by_id = {el.get(qn("w:styleId")): el for el in root.findall(qn("w:style"))}
    keep = set(KEEP_STYLES)
    todo = list(keep)
    while todo:
        element = by_id.get(todo.pop())
        if element is None:
            continue
        for tag in ("w:basedOn", "w:next", "w:link"):
            ref = element.find(qn(tag))
            value = ref.get(qn("w:val")) if ref is not None else None
            if value and value not in keep:
                keep.add(value)
                todo.append(value)
    for style_id, element in by_id.items():
        if style_id not in keep:
            root.remove(element)
    latent = root.find(qn("w:latentStyles"))
    if latent is not None:
        root.remove(latent)


def _style(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.font.color.rgb = INK
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    _add_letter_styles(styles)
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


def _add_letter_styles(styles) -> None:
    """Paragraph and character styles, so each run carries a style id, not formats."""
    para, char = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER
    specs = [
        # name, type, size, bold, colour, space before, space after, alignment
        ("Waymark Tight", para, None, False, None, 0, 0, None),
        ("Waymark Spaced", para, None, False, None, 12, 12, None),
        ("Waymark Marking", para, 9, True, None, 0, 12, None),
        ("Waymark Cell", para, 10, False, None, 0, 2, None),
        ("Waymark Letterhead", para, 9, False, MUTED, 0, 0, WD_ALIGN_PARAGRAPH.RIGHT),
        ("Waymark Header", para, 8, False, MUTED, 0, 0, WD_ALIGN_PARAGRAPH.RIGHT),
        ("Waymark Footer", para, 8, False, MUTED, 0, 0, WD_ALIGN_PARAGRAPH.CENTER),
        ("Waymark Sign", para, None, False, None, 18, 0, None),
        ("Waymark Sign Off", para, None, False, None, 12, 36, None),
        ("Waymark Org", char, 12, True, INK, None, None, None),
    ]
    for name, kind, size, bold, colour, before, after, align in specs:
        style = styles.add_style(name, kind)
        if kind == para:
            style.base_style = styles["Normal"]
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(after)
            if align is not None:
                style.paragraph_format.alignment = align
        if size:
            style.font.size = Pt(size)
        if bold:
            style.font.bold = True
        if colour is not None:
            style.font.color.rgb = colour
    styles["Waymark Cell"].paragraph_format.line_spacing = 1.0
    styles["Waymark Sign"].paragraph_format.tab_stops.add_tab_stop(Cm(12))
    bullet = styles["List Bullet"].paragraph_format
    bullet.space_after = Pt(3)


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
    _fix_widths(table, (Cm(6.0), Cm(10.4)))
    left, right = table.rows[0].cells
    left.width, right.width = Cm(6.0), Cm(10.4)
    if head.logo:
        try:
            left.paragraphs[0].add_run().add_picture(
                io.BytesIO(head.logo), width=Cm(4.0)
            )
        except (UnrecognizedImageError, ValueError, KeyError):
            logger.warning("Letterhead logo is not an image Word can hold; left out")
    info = right.paragraphs[0]._p
    _set_style(info, "WaymarkLetterhead")
    _run(info, head.name, style="WaymarkOrg")
    lines = [*head.address_lines]
    contact = "  ·  ".join(x for x in (head.phone, head.email) if x)
    if contact:
        lines.append(contact)
    if head.website:
        lines.append(head.website)
    for line in lines:
        _run(_new_p(right._tc, "WaymarkLetterhead"), line)
    _set_style(first.paragraphs[0]._p, "WaymarkTight")

    later = section.header.paragraphs[0]._p
    _set_style(later, "WaymarkHeader")
    _run(later, f"{head.name}  ·  {letter.marking}")
    if letter.running_reference:
        # Every later page says which case it belongs to.
        _run(_new_p(section.header._element, "WaymarkHeader"), letter.running_reference)

    footer_bits = [x for x in (head.charity_number, head.footer_note) if x]
    for footer in (section.first_page_footer, section.footer):
        para = footer.paragraphs[0]._p
        _set_style(para, "WaymarkFooter")
        if footer_bits:
            _run(para, "  ·  ".join(footer_bits))
            para = _new_p(footer._element, "WaymarkFooter")
        _page_x_of_y(para)


def _page_x_of_y(p) -> None:
    from django.utils.translation import gettext as _

    words = _("Page {page} of {pages}")
    before, rest = words.split("{page}", 1)
    middle, after = rest.split("{pages}", 1)
    _run(p, before)
    _field(p, "PAGE")
    _run(p, middle)
    _field(p, "NUMPAGES")
    _run(p, after)


def _field(p, instruction: str) -> None:
    field = SubElement(p, qn("w:fldSimple"))
    field.set(qn("w:instr"), f" {instruction} ")
    _run(field, "1")


# Building runs and paragraphs as raw XML: python-docx's run API sets text one
# character at a time and looks properties up on every call, which dominated the
# time to render a letter.
_R, _RPR, _RSTYLE, _B, _T = (qn(t) for t in ("w:r", "w:rPr", "w:rStyle", "w:b", "w:t"))
_TAB, _BR, _VAL, _P, _PPR = (qn(t) for t in ("w:tab", "w:br", "w:val", "w:p", "w:pPr"))
_PSTYLE, _HIGHLIGHT = qn("w:pStyle"), qn("w:highlight")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _run(p, text: str, *, style: str | None = None, bold=False, highlight=False):
    """Append a run; newlines become line breaks and tabs become tabs."""
    r = SubElement(p, _R)
    if style or bold or highlight:
        props = SubElement(r, _RPR)
        if style:
            SubElement(props, _RSTYLE).set(_VAL, style)
        if bold:
            SubElement(props, _B)
        if highlight:
            SubElement(props, _HIGHLIGHT).set(_VAL, "yellow")
    for i, line in enumerate(xml_safe(text).split("\n")):
        if i:
            SubElement(r, _BR)
        for j, piece in enumerate(line.split("\t")):
            if j:
                SubElement(r, _TAB)
            if piece:
                t = SubElement(r, _T)
                t.text = piece
                t.set(_XML_SPACE, "preserve")
    return r


def _runs(p, text: Text) -> None:
    for seg in text:
        # Blanks carry their highlight directly: LibreOffice ignores it in styles.
        _run(p, seg.text, bold=seg.bold or seg.blank, highlight=seg.blank)


def _set_style(p, style_id: str) -> None:
    props = p.find(_PPR)
    if props is None:
        props = OxmlElement("w:pPr")
        p.insert(0, props)
    current = props.find(_PSTYLE)
    if current is None:
        current = OxmlElement("w:pStyle")
        # pStyle must be the first child of pPr.
        props.insert(0, current)
    current.set(_VAL, style_id)


def _new_p(parent, style_id: str | None = None):
    """A new paragraph at the end of `parent` (before the body's section settings)."""
    p = OxmlElement("w:p")
    if style_id:
        SubElement(SubElement(p, _PPR), _PSTYLE).set(_VAL, style_id)
    sect = parent.find(qn("w:sectPr"))
    if sect is not None:
        sect.addprevious(p)
    else:
        parent.append(p)
    return p


def _body_p(document, text: Text, style_id: str | None = None):
    p = _new_p(document.element.body, style_id)
    _runs(p, text)
    return p


def _block(document, block) -> None:
    if isinstance(block, Heading):
        _body_p(document, [Segment(block.text)], "Heading2")
    elif isinstance(block, Paragraph):
        _body_p(document, block.text)
    elif isinstance(block, Bullets):
        for item in block.items:
            _body_p(document, item, "ListBullet")
    elif isinstance(block, Table):
        _table(document, block)
    elif isinstance(block, Details):
        _details(document, block.rows)
    elif isinstance(block, SignatureLines):
        for label in block.labels:
            p = _body_p(document, [Segment(label)], "WaymarkSign")
            rule = _run(p, "\t")
            # The tab drawn underlined is the line to sign on.
            SubElement(SubElement(rule, _RPR), qn("w:u")).set(_VAL, "single")
            rule.insert(0, rule[-1])
    else:  # pragma: no cover - a new block type must be taught to the renderer
        raise TypeError(f"Cannot render {type(block).__name__}")


def _details(document, rows) -> None:
    table = document.add_table(rows=len(rows), cols=2)
    widths = (Cm(4.2), Cm(12.2))
    _fix_widths(table, widths)
    for row, (label, value) in zip(table.rows, rows, strict=True):
        label_cell, value_cell = row.cells
        label_cell.width, value_cell.width = widths
        label_p = label_cell._tc.p_lst[0]
        _set_style(label_p, "WaymarkCell")
        _run(label_p, label, bold=True)
        value_p = value_cell._tc.p_lst[0]
        _set_style(value_p, "WaymarkCell")
        _runs(value_p, value)
    _new_p(document.element.body, "WaymarkTight")


def _table(document, block: Table) -> None:
    table = document.add_table(rows=len(block.rows) + 1, cols=len(block.header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(block.widths)
    widths = [Cm(16.4 * w / total) for w in block.widths]
    _fix_widths(table, widths)
    header, *body = table.rows
    _repeat_header(header)
    for cell, label, width in zip(header.cells, block.header, widths, strict=True):
        cell.width = width
        _shade(cell, "E7E6E6")
        p = cell._tc.p_lst[0]
        _set_style(p, "WaymarkCell")
        _run(p, label, bold=True)
    for row, values in zip(body, block.rows, strict=True):
        for cell, value, width in zip(row.cells, values, widths, strict=True):
            cell.width = width
            p = cell._tc.p_lst[0]
            _set_style(p, "WaymarkCell")
            _runs(p, value)
    _new_p(document.element.body, "WaymarkTight")


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
