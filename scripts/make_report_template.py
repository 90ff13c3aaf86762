"""Make resources/templates/report_template.docx, the report's default template.

Run: .venv/bin/python scripts/make_report_template.py

What a template holds (a region may make its own in Word on the same plan):
* paragraphs whose whole text is a marker: «{title}», «{period}» (the two
  title lines), «{signature}», «{executor}» (removed when not set);
* the first table: row 1 is the header (its texts are replaced by the report's),
  row 2 the prototype of a section row (one cell spanning the table), row 3 the
  prototype of a numbered row; their paragraph and run formatting is copied;
* page setup, header with the page number (from page two), fonts.
The renderer applies the font, sizes, margins and column widths of the
settings over it, so those are only defaults here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from desktop_app.domain.report import HEADERS, ReportStyle  # noqa: E402
from desktop_app.exchange.docx_metadata import set_metadata  # noqa: E402
from desktop_app.paths import APP_NAME  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "templates" / "report_template.docx"


def set_fonts(rpr_owner, name: str) -> None:
    rpr = rpr_owner.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def page_field(paragraph) -> None:
    """A PAGE field as Word writes it (begin / instrText / separate / result / end)."""
    def add(tag: str, **attrs: str):
        run = paragraph.add_run()
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        run._r.append(el)
        return el

    add("w:fldChar", **{"w:fldCharType": "begin"})
    instr = add("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = " PAGE "
    add("w:fldChar", **{"w:fldCharType": "separate"})
    paragraph.add_run("2")
    add("w:fldChar", **{"w:fldCharType": "end"})


def row_flags(row, *, header: bool = False) -> None:
    """Only the header row is kept whole (and repeated); the renderer decides per row."""
    if header:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        tr_pr.append(OxmlElement("w:tblHeader"))


def cell_text(cell, text: str, *, bold: bool = False, center: bool = False,
              size: float = 12) -> None:
    para = cell.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def main() -> Path:
    style = ReportStyle()
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = style.font_name
    normal.font.size = Pt(style.table_font_size)
    set_fonts(normal.element, style.font_name)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    # Russian text, hyphenated by the reader as a clerk's Word would: narrow columns
    # then break «мероприя-тия» at a syllable instead of anywhere.
    lang = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    lang.set(qn("w:val"), "ru-RU")
    lang.set(qn("w:eastAsia"), "ru-RU")
    tab_stop = doc.settings.element.find(qn("w:defaultTabStop"))
    tab_stop.addnext(OxmlElement("w:autoHyphenation"))

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(style.margin_left_mm), Mm(style.margin_right_mm)
    section.top_margin, section.bottom_margin = Mm(style.margin_top_mm), Mm(style.margin_bottom_mm)
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True
    # An explicit empty first-page header: no number on the title page in any reader.
    section.first_page_header.is_linked_to_previous = False
    header_para = section.header.paragraphs[0]
    header_para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(header_para)

    for marker in ("{title}", "{period}"):
        para = doc.add_paragraph() if marker == "{period}" else doc.paragraphs[0] \
            if doc.paragraphs else doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(marker)
        run.bold = True
        run.font.size = Pt(style.title_font_size)
    doc.add_paragraph().paragraph_format.space_after = Pt(6)

    table = doc.add_table(rows=3, cols=len(HEADERS))
    table.style = doc.styles["Table Grid"]
    widths = style.column_widths_mm()
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)
    for cell, text in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_text(cell, text, bold=True, center=True)
    row_flags(table.rows[0], header=True)

    section_cell = table.cell(1, 0).merge(table.cell(1, len(HEADERS) - 1))
    for para in section_cell.paragraphs[1:]:
        para._p.getparent().remove(para._p)
    cell_text(section_cell, "{section}", bold=True, center=True)
    row_flags(table.rows[1])

    for i, cell in enumerate(table.rows[2].cells):
        cell_text(cell, "{cell}", center=i in (0, 3))
    row_flags(table.rows[2])

    doc.add_paragraph()
    for marker, size in (("{signature}", style.table_font_size), ("{executor}", 10)):
        para = doc.add_paragraph()
        para.add_run(marker).font.size = Pt(size)

    # No python-docx defaults (2013, «generated by python-docx», Mac Word, a blank
    # thumbnail, a stale stylesWithEffects.xml); each export writes its own again.
    set_metadata(doc, "Отчет о реализации соглашений в сфере межрегионального сотрудничества",
                 author=APP_NAME)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(OUT))
    return OUT


if __name__ == "__main__":
    print(main())
