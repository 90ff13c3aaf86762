"""Report export speed: 10,000 synthetic events to DOCX and XLSX, against the plain library way.

Run: /work/venv/bin/python benchmarks/bench_report_export.py [events]

Baselines, timed in the same run on the same report model:
* DOCX: python-docx ``table.add_row()`` and ``cell.text`` for every cell. Merging the
  agreement runs the library's way (``table.cell(..).merge(..)``) is not feasible at
  10,000 events: ``Table.cell`` rebuilds the whole grid on each call (53 s for 1,000
  events here), so the 10,000-event baseline is WITHOUT merges (it does less work than
  ours), and the merging baseline is timed separately on a small report;
* XLSX: openpyxl ``ws.cell(...)`` for every cell and ``ws.merge_cells`` per run
  and per section row.
Ours: desktop_app.exchange.docx_report / xlsx_report. Aims: DOCX ≥ 15×, XLSX ≥ 5×.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from docx import Document  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment  # noqa: E402

from desktop_app.domain.entities import Agreement, Department, Event  # noqa: E402
from desktop_app.domain.periods import ReportPeriod  # noqa: E402
from desktop_app.domain.report import EventRow, ReportOptions, build_report  # noqa: E402
from desktop_app.exchange.docx_report import save_docx  # noqa: E402
from desktop_app.exchange.xlsx_report import save_xlsx  # noqa: E402

Q1 = ReportPeriod.quarter(2020, 1)
SMALL = 300  # events for the DOCX baseline that merges the library's way
WORDS = ("выставка конференция совещание соревнования обмен опытом информацией делегация "
         "представители области региона сотрудничества культуры спорта труда занятости").split()


def text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def synthetic(count: int, seed: int = 7):
    rng = random.Random(seed)
    departments = [Department(name=f"Департамент {text(rng, 4)} {i}", id=f"d{i}", position=i)
                   for i in range(10)]
    agreements = [Agreement(title=f"Соглашение {i}: {text(rng, 18)}", id=f"a{i}")
                  for i in range(20)]
    events: list[Event] = []
    while len(events) < count:
        dept = departments[len(events) * len(departments) // count]
        ids = rng.sample([a.id for a in agreements], rng.choice((1, 1, 1, 2, 3)))
        for _ in range(rng.randint(1, 8)):
            events.append(Event(
                department_id=dept.id, title=text(rng, 8), timing="5 февраля",
                starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5), agreement_ids=list(ids),
                place=text(rng, 4), participants=text(rng, 15), result=text(rng, 30), note="-",
                id=f"e{len(events)}", position=len(events)))
    events = events[:count]
    return build_report(departments, agreements, events, ReportOptions(period=Q1))


def baseline_docx(report, path: Path, merge: bool = True) -> None:
    doc = Document()
    table = doc.add_table(rows=1, cols=8)
    for cell, header in zip(table.rows[0].cells, report.headers, strict=True):
        cell.text = header
    starts = []
    for row in report.rows:
        tr = table.add_row()
        cells = tr.cells
        if isinstance(row, EventRow):
            for cell, value in zip(cells, row.texts(), strict=True):
                cell.text = value
            if row.run_length > 1:
                starts.append((len(table.rows) - 1, row.run_length))
        else:
            cells[0].text = row.text
    if merge:
        for first, length in starts:
            table.cell(first, 1).merge(table.cell(first + length - 1, 1))
    doc.save(str(path))


def baseline_xlsx(report, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, line in enumerate(report.title_lines, start=1):
        ws.cell(i, 1, line)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    for c, header in enumerate(report.headers, start=1):
        ws.cell(4, c, header).alignment = wrap
    r = 4
    for row in report.rows:
        r += 1
        if isinstance(row, EventRow):
            for c, value in enumerate(row.texts(), start=1):
                ws.cell(r, c, value or None).alignment = wrap
            if row.run_length > 1:
                ws.merge_cells(start_row=r, start_column=2, end_row=r + row.run_length - 1,
                               end_column=2)
        else:
            ws.cell(r, 1, row.text)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.freeze_panes = "A5"
    wb.save(str(path))


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    report = synthetic(count)
    runs = len(report.runs())
    print(f"{count} events, {len(report.rows)} table rows, {runs} merged agreement runs")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        ours_docx = timed(save_docx, report, out / "ours.docx")
        base_docx = timed(baseline_docx, report, out / "base.docx", False)
        small = synthetic(SMALL)
        ours_small = timed(save_docx, small, out / "ours_small.docx")
        base_small = timed(baseline_docx, small, out / "base_small.docx", True)
        ours_xlsx = timed(save_xlsx, report, out / "ours.xlsx")
        base_xlsx = timed(baseline_xlsx, report, out / "base.xlsx")
    print(f"DOCX  ours {ours_docx:7.2f} s   python-docx add_row+cell.text (no merges) "
          f"{base_docx:7.2f} s   ratio {base_docx / ours_docx:5.1f}×  (aim ≥15×)")
    print(f"DOCX  {SMALL} events: ours {ours_small:6.2f} s   add_row+cell.text+cell.merge "
          f"{base_small:7.2f} s   ratio {base_small / ours_small:5.1f}×")
    print(f"XLSX  ours {ours_xlsx:7.2f} s   openpyxl cell+merge_cells          "
          f"{base_xlsx:7.2f} s   ratio {base_xlsx / ours_xlsx:5.1f}×  (aim ≥5×)")


if __name__ == "__main__":
    main()
