"""The exported DOCX and XLSX against the reference report, cell by cell (whitespace aside).

The reference (shared/reference/report_2020_q1.txt) is text extracted from the
real report's DOCX: a line starting with a tab starts a cell, other lines
continue it. `demo_store` holds its data; exporting it must give back the same
table: section rows, numbering, and merged agreement cells exactly where the
reference leaves the cell blank.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn

from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import HEADERS
from desktop_app.exchange.report_service import export_report_file

REFERENCE = Path(__file__).parents[1] / "data" / "report_2020_q1.txt"
Q1 = ReportPeriod.quarter(2020, 1)
DEBRIS = "[bookmark: _GoBack]"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


@cache
def reference() -> tuple[list[str], list[str], list[tuple[str, ...]]]:
    """(header texts, section row texts in order, numbered rows as 8 cell texts)."""
    cells: list[list[str]] = []
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("\t"):
            cells.append([line[1:]])
        elif cells:
            cells[-1].append(line)
    texts = ["\n".join(c).replace(DEBRIS, "").strip() for c in cells]
    headers, body = texts[:8], texts[8:]
    sections: list[str] = []
    rows: list[tuple[str, ...]] = []
    i = 0
    while i < len(body):
        if re.fullmatch(r"\d+\.", body[i]):
            rows.append(tuple(body[i : i + 8]))
            i += 8
        else:
            if body[i]:
                sections.append(re.sub(r"\s+", " ", body[i]))
            i += 1
    return headers, sections, rows


def docx_table(path: Path) -> list[tuple[list[str], str | None]]:
    """Rows of the report table: (cell texts, vMerge value of the agreement cell or None).
    A cell's paragraphs are joined with newlines; vMerge is read from the XML."""
    tbl = Document(str(path)).tables[0]._tbl
    out = []
    for tr in tbl.findall(qn("w:tr")):
        texts, merge = [], None
        for i, tc in enumerate(tr.findall(qn("w:tc"))):
            paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.findall(qn("w:p"))]
            texts.append("\n".join(paras))
            vmerge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            if i == 1 and vmerge is not None:
                merge = vmerge.get(qn("w:val"), "continue")
        out.append((texts, merge))
    return out


def check_rows(got: list[tuple[list[str], bool]], expected: list[tuple[str, ...]],
               page_starts: frozenset[int] = frozenset()) -> None:
    """``got``: (cell texts, agreement cell merged into the row above) per numbered row.

    The program sorts the events of an agreement run by date, then title, where the
    reference keeps the order they were typed in; so rows are compared run by run (a
    run starts where the reference prints an agreement), matched by their texts. A row
    in ``page_starts`` (indexes into ``got``) begins a printed page: a run continued there
    prints its agreement again (XLSX, whose page breaks the program places).
    """
    assert [texts[0] for texts, _ in got] == [f"{n}." for n in range(1, len(got) + 1)]
    starts = [i for i, row in enumerate(expected) if row[1]] + [len(expected)]
    assert starts[0] == 0
    for first, end in zip(starts, starts[1:], strict=False):
        mine, theirs = got[first:end], expected[first:end]
        # Titles are printed as stored: the reference's own spelling varies in case only
        # («Трехстороннее соглашение» / «Соглашение»).
        assert squash(mine[0][0][1]).lower() == squash(theirs[0][1]).lower(), \
            f"run at row {first + 1}: agreement"
        assert not mine[0][1]
        for k, (texts, merged_away) in enumerate(mine[1:], start=first + 1):
            if k in page_starts:
                assert squash(texts[1]).lower() == squash(theirs[0][1]).lower()
                assert not merged_away
                continue
            assert merged_away and texts[1] == "", \
                f"row {texts[0]}: the reference leaves the agreement cell blank"
        def key(cells):
            return [squash(c) for c in cells[2:]]
        assert sorted(key(texts) for texts, _ in mine) == sorted(key(row) for row in theirs), \
            f"run at row {first + 1}"


@pytest.fixture
def docx_rows(demo_store, tmp_path):
    path = export_report_file(demo_store, Q1, None, "docx", tmp_path / "r.docx",
                              dates_as_typed=True)
    return docx_table(path)


def test_reference_parser_sees_the_whole_report():
    headers, sections, rows = reference()
    assert len(headers) == 8 and len(rows) == 29 and len(sections) == 6
    assert [r[0] for r in rows] == [f"{n}." for n in range(1, 30)]


def test_docx_headers_match_reference_without_hyphenation_debris(docx_rows):
    headers, _, _ = reference()
    got = docx_rows[0][0]
    assert got == list(HEADERS)
    for mine, theirs in zip(got, headers, strict=True):
        assert squash(mine) == squash(theirs).replace("-", "")


def test_docx_table_reproduces_reference_cell_by_cell(docx_rows):
    _, sections, rows = reference()
    body = docx_rows[1:]
    got_sections = [texts[0] for texts, _ in body if len(texts) == 1]
    assert got_sections == sections
    numbered = [(texts, merge) for texts, merge in body if len(texts) == 8]
    assert len(numbered) == 29
    check_rows([(texts, merge == "continue") for texts, merge in numbered], rows)
    # every merge that starts is continued, and continuations only follow a start or another
    prev = None
    for texts, merge in body:
        if len(texts) == 1:
            assert prev != "restart", "a run must not end at a section row right after its start"
            prev = None
            continue
        if merge == "continue":
            assert prev in ("restart", "continue")
        prev = merge


def test_docx_sections_precede_their_rows(docx_rows):
    kinds = ["S" if len(t) == 1 else t[0] for t, _ in docx_rows[1:]]
    assert kinds[:3] == ["S", "S", "1."]
    assert kinds.index("6.") == kinds.index("5.") + 2  # a department row between 5 and 6
    assert kinds[-1] == "29."


def test_xlsx_reproduces_reference_cell_by_cell(demo_store, tmp_path):
    path = export_report_file(demo_store, Q1, None, "xlsx", tmp_path / "r.xlsx",
                              dates_as_typed=True)
    ws = openpyxl.load_workbook(path).active
    headers, sections, rows = reference()
    assert squash(ws["A1"].value) == squash("Отчет о реализации соглашений в сфере "
                                            "межрегионального сотрудничества")
    assert ws["A2"].value == "за I квартал 2020 года"
    assert [ws.cell(4, c).value for c in range(1, 9)] == list(HEADERS)
    merged = {str(r) for r in ws.merged_cells.ranges}
    continuation = set()
    for rng in ws.merged_cells.ranges:
        if rng.min_col == rng.max_col == 2:
            continuation.update(range(rng.min_row + 1, rng.max_row + 1))
    got_sections, numbered = [], []
    for r in range(5, ws.max_row + 1):
        values = [ws.cell(r, c).value or "" for c in range(1, 9)]
        if re.fullmatch(r"\d+\.", values[0]):
            numbered.append((r, values))
        elif values[0]:
            assert f"A{r}:H{r}" in merged, f"section row {r} spans the table"
            got_sections.append(values[0])
    assert got_sections == sections
    assert len(numbered) == 29
    starts = {b.id + 1 for b in ws.row_breaks.brk}
    check_rows([(values, r in continuation) for r, values in numbered], rows,
               frozenset(k for k, (r, _) in enumerate(numbered) if r in starts))
    for r, _values in numbered:
        for c in range(1, 9):
            cell = ws.cell(r, c)
            assert cell.value is None or cell.data_type == "s"


def test_recognised_dates_print_in_canonical_form(demo_store, tmp_path):
    """By default «Сроки» that were recognised print in one spelling (the reference's
    «29 февраля -1 марта» and «29 февраля -01 марта» as «29 февраля – 1 марта»); free
    text stays as typed."""
    _, _, rows = reference()
    typed = sorted(row[3] for row in rows)
    path = export_report_file(demo_store, Q1, None, "docx", tmp_path / "r.docx")
    printed = sorted(texts[3] for texts, _ in docx_table(path)[1:] if len(texts) == 8)
    assert "29 февраля -1 марта" in typed and "29 февраля -01 марта" in typed
    assert printed.count("29 февраля \u2013 1 марта") == 2
    assert "1 квартал" in typed and "I квартал" in printed and "1 квартал" not in printed
    assert "29\u201331 января" in printed and "29-31 января" not in printed
    assert printed.count("В течение всего периода") == typed.count("В течение всего периода")
