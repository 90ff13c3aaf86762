"""The report as an XLSX workbook, written as XML (openpyxl's, when a summary sheet is added).

The same table as the DOCX: title, header, section rows merged across,
agreement runs merged down, wrapped text, column widths, frozen and
print-repeated header, landscape A4 fitted to the page width.

Every text cell is written as a string (``data_type = "s"``) with Excel's
quote prefix, so «=…», «+…», «-», «@…» are shown as typed and never evaluated.
Merged ranges and page breaks are written as sheet XML beside the rows: openpyxl's
``merge_cells`` checks each new range against all earlier ones (quadratic on long
reports), and its serialiser costs a quarter of a second on 10,000 events' breaks.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.report import COLUMN_COUNT, EventRow, Report, ReportStyle, SectionRow
from ..domain.report_columns import column_widths_mm
from .files import ZIP_LEVEL, ExportError
from .xlsx_package import Alignment, CellStyles, Font, SheetSetup, write_package
from .xml_text import has_xml_special, xml_text

if TYPE_CHECKING:
    from ..domain.summary import Summary

__all__ = ["column_width_chars", "page_breaks", "save_xlsx"]

_PX_PER_MM = 96 / 25.4
_MM_PER_INCH = 25.4
_LETTERS = [chr(ord("A") + i) for i in range(COLUMN_COUNT)]  # eight columns: A to H
_EMPTY_SHEET_DATA = re.compile(r"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_HEADER_FOOTER_END = "</headerFooter>"  # row breaks follow it in a worksheet's schema order


def save_xlsx(report: Report, path: Path | str, style: ReportStyle | None = None,
              summary: Summary | None = None) -> Path:
    """The report on its sheet; with ``summary``, «Сводные данные» on a second sheet."""
    style = style or ReportStyle()
    font: Font = (style.font_name, style.table_font_size, False)
    bold: Font = (style.font_name, style.table_font_size, True)
    title_font: Font = (style.font_name, style.title_font_size, True)
    top: Alignment = ("left", "top")
    top_center: Alignment = ("center", "top")
    middle_center: Alignment = ("center", "center")
    # The workbook's default font is the report's: a column width is counted in digits of
    # that font, so Excel and LibreOffice (which lack Calibri here) agree on the sheet's
    # width, and it fits the page unscaled — the page breaks below count on that.
    styles = CellStyles(font)

    header_row = len(report.title_lines) + 2
    widths_mm = column_widths_mm(report, style)
    setup = SheetSetup(
        name="Отчет", header_row=header_row,
        column_widths=[column_width_chars(w, style.table_font_size) for w in widths_mm],
        margins_inch=(style.margin_left_mm / _MM_PER_INCH, style.margin_right_mm / _MM_PER_INCH,
                      style.margin_top_mm / _MM_PER_INCH, style.margin_bottom_mm / _MM_PER_INCH),
    )

    # The rows are written as sheet XML directly (inline strings, style ids resolved once
    # per combination), and the package around them too (xlsx_package): openpyxl's
    # per-cell objects and writer cost several seconds on 10,000 rows, its import a fifth
    # of a second on any.
    def sid(cell_font: Font, align: Alignment, framed: bool, quote: bool) -> int:
        return styles.id(cell_font, align, framed, quote)

    rows_xml: list[str] = []

    def add_row(row_no: int, cells: list[tuple[str, Font, Alignment, bool]],
                height: float | None = None) -> None:
        # An explicit height: LibreOffice keeps the default 15 pt for rows without one,
        # which hides wrapped text; Excel would fit them but cannot fit merged cells.
        ht = f' ht="{height:.1f}" customHeight="1"' if height else ""
        parts = [f'<row r="{row_no}"{ht}>']
        for col, (value, cell_font, align, framed) in zip(_LETTERS, cells, strict=False):
            quote = needs_text_mark(value)
            parts.append(_cell_xml(col, row_no, sid(cell_font, align, framed, quote), value))
        parts.append("</row>")
        rows_xml.append("".join(parts))

    aligns = [top_center, top, top, top_center, top, top, top, top]
    # An event cell's style id by column and quote prefix, looked up once: the same ids,
    # registered in the same order as the first cells that need them.
    event_ids: list[list[int]] = [[-1, -1] for _ in aligns]

    # A row's XML by which of its cells are empty (None) or quoted (True): one format call
    # per row instead of eight pieces. Its cells' style ids are registered when it is made,
    # in column order, as the first row that needs each of them would register them.
    row_templates: dict[tuple[bool | None, ...], str] = {}

    def event_row_template(quotes: tuple[bool | None, ...]) -> str:
        cells = []
        for col, quote in enumerate(quotes):
            style = event_ids[col][bool(quote)]
            if style < 0:
                style = event_ids[col][bool(quote)] = sid(font, aligns[col], True, bool(quote))
            cells.append(f'<c r="{_LETTERS[col]}{{0}}" s="{style}"/>' if quote is None else
                         f'<c r="{_LETTERS[col]}{{0}}" s="{style}" t="inlineStr"><is>'
                         f'<t xml:space="preserve">{{{col + 2}}}</t></is></c>')
        return '<row r="{0}" ht="{1:.1f}" customHeight="1">' + "".join(cells) + "</row>"

    def add_event_row(row_no: int, texts: list[str], height: float) -> None:
        quotes = tuple(needs_text_mark(value) if value else None for value in texts)
        template = row_templates.get(quotes)
        if template is None:
            template = row_templates[quotes] = event_row_template(quotes)
        # One scan of the row's texts: most rows have nothing to escape.
        if has_xml_special("".join(texts)):
            texts = [xml_text(value) for value in texts]
        rows_xml.append(template.format(row_no, height, *texts))

    merges: list[str] = []
    last_col = _LETTERS[-1]
    title_height = round(style.title_font_size * 1.5, 1)
    for row_no, line in enumerate(report.title_lines, start=1):
        add_row(row_no, [(line, title_font, middle_center, False)], title_height)
        merges.append(f"A{row_no}:{last_col}{row_no}")
    size = style.table_font_size
    measure = row_height_measure(widths_mm, size)
    header_height = row_height_pt(report.headers, widths_mm, size, bold=True)
    add_row(header_row, [(h, bold, middle_center, True) for h in report.headers], header_height)

    texts_of = [list(row.texts()) if isinstance(row, EventRow) else None for row in report.rows]
    heights = [SECTION_HEIGHT_PT if texts is None
               else measure(texts) if row.run_length <= 1  # type: ignore[union-attr]
               else measure([texts[0], "", *texts[2:]])  # a merged agreement cell spans its run
               for row, texts in zip(report.rows, texts_of, strict=True)]
    preamble = title_height * len(report.title_lines) + BLANK_ROW_PT + header_height
    page_pt = _page_height_pt(style)
    # A spreadsheet row cannot continue on the next page: one taller than a page (with
    # the header and two headings above it) is printed cut at the page's foot anyway, so
    # it is cut there on screen too rather than pushed off its page, stranding its heading.
    tallest = page_pt - header_height - 2 * SECTION_HEIGHT_PT
    heights = [min(h, tallest) for h in heights]
    breaks = page_breaks(report, heights, page_pt, header_height, preamble)
    break_rows = [header_row + index for index in sorted(breaks)]  # after the row above

    run_start, run_text = 0, ""
    for index, row in enumerate(report.rows):
        row_no = header_row + 1 + index
        if isinstance(row, EventRow):
            texts = texts_of[index]
            assert texts is not None
            if max(map(len, texts)) > EXCEL_CELL_LIMIT:
                _refuse_over_cell_limit(row, texts, report.headers)
            if row.starts_run:
                run_start, run_text = row_no, texts[1]
            elif index in breaks:
                # A run continued on a new page: its merge restarts with the agreement
                # printed again, as the PDF does, instead of an empty cell.
                run_start, texts[1] = row_no, run_text
            add_event_row(row_no, texts, heights[index])
            last_of_run = index + 1 == len(report.rows) or index + 1 in breaks or (
                not (isinstance(nxt := report.rows[index + 1], EventRow) and not nxt.starts_run))
            if last_of_run and row_no > run_start:
                merges.append(f"B{run_start}:B{row_no}")
        else:
            add_row(row_no, [(row.text, bold, middle_center, True)]
                    + [("", bold, middle_center, True)] * (COLUMN_COUNT - 1), heights[index])
            merges.append(f"A{row_no}:{last_col}{row_no}")

    merge_xml = "".join([f'<mergeCells count="{len(merges)}">',
                         *(f'<mergeCell ref="{ref}"/>' for ref in merges), "</mergeCells>"])
    breaks_xml = "".join([f'<rowBreaks count="{len(break_rows)}" '
                          f'manualBreakCount="{len(break_rows)}">',
                          *(f'<brk id="{r}" min="0" max="16383" man="1"/>' for r in break_rows),
                          "</rowBreaks>"]) if break_rows else ""
    write = write_package if summary is None else functools.partial(
        _write_with_openpyxl, summary=summary, style=style)
    write(path, setup, styles, report.title, rows_xml, "</sheetData>" + merge_xml, breaks_xml,
          ZIP_LEVEL, _ROWS_PER_WRITE)
    return Path(path)


def _write_with_openpyxl(path: Path | str, setup: SheetSetup, styles: CellStyles, title: str,
                         rows_xml: list[str], after_rows: str, breaks_xml: str,
                         rows_compresslevel: int, rows_per_write: int,
                         summary: Summary | None = None, style: ReportStyle | None = None
                         ) -> None:
    """``write_package``'s workbook made by openpyxl, with «Сводные данные» (made by
    openpyxl too) on a second sheet when ``summary`` is given."""
    from openpyxl import Workbook
    from openpyxl import styles as xl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils.indexed_list import IndexedList
    from openpyxl.worksheet.page import PageMargins

    def xl_font(font: Font) -> xl.Font:
        name, size, bold = font
        return xl.Font(name=name, size=size, bold=True) if bold else xl.Font(name=name, size=size)

    wb = Workbook(write_only=True)
    wb._fonts = IndexedList([xl_font(styles.fonts[0])])
    ws = wb.create_sheet(setup.name)
    thin = xl.Side(style="thin")
    border = xl.Border(left=thin, right=thin, top=thin, bottom=thin)
    for expected, (font, (horizontal, vertical), framed, quote) in enumerate(
            styles.formats, start=1):
        c = WriteOnlyCell(ws)
        c.font = xl_font(font)
        c.alignment = xl.Alignment(wrap_text=True, vertical=vertical, horizontal=horizontal)
        if framed:
            c.border = border
        c.quotePrefix = quote
        if wb._cell_styles.add(c._style) != expected:
            raise RuntimeError("openpyxl numbered the cell formats differently")

    # A streaming sheet writes its top (views, columns, page fit) at the first row.
    ws.freeze_panes = f"A{setup.header_row + 1}"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for letter, width in zip(_LETTERS, setup.column_widths, strict=True):
        ws.column_dimensions[letter].width = width
    ws.print_title_rows = f"{setup.header_row}:{setup.header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    left, right, top, bottom = setup.margins_inch
    ws.page_margins = PageMargins(left=left, right=right, top=top, bottom=bottom,
                                  header=0.3, footer=0.3)
    ws.oddHeader.center.text = "&P"  # page numbers at the top centre …
    ws.HeaderFooter.differentFirst = True  # … from page two
    wb.properties.title = title
    if summary is not None:
        from .summary_xlsx import add_summary_sheet

        add_summary_sheet(wb, summary, style)
    buffer = io.BytesIO()
    wb.save(buffer)
    _splice_rows(buffer, path, rows_xml, after_rows, breaks_xml, rows_compresslevel,
                 rows_per_write)


def needs_text_mark(value: str) -> bool:
    """Whether Excel or LibreOffice could take ``value`` for a formula: such a cell gets the
    quote prefix. «=», «+», «-», «@» start a formula when typed; a leading tab or CR does
    after a paste. The characters are written here, not in a module constant, so that
    mutation testing (which leaves module constants alone) reaches each of them."""
    return value.startswith(("=", "+", "-", "@", "\t", "\r", "\x00"))


def _cell_xml(letter: str, row_no: int, style: int, value: str) -> str:
    if value:
        # always a string, never a formula, whatever the text starts with
        return (f'<c r="{letter}{row_no}" s="{style}" t="inlineStr"><is>'
                f'<t xml:space="preserve">{xml_text(value)}</t></is></c>')
    return f'<c r="{letter}{row_no}" s="{style}"/>'


#: Excel keeps at most this many characters in a cell; the rest is cut off when opened.
EXCEL_CELL_LIMIT = 32_767


def _refuse_over_cell_limit(row: EventRow, texts: list[str], headers: list[str]) -> None:
    """Refuse rather than split: a split cell would break the row the report is made of."""
    for text, header in zip(texts, headers, strict=False):
        if len(text) > EXCEL_CELL_LIMIT:
            title = " ".join(row.title.split())
            title = title if len(title) <= 80 else title[:79] + "…"
            column = " ".join(header.split())[:60]
            letters = f"{len(text):,}".replace(",", " ")
            raise ExportError(
                f"Мероприятие № {row.number} «{title}»: в графе «{column}» {letters} знаков, "
                "а Excel помещает в ячейку не больше 32 767. Сократите текст этого "
                "мероприятия или выгрузите отчёт в DOCX или PDF."
            )


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
            if len(text) <= cap:
                if "\n" not in text:
                    continue
                count = text.count("\n") + 1  # short lines, one each
            elif "\n" in text:
                count = sum((len(part) + cap - 1) // cap or 1 for part in text.split("\n"))
            else:  # one paragraph, longer than a line: no split, no generator
                count = (len(text) + cap - 1) // cap
            if count > lines:
                lines = count
        # Excel's largest row height; a taller row is cut there in any spreadsheet program.
        return min(round(lines * line_pt + 3, 1), 409.0)

    return measure


def column_width_chars(width_mm: float, size_pt: float) -> float:
    """A column ``width_mm`` wide in Excel's unit: digits of the default font, plus the
    5 px of cell padding Excel adds (at 96 px per inch; a Times digit is half an em)."""
    digit_px = max(1, round(size_pt * 96 / 72 / 2))
    return round(max(1.0, (width_mm * _PX_PER_MM - 5) / digit_px), 2)


SECTION_HEIGHT_PT = 18.0
BLANK_ROW_PT = 15.0  # the empty row between the title and the table
_PT_PER_MM = 72 / _MM_PER_INCH
# Room kept free on each page: a spreadsheet program measures rows a little
# differently, and a break it adds itself would leave a near-empty page after ours.
_PAGE_SLACK = 0.96


def _page_height_pt(style: ReportStyle) -> float:
    # The sheet is scaled to the page width, never up: its columns add up to a little
    # less than the printable width, so rows print at their own height.
    return style.text_height_mm * _PT_PER_MM * _PAGE_SLACK


def page_breaks(report: Report, heights: list[float], page_pt: float, header_pt: float,
                first_page_used: float) -> set[int]:
    """Indexes into ``report.rows`` of the rows that start a new page. A spreadsheet row
    cannot split, so a row that does not fit moves whole; a section row moves with the
    row after it, so a heading never ends a page."""
    breaks: set[int] = set()
    used = first_page_used
    rows = report.rows
    index = 0
    while index < len(rows):
        # A heading and the headings right after it go with the next numbered row.
        end = index
        while end < len(rows) and isinstance(rows[end], SectionRow):
            end += 1
        last = min(end, len(rows) - 1)
        need = heights[index] if last == index else sum(heights[index:last + 1])
        fresh = used <= header_pt + 1e-6 or index == 0
        if used + need > page_pt and not fresh:
            breaks.add(index)
            used = header_pt
        used += need
        index = last + 1
    return breaks


def _splice_rows(buffer: io.BytesIO, path: Path | str, rows_xml: list[str], after_rows: str,
                 breaks_xml: str, rows_compresslevel: int, rows_per_write: int) -> None:
    """Copy the workbook to ``path`` with the report sheet's empty sheetData replaced by
    its rows (and ``after_rows``: the closing tag and the merges), and ``breaks_xml`` put
    after its header and footer. The rows are streamed into the zip in batches: on 10,000
    events the sheet is 12 MB, and every whole copy of it costs time and memory."""
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            item.compress_type = zipfile.ZIP_DEFLATED
            if item.filename != "xl/worksheets/sheet1.xml":  # the report's; others are whole
                dst.writestr(item, data)
                continue
            text = data.decode("utf-8")
            found = _EMPTY_SHEET_DATA.search(text)
            if found is None or text.count(_HEADER_FOOTER_END) != 1:
                raise RuntimeError("openpyxl wrote an unexpected sheet layout")
            tail = text[found.end():].replace(_HEADER_FOOTER_END, _HEADER_FOOTER_END + breaks_xml)
            # Level 3 for the rows: 17 MB of sheet XML on 10,000 events compress in under
            # half the default level's time, the file 40 % larger (900 KB).
            dst.compresslevel = rows_compresslevel  # for entries opened by name
            with dst.open(item.filename, "w") as sheet:
                sheet.write(f"{text[:found.start()]}<sheetData>".encode())
                for start in range(0, len(rows_xml), rows_per_write):
                    sheet.write("".join(rows_xml[start:start + rows_per_write]).encode())
                sheet.write(f"{after_rows}{tail}".encode())


_ROWS_PER_WRITE = 1000
