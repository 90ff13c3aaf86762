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


def check_row(got: list[str], expected: tuple[str, ...], merged_away: bool) -> None:
    number = expected[0]
    for col in (0, 2, 3, 4, 5, 6, 7):
        assert squash(got[col]) == squash(expected[col]), f"row {number}, column {col + 1}"
    if expected[1]:
        # Titles are printed as stored: the reference's own spelling varies in case only
        # («Трехстороннее соглашение» / «Соглашение»).
        assert squash(got[1]).lower() == squash(expected[1]).lower(), f"row {number} agreement"
        assert not merged_away
    else:
        assert merged_away, f"row {number}: the reference leaves the agreement cell blank"
        assert got[1] == ""


@pytest.fixture
def docx_rows(demo_store, tmp_path):
    path = export_report_file(demo_store, Q1, None, "docx", tmp_path / "r.docx")
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
    for (texts, merge), expected in zip(numbered, rows, strict=True):
        check_row(texts, expected, merged_away=merge == "continue")
        if expected[1] and merge is not None:
            assert merge == "restart"
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
    path = export_report_file(demo_store, Q1, None, "xlsx", tmp_path / "r.xlsx")
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
    for (r, values), expected in zip(numbered, rows, strict=True):
        check_row(values, expected, merged_away=r in continuation)
        for c in range(1, 9):
            cell = ws.cell(r, c)
            assert cell.value is None or cell.data_type == "s"
