"""The summary in Word: the report's appendix «Сводные данные», or a document of its own.

Each count table is small (tens of rows), so python-docx's own table API is used;
borders are set on each table, since a region's template need not have a grid style.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt

from ..domain.report import ReportStyle
from ..domain.summary import APPENDIX_TITLE, CountRow, Summary, SummaryKind
from .summary_table import GAP_FILL, summary_table

__all__ = ["APPENDIX_TITLE", "add_summary_appendix", "save_summary_docx"]



def _borders(table: object) -> None:
    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _shade(cell: object, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)  # type: ignore[attr-defined]


def _row_flags(row: object, *, header: bool = False) -> None:
    """Rows are never split across pages; the header row repeats on each page."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    for tag in ("w:cantSplit", "w:tblHeader") if header else ("w:cantSplit",):
        tr_pr.append(OxmlElement(tag))


def _text_width(doc: DocxDocument) -> Emu:
    section = doc.sections[-1]
    if section.page_width is None:  # a template without page size: A4 portrait
        return Emu(Mm(170))
    return Emu(section.page_width - (section.left_margin or 0) - (section.right_margin or 0))


def _write(cell: object, text: str, style: ReportStyle, *, bold: bool = False,
           right: bool = False) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.name = style.font_name
    run.font.size = Pt(style.table_font_size)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _add_table(doc: DocxDocument, summary: Summary, kind: SummaryKind, title: str,
               rows: tuple[CountRow, ...], style: ReportStyle) -> None:
    heading = doc.add_paragraph()
    heading.paragraph_format.space_before = Pt(8)
    heading.paragraph_format.keep_with_next = True  # a title never ends a page alone
    run = heading.add_run(title)
    run.bold = True
    run.font.size = Pt(style.table_font_size)
    header, lines = summary_table(summary, kind, rows)
    table = doc.add_table(rows=1 + len(lines), cols=len(header))
    _borders(table)
    table.autofit = False
    # The planned widths, shrunk to the page when they would not fit.
    planned = [Mm(c.width_mm) for c in header]
    scale = min(1.0, _text_width(doc) / sum(planned))
    widths = [Emu(int(w * scale)) for w in planned]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid, which LibreOffice follows
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width  # each cell, which Word follows
    for i, row in enumerate(table.rows):
        _row_flags(row, header=i == 0)
    numeric = [h.numeric for h in header]
    for col, column in enumerate(header):
        _write(table.rows[0].cells[col], column.title, style, bold=True)
    for row_no, (row, texts) in enumerate(zip(rows, lines, strict=True), start=1):
        cells = table.rows[row_no].cells
        for col, text in enumerate(texts):
            _write(cells[col], text, style, right=numeric[col])
            if row.is_gap:
                _shade(cells[col], GAP_FILL)


def add_summary_appendix(doc: DocxDocument, summary: Summary, style: ReportStyle | None = None,
                         *, new_page: bool = True) -> None:
    """Append «Сводные данные» (on a new page after a report) to a document."""
    style = style or ReportStyle()
    title = doc.add_paragraph()
    if new_page:
        title.add_run().add_break(WD_BREAK.PAGE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(APPENDIX_TITLE)
    run.bold = True
    run.font.size = Pt(style.title_font_size)
    subtitle = doc.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    text = summary.title.removeprefix(APPENDIX_TITLE).strip()
    text += f". Всего мероприятий: {summary.total}"
    if summary.previous_period is not None:
        text += f" (год назад, {summary.previous_period.title}: {summary.previous_total})"
    subtitle.add_run(text).font.size = Pt(style.table_font_size)
    for kind, section_title, rows in summary.sections():
        _add_table(doc, summary, kind, section_title, rows, style)
    if summary.without_agreement:
        doc.add_paragraph(f"Мероприятий без соглашения: {summary.without_agreement}")


def save_summary_docx(summary: Summary, path: Path | str, style: ReportStyle | None = None) -> Path:
    style = style or ReportStyle()
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = style.font_name
    normal.font.size = Pt(style.table_font_size)
    add_summary_appendix(doc, summary, style, new_page=False)
    doc.core_properties.title = summary.title
    doc.save(str(path))
    return Path(path)
