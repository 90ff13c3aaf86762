"""Reading a report table of the same shape from an XLSX (openpyxl).

Merged cells become spans (section rows across the table) and
"continues above" cells (agreement cells merged down); wrapped text keeps its
line breaks. Rows above the header are the title. Every sheet that has the
report's header is read, in order, as parts of one table.
"""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .docx_reader import period_from
from .report_file import ImportFileError, open_zip
from .table_rows import (
    GridCell,
    ReportTable,
    RowCollector,
    TableShapeError,
    clean_text,
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
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) == (rng.min_row, rng.min_col):
                    continue
                if r > rng.min_row and c == rng.min_col:
                    below.add((r, c))
                    spans[(r, c)] = rng.max_col - rng.min_col + 1
                else:
                    right.add((r, c))
    return spans, right, below


def _grid_rows(ws) -> list[list[GridCell]]:
    spans, right, below = _merges(ws)
    rows = []
    for r, values in enumerate(ws.iter_rows(values_only=True), 1):
        cells = []
        for c, value in enumerate(values, 1):
            if (r, c) in right:
                continue
            cells.append(
                GridCell(_lines(value), c - 1, spans.get((r, c), 1), continues_above=(r, c) in below)
            )
        rows.append(cells)
    return rows


def read_xlsx(path: Path | str) -> ReportTable:
    path = Path(path)
    open_zip(path).close()  # the size and format checks before openpyxl unpacks anything
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportFileError(path, f"книга Excel не читается ({type(exc).__name__}).") from None
    except Exception as exc:  # openpyxl raises its own classes for broken parts
        raise ImportFileError(path, f"книга Excel повреждена ({type(exc).__name__}).") from None
    collector = RowCollector()
    title: list[str] = []
    tables = 0
    try:
        for ws in workbook.worksheets:
            rows = _grid_rows(ws)
            header_at = next((i for i, cells in enumerate(rows) if header_columns(cells)), None)
            if header_at is None:
                continue
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
    except TableShapeError as exc:
        raise ImportFileError(path, str(exc)) from None
    finally:
        workbook.close()
    if tables == 0:
        raise ImportFileError(
            path, "в книге нет таблицы отчёта (не найден заголовок «№ п/п … Соглашение … Сроки»)."
        )
    if not collector.rows:
        raise ImportFileError(path, "в таблице нет ни одной пронумерованной строки мероприятия.")
    title_text = " ".join(title)
    return ReportTable(title_text, period_from(title_text, path), collector.rows, collector.warnings)
