"""The report as an XLSX workbook (openpyxl for the workbook, rows written as sheet XML).

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

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

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
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")
# A bare CR would be read back as LF (XML end-of-line handling); a character reference keeps it.
_XML_TEXT_ENTITIES = {"\r": "&#13;"}
_LETTERS = [get_column_letter(i) for i in range(1, COLUMN_COUNT + 1)]
_EMPTY_SHEET_DATA = re.compile(r"<sheetData\s*/>|<sheetData>\s*</sheetData>")


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

    # The rows are written as sheet XML directly (inline strings, style ids resolved once
    # per combination) and spliced into the file openpyxl writes for everything else:
    # openpyxl's per-cell objects and writer cost several seconds on 10,000 rows.
    style_ids: dict[tuple[int, int, bool, bool], int] = {}

    def sid(cell_font: Font, align: Alignment, framed: bool, quote: bool) -> int:
        key = (id(cell_font), id(align), framed, quote)
        if key not in style_ids:
            c = WriteOnlyCell(ws)
            c.font, c.alignment = cell_font, align
            if framed:
                c.border = border
            c.quotePrefix = quote
            style_ids[key] = wb._cell_styles.add(c._style)
        return style_ids[key]

    rows_xml: list[str] = []

    widths_mm = style.column_widths_mm()

    def add_row(row_no: int, cells: list[tuple[str, Font, Alignment, bool]],
                height: float | None = None) -> None:
        # An explicit height: LibreOffice keeps the default 15 pt for rows without one,
        # which hides wrapped text; Excel would fit them but cannot fit merged cells.
        ht = f' ht="{height:.1f}" customHeight="1"' if height else ""
        parts = [f'<row r="{row_no}"{ht}>']
        for col, (value, cell_font, align, framed) in zip(_LETTERS, cells, strict=False):
            quote = value.startswith(_FORMULA_START)
            style = sid(cell_font, align, framed, quote)
            if value:
                # always a string, never a formula, whatever the text starts with
                parts.append(f'<c r="{col}{row_no}" s="{style}" t="inlineStr"><is>'
                             f'<t xml:space="preserve">{escape(value, _XML_TEXT_ENTITIES)}</t></is></c>')
            else:
                parts.append(f'<c r="{col}{row_no}" s="{style}"/>')
        parts.append("</row>")
        rows_xml.append("".join(parts))

    merges: list[CellRange] = []
    last_col = get_column_letter(COLUMN_COUNT)
    for row_no, line in enumerate(report.title_lines, start=1):
        add_row(row_no, [(line, title_font, middle_center, False)])
        merges.append(CellRange(f"A{row_no}:{last_col}{row_no}"))
    size = style.table_font_size
    measure = row_height_measure(widths_mm, size)
    add_row(header_row, [(h, bold, middle_center, True) for h in report.headers],
            row_height_pt(report.headers, widths_mm, size, bold=True))

    aligns = [top_center, top, top, top_center, top, top, top, top]
    row_no = header_row
    for row in report.rows:
        row_no += 1
        if isinstance(row, EventRow):
            texts = row.texts()
            # A merged agreement cell spreads over its run: it sets no single row's height.
            measured = [t if i != 1 or row.run_length == 1 else "" for i, t in enumerate(texts)]
            add_row(row_no, [(t, font, a, True) for t, a in zip(texts, aligns, strict=True)],
                    measure(measured))
            if row.run_length > 1:
                merges.append(CellRange(min_col=2, max_col=2, min_row=row_no,
                                        max_row=row_no + row.run_length - 1))
        else:
            add_row(row_no, [(row.text, bold, middle_center, True)]
                    + [("", bold, middle_center, True)] * (COLUMN_COUNT - 1))
            merges.append(CellRange(min_col=1, max_col=COLUMN_COUNT, min_row=row_no,
                                    max_row=row_no))
    # Straight into the set: MultiCellRange.add compares each range with all earlier ones.
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
    buffer = io.BytesIO()
    wb.save(buffer)
    _splice_rows(buffer, path, "".join(rows_xml))
    return Path(path)


# Average width of a Cyrillic letter in Times New Roman, in mm per point of size.
_LETTER_MM_PER_PT = 0.155
_LINE_PT_PER_PT = 1.2


def row_height_pt(texts: list[str], widths_mm: list[float], size: float, bold: bool = False) -> float:
    """A row tall enough for its wrapped cells (an estimate: no font metrics here)."""
    return row_height_measure(widths_mm, size, bold)(texts)


def row_height_measure(
    widths_mm: list[float], size: float, bold: bool = False
) -> Callable[[list[str]], float]:
    """``row_height_pt`` with the per-column work done once, for thousands of rows."""
    letter = _LETTER_MM_PER_PT * size * (1.08 if bold else 1.0)
    # Words wrap whole, so a line holds a little less than its letters' worth.
    per_line = [max(4, int((w - 2) / letter / 1.1)) for w in widths_mm]
    line_pt = size * _LINE_PT_PER_PT

    def measure(texts: list[str]) -> float:
        lines = 1
        for text, cap in zip(texts, per_line, strict=False):
            if len(text) <= cap and "\n" not in text:
                continue
            count = sum((len(part) + cap - 1) // cap or 1 for part in text.split("\n"))
            if count > lines:
                lines = count
        # Excel's largest row height; a taller row is cut there in any spreadsheet program.
        return min(round(lines * line_pt + 3, 1), 409.0)

    return measure


def _splice_rows(buffer: io.BytesIO, path: Path | str, rows_xml: str) -> None:
    """Copy the workbook to ``path`` with the sheet's empty sheetData filled with our rows."""
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                text = data.decode("utf-8")
                text, count = _EMPTY_SHEET_DATA.subn(
                    lambda _m: f"<sheetData>{rows_xml}</sheetData>", text, count=1)
                if count != 1:
                    raise RuntimeError("openpyxl wrote an unexpected sheet layout")
                data = text.encode("utf-8")
            dst.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
