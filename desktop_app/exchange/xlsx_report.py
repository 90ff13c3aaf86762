"""The report as an XLSX workbook (openpyxl, streaming write).

The same table as the DOCX: title, header, section rows merged across,
agreement runs merged down, wrapped text, column widths, frozen and
print-repeated header, landscape A4 fitted to the page width.

Every text cell is written as a string (``data_type = "s"``) with Excel's
quote prefix, so «=…», «+…», «-», «@…» are shown as typed and never evaluated.
Merged ranges go straight into the sheet's set of ranges: openpyxl's
``merge_cells`` checks each new range against all earlier ones, which is
quadratic on long reports.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.page import PageMargins

from ..domain.report import COLUMN_COUNT, EventRow, Report, ReportStyle

__all__ = ["save_xlsx", "MM_PER_CHAR"]

MM_PER_CHAR = 2.0  # an Excel column-width unit is about one digit: ~2 mm in 12 pt
_MM_PER_INCH = 25.4
_FORMULA_START = ("=", "+", "-", "@", "\t", "\x00")


def save_xlsx(report: Report, path: Path | str, style: ReportStyle | None = None) -> Path:
    style = style or ReportStyle()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Отчет")
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name=style.font_name, size=style.table_font_size)
    bold = Font(name=style.font_name, size=style.table_font_size, bold=True)
    title_font = Font(name=style.font_name, size=style.title_font_size, bold=True)
    top = Alignment(wrap_text=True, vertical="top", horizontal="left")
    top_center = Alignment(wrap_text=True, vertical="top", horizontal="center")
    middle_center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    # A streaming sheet writes its top (views, columns, page fit) at the first row.
    header_row = len(report.title_lines) + 2
    ws.freeze_panes = f"A{header_row + 1}"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for i, width in enumerate(style.column_widths_mm(), start=1):
        ws.column_dimensions[get_column_letter(i)].width = round(width / MM_PER_CHAR, 1)

    def cell(value: str, cell_font: Font, align: Alignment, framed: bool = True) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=value or None)
        if value:
            c.data_type = "s"  # never a formula, whatever the text starts with
            if value.startswith(_FORMULA_START):
                c.quotePrefix = True
        c.font, c.alignment = cell_font, align
        if framed:
            c.border = border
        return c

    merges: list[CellRange] = []
    last_col = get_column_letter(COLUMN_COUNT)
    for line in report.title_lines:
        row_no = len(merges) + 1
        ws.append([cell(line, title_font, middle_center, framed=False)])
        merges.append(CellRange(f"A{row_no}:{last_col}{row_no}"))
    ws.append([])
    ws.append([cell(h, bold, middle_center) for h in report.headers])

    row_no = header_row
    for row in report.rows:
        row_no += 1
        if isinstance(row, EventRow):
            texts = row.texts()
            aligns = [top_center, top, top, top_center, top, top, top, top]
            ws.append([cell(t, font, a) for t, a in zip(texts, aligns, strict=True)])
            if row.run_length > 1:
                merges.append(CellRange(min_col=2, max_col=2, min_row=row_no,
                                        max_row=row_no + row.run_length - 1))
        else:
            blanks = [cell("", bold, middle_center) for _ in range(COLUMN_COUNT - 1)]
            ws.append([cell(row.text, bold, middle_center), *blanks])
            merges.append(CellRange(min_col=1, max_col=COLUMN_COUNT, min_row=row_no,
                                    max_row=row_no))
    ws.merged_cells.ranges.update(merges)

    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins = PageMargins(
        left=style.margin_left_mm / _MM_PER_INCH, right=style.margin_right_mm / _MM_PER_INCH,
        top=style.margin_top_mm / _MM_PER_INCH, bottom=style.margin_bottom_mm / _MM_PER_INCH,
        header=0.3, footer=0.3,
    )
    ws.oddHeader.center.text = "&P"  # page numbers at the top centre …
    ws.HeaderFooter.differentFirst = True  # … from page two
    wb.properties.title = report.title
    wb.save(str(path))
    return Path(path)
