"""The XLSX renderer: text stays text, merges, frozen and printed header, page setup."""

from __future__ import annotations

from datetime import date

import openpyxl

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import ReportOptions, ReportStyle, build_report
from desktop_app.exchange.xlsx_report import save_xlsx

Q1 = ReportPeriod.quarter(2020, 1)
DEPT = Department(name="Департамент", id="d")
AGR = [Agreement(title="=HYPERLINK(\"http://x\")", id="a"), Agreement(title="Соглашение", id="b")]


def event(i: int, agreements=("b",), **kw) -> Event:
    base = dict(department_id="d", title=f"Мероприятие {i}", timing="5 февраля",
                starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5),
                agreement_ids=list(agreements), note="-", id=f"e{i}")
    base.update(kw)
    return Event(**base)


def export(tmp_path, evs, style=None):
    rep = build_report([DEPT], AGR, evs, ReportOptions(period=Q1))
    path = save_xlsx(rep, tmp_path / "r.xlsx", style)
    return openpyxl.load_workbook(path).active


def test_formula_looking_text_stays_text(tmp_path):
    evs = [event(1, agreements=("a",), title="=1+1", place="+7 (4812) 00-00-00",
                 participants="@all", result="-", note="\x00=SUM(A1:A2)", timing="\t=2*3")]
    ws = export(tmp_path, evs)
    row = [ws.cell(7, c) for c in range(1, 9)]
    assert [c.value for c in row] == ["1.", '=HYPERLINK("http://x")', "=1+1", "=2*3",
                                      "+7 (4812) 00-00-00", "@all", "-", "=SUM(A1:A2)"]
    assert all(c.data_type == "s" for c in row)
    assert row[2].quotePrefix and row[4].quotePrefix and row[6].quotePrefix
    assert not row[0].quotePrefix


def test_layout_merges_freeze_print_setup(tmp_path):
    style = ReportStyle(margin_left_mm=25.4)
    ws = export(tmp_path, [event(1), event(2), event(3, agreements=("a",))], style)
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert merged == {"A1:H1", "A2:H2", "A5:H5", "A6:H6", "B7:B8"}
    assert ws.freeze_panes == "A5"
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert abs(ws.page_margins.left - 1.0) < 1e-6
    assert ws.cell(7, 3).alignment.wrap_text
    assert ws.cell(4, 1).font.bold and ws.cell(7, 3).font.name == "Times New Roman"
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGH"]
    assert widths[0] == min(widths) and widths[1] > widths[3]


def page_starts(ws) -> list[int]:
    """Sheet rows that begin a printed page (the first table row, then after each break)."""
    return [5] + [b.id + 1 for b in ws.row_breaks.brk]


def test_three_thousand_row_run_merges_page_by_page(tmp_path):
    ws = export(tmp_path, [event(i) for i in range(3000)])
    runs = sorted((r.min_row, r.max_row) for r in ws.merged_cells.ranges if r.min_col == 2)
    starts = page_starts(ws)
    assert len(starts) > 50
    # one merge per page, from the page's first row to its last, covering rows 7…3006
    assert runs[0][0] == 7 and runs[-1][1] == 3006
    assert all(a[1] + 1 == b[0] for a, b in zip(runs, runs[1:], strict=False))
    assert [a for a, _ in runs][1:] == starts[1:]
    # and each page's merged cell shows the agreement again, not an empty cell
    assert all(ws.cell(a, 2).value == "Соглашение" for a, _ in runs)
    assert ws.cell(3006, 1).value == "3000."


def test_page_breaks_keep_headings_with_their_rows_and_rows_whole(tmp_path):
    long = " ".join(["длинный текст результата"] * 40)
    depts = [Department(name=f"Департамент {k}", id=f"d{k}") for k in range(6)]
    evs = [event(10 * k + i, department_id=f"d{k}", result=long if i % 2 else "-",
                 id=f"e{k}-{i}") for k in range(6) for i in range(5)]
    rep = build_report(depts, AGR, evs, ReportOptions(period=Q1))
    ws = openpyxl.load_workbook(save_xlsx(rep, tmp_path / "r.xlsx")).active
    starts = page_starts(ws)
    assert len(starts) > 3
    page_pt = ReportStyle().text_height_mm * 72 / 25.4
    header = ws.row_dimensions[4].height
    sections = {r for r in range(5, ws.max_row + 1)
                if f"A{r}:H{r}" in {str(m) for m in ws.merged_cells.ranges}}
    ends = [s - 1 for s in starts[1:]] + [ws.max_row]
    for k, (first, last) in enumerate(zip(starts, ends, strict=True)):
        assert last not in sections, f"page {k + 1} ends with a heading"
        used = sum(ws.row_dimensions[r].height for r in range(first, last + 1))
        top = sum(ws.row_dimensions[r].height or 15 for r in range(1, 4)) if k == 0 else 0
        assert used + header + top <= page_pt, f"page {k + 1} overflows"
        if k + 1 < len(starts):  # the next row would not have fitted: no page ends early
            nxt = ws.row_dimensions[last + 1].height
            if last + 1 in sections:
                nxt += ws.row_dimensions[last + 2].height
            assert used + header + top + nxt > page_pt * 0.9


def test_rows_are_tall_enough_for_their_wrapped_text(demo_store, tmp_path):
    """LibreOffice keeps 15 pt for a row without a height, hiding wrapped text."""
    from openpyxl import load_workbook

    from desktop_app.exchange.report_service import export_report_file

    out = export_report_file(demo_store, ReportPeriod.quarter(2020, 1), None, "xlsx",
                             tmp_path / "r.xlsx")
    ws = load_workbook(out).active
    heights, titles = {}, {}
    for row in ws.iter_rows(min_row=1):
        number = str(row[0].value or "")
        if number.rstrip(".").isdigit():
            heights[int(number.rstrip("."))] = ws.row_dimensions[row[0].row].height
            titles[str(row[2].value)] = heights[int(number.rstrip("."))]
    assert len(heights) == 29
    assert all(h and h >= 15 for h in heights.values())
    # «АГРОС» (long participants and result texts) needs more lines than the shortest row.
    agros = next(h for t, h in titles.items() if t.startswith("Выставка «АГРОС"))
    assert agros > 2 * min(heights.values())
    assert max(heights.values()) <= 409
