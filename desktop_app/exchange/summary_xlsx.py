"""The summary in Excel: the report workbook's second sheet «Сводные данные», or a book
of its own. The tables stand one under another, with a blank row between them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..domain.report import ReportStyle
from ..domain.summary import APPENDIX_TITLE, Summary
from .summary_table import GAP_FILL, summary_table
from .xlsx_report import needs_text_mark

__all__ = ["SHEET_TITLE", "add_summary_sheet", "save_summary_xlsx"]

SHEET_TITLE = APPENDIX_TITLE
_MM_PER_CHAR = 2.0


def add_summary_sheet(wb: Workbook, summary: Summary, style: ReportStyle | None = None) -> None:
    """Add the sheet to a write-only workbook (the report's is one)."""
    style = style or ReportStyle()
    ws = wb.create_sheet(SHEET_TITLE)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=style.font_name, size=style.table_font_size)
    bold = Font(name=style.font_name, size=style.table_font_size, bold=True)
    title_font = Font(name=style.font_name, size=style.title_font_size, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    gap = PatternFill("solid", fgColor=GAP_FILL)

    # The widest table (the agreements') sets the columns for all of them.
    widths = [0.0] * 6
    for kind, _title, rows in summary.sections():
        header, _lines = summary_table(summary, kind, rows)
        for i, column in enumerate(header):
            widths[i] = max(widths[i], column.width_mm)
    for i, width in enumerate(widths, start=1):
        if width:
            ws.column_dimensions[get_column_letter(i)].width = round(width / _MM_PER_CHAR, 1)

    def cell(value: object, cell_font: Font, *, framed: bool = True,
             fill: PatternFill | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=value)
        c.font, c.alignment = cell_font, wrap
        if isinstance(value, str) and needs_text_mark(value):
            c.data_type = "s"  # openpyxl takes «=…» for a formula; a title is text
            c.quotePrefix = True
        if framed:
            c.border = border
        if fill is not None:
            c.fill = fill
        return c

    ws.append([cell(APPENDIX_TITLE, title_font, framed=False)])
    subtitle = summary.title.removeprefix(APPENDIX_TITLE).strip()
    ws.append([cell(f"{subtitle}. Всего мероприятий: {summary.total}", font, framed=False)])
    for kind, section_title, rows in summary.sections():
        ws.append([])
        ws.append([cell(section_title, bold, framed=False)])
        header, lines = summary_table(summary, kind, rows)
        ws.append([cell(c.title, bold) for c in header])
        for row, texts in zip(rows, lines, strict=True):
            fill = gap if row.is_gap else None
            ws.append([
                cell(int(text) if column.numeric and text else text, font, fill=fill)
                for column, text in zip(header, texts, strict=True)
            ])
    if summary.without_agreement:
        ws.append([])
        ws.append([cell(f"Мероприятий без соглашения: {summary.without_agreement}", font,
                        framed=False)])
    ws.page_setup.paperSize = "9"  # A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def save_summary_xlsx(summary: Summary, path: Path | str, style: ReportStyle | None = None) -> Path:
    wb = Workbook(write_only=True)
    add_summary_sheet(wb, summary, style)
    wb.properties.title = summary.title
    wb.save(str(path))
    return Path(path)
