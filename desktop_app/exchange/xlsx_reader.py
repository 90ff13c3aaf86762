"""Reading a report table of the same shape from an XLSX (openpyxl).

Merged cells become spans (section rows across the table) and
"continues above" cells (agreement cells merged down); wrapped text keeps its
line breaks. Rows above the header are the title. Every sheet that has the
report's header is read, in order, as parts of one table.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .docx_reader import period_from, shape_error
from .report_file import ImportFileError, open_zip, read_member
from .safety import ReadBudget, UnsafeFile, sheet_values, unpacked_size
from .table_rows import (
    GridCell,
    ReportTable,
    RowCollector,
    TableShapeError,
    clean_text,
    fill_agreement_from_title,
    header_columns,
)


def _lines(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.strftime("%d.%m.%Y")
    return str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _merges(ws) -> tuple[dict[tuple[int, int], int], set[tuple[int, int]], set[tuple[int, int]]]:
    """Spans of merged top-left cells, cells covered to the right, cells covered below."""
    spans: dict[tuple[int, int], int] = {}
    right: set[tuple[int, int]] = set()
    below: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        spans[(rng.min_row, rng.min_col)] = rng.max_col - rng.min_col + 1
        for r in range(rng.min_row, min(rng.max_row, ws.max_row) + 1):
            for c in range(rng.min_col, min(rng.max_col, ws.max_column) + 1):
                if (r, c) == (rng.min_row, rng.min_col):
                    continue
                if r > rng.min_row and c == rng.min_col:
                    below.add((r, c))
                    spans[(r, c)] = rng.max_col - rng.min_col + 1
                else:
                    right.add((r, c))
    return spans, right, below


def _grid_rows(ws, budget: ReadBudget) -> list[list[GridCell]]:
    spans, right, below = _merges(ws)
    grid = sheet_values(ws, budget)
    # sheet_values ends a row at its last value; a row with any value is padded to the
    # table's width (merged cells included), as openpyxl's rectangle had it, while an
    # empty row stays empty, so a far-away empty cell still costs nothing.
    width = max([len(v) for v in grid] + [c for _r, c in below], default=0)
    rows = []
    for r, values in enumerate(grid, 1):
        if values:
            values = tuple(values) + (None,) * (width - len(values))
        cells = []
        for c, value in enumerate(values, 1):
            if (r, c) in right:
                continue
            cells.append(
                GridCell(_lines(value), c - 1, spans.get((r, c), 1), continues_above=(r, c) in below)
            )
        rows.append(cells)
    return rows


# openpyxl makes an object for every cell of a merged range and of the used area;
# a hostile «A1:XFD1048576» would take hours. A real report is far smaller.
MAX_SHEET_CELLS = 5_000_000
_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')
_TOO_BIG = "таблица на листе слишком велика (похоже на повреждённый файл)."


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _check_merges(path: Path) -> None:
    """Refuse merged ranges out of all proportion, before openpyxl expands them."""
    with open_zip(path) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            data = read_member(archive, name, path) or b""
            covered = 0  # summed too: many ranges each under the cap are billions together
            for m in _MERGE_RE.finditer(data):
                rows = abs(int(m.group(4)) - int(m.group(2))) + 1
                cols = abs(_column_number(m.group(3)) - _column_number(m.group(1))) + 1
                covered += rows * cols
                if covered > MAX_SHEET_CELLS:
                    raise ImportFileError(path, _TOO_BIG)


def read_xlsx(path: Path | str, columns: dict[int, str] | None = None,
              remembered: dict[str, dict[int, str]] | None = None) -> ReportTable:
    """The report table of a workbook: every sheet with a report header, in order.

    A workbook without a recognised header is read from its fullest sheet (a
    second sheet of reference lists is left alone), so that ``columns`` — or
    the refusal naming the header — applies to the table itself.
    """
    path = Path(path)
    _check_merges(path)  # also the zip checks, before openpyxl unpacks anything
    try:
        from openpyxl import load_workbook

        # From an open file: openpyxl refuses a path not ending in .xlsx/.xlsm, and a
        # workbook renamed .xls (or saved without an extension) is a workbook all the same.
        with path.open("rb") as stream:
            workbook = load_workbook(stream, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportFileError(path, f"книга Excel не читается ({type(exc).__name__}).") from None
    except Exception as exc:  # openpyxl raises its own classes for broken parts
        raise ImportFileError(path, f"книга Excel повреждена ({type(exc).__name__}).") from None
    collector = RowCollector(columns, remembered)
    title: list[str] = []
    tables = 0
    budget = ReadBudget(unpacked_size(path))
    try:
        sheets = []
        for ws in workbook.worksheets:
            if ws.max_row * ws.max_column > MAX_SHEET_CELLS:  # bounds the merged ranges' walk
                raise ImportFileError(path, _TOO_BIG)
            try:
                rows = _grid_rows(ws, budget)
            except UnsafeFile as exc:
                raise ImportFileError(path, str(exc)) from None
            header_at = next((i for i, cells in enumerate(rows[:60]) if header_columns(cells)), None)
            sheets.append((rows, header_at))
        with_header = [(rows, at) for rows, at in sheets if at is not None]
        tabular = [rows for rows, _at in sheets
                   if sum(1 for cells in rows if sum(1 for c in cells if c.lines) >= 3) >= 2]
        if not with_header and tabular:
            fullest = max(tabular, key=lambda rows: sum(1 for cells in rows for c in cells if c.lines))
            with_header = [(fullest, 0)]
        for rows, header_at in with_header:
            tables += 1
            if tables == 1:
                for cells in rows[:header_at]:
                    text = " ".join(t for t in (clean_text(c.lines) for c in cells) if t)
                    if text:
                        title.append(text.replace("\n", " "))
            width = max((c.col + c.span for cells in rows for c in cells), default=0)
            collector.start_table(tables, width)
            for row_no, cells in enumerate(rows[header_at:], header_at + 1):
                collector.add_row(row_no, cells)
        collector.finish()
    except TableShapeError as exc:
        raise shape_error(path, exc) from None
    finally:
        workbook.close()
    if tables == 0:
        raise ImportFileError(
            path, "в книге нет таблицы отчёта (не найден заголовок «№ п/п … Соглашение … Сроки»)."
        )
    if not collector.rows:
        raise ImportFileError(path, "в таблице нет ни одной пронумерованной строки мероприятия.")
    title_text = " ".join(title + collector.pre_header)
    fill_agreement_from_title(title_text, collector.rows)
    return ReportTable(title_text, period_from(title_text, path), collector.rows,
                       collector.warnings, collector.header, collector.columns,
                       collector.ignored)
