"""Every text that a spreadsheet could take for a formula is written as plain text.

Excel and LibreOffice treat a cell typed as «=…», «+…», «-…», «@…» (and, after
a paste, a leading tab or carriage return) as a formula. The export marks such
cells as text (quotePrefix) and always writes strings, so reading the file back
gives the same text, never a formula or a number.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import openpyxl
import pytest

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import EventRow, ReportOptions, build_report
from desktop_app.exchange.xlsx_report import save_xlsx

Q1 = ReportPeriod.quarter(2020, 1)
DANGEROUS = ["=", "+", "-", "@", "\t", "\r"]
TEXT_COLUMNS = {"title": 3, "place": 5, "participants": 6, "result": 7, "note": 8}


def _report_with(first: str):
    """A one-row report whose text cells all begin with ``first``.

    The row is set on the report model directly: the model trims leading blanks from
    typed text, but the writer must be safe for whatever a report holds."""
    event = Event(department_id="d", title="x", timing="5 февраля", starts_on=date(2020, 2, 5),
                  ends_on=date(2020, 2, 5), agreement_ids=["a"], id="e1")
    report = build_report([Department(name="Департамент", id="d")],
                          [Agreement(title="Соглашение", id="a")], [event],
                          ReportOptions(period=Q1))
    texts = {name: f"{first}{name.upper()}(A1)" for name in TEXT_COLUMNS}
    rows = tuple(dataclasses.replace(r, **texts) if isinstance(r, EventRow) else r
                 for r in report.rows)
    return dataclasses.replace(report, rows=rows), texts


def _event_row(ws) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "1.")


@pytest.mark.parametrize("first", DANGEROUS, ids=lambda c: repr(c))
def test_text_starting_with_a_formula_character_stays_text(tmp_path, first):
    report, texts = _report_with(first)
    ws = openpyxl.load_workbook(save_xlsx(report, tmp_path / "r.xlsx")).active
    row = _event_row(ws)
    for name, column in TEXT_COLUMNS.items():
        cell = ws.cell(row, column)
        assert cell.data_type == "s", name
        assert cell.value == texts[name], name
        assert cell.quotePrefix, f"{name}: {texts[name]!r} is not marked as text"


def test_ordinary_text_is_not_marked(tmp_path):
    report, texts = _report_with("Текст ")
    ws = openpyxl.load_workbook(save_xlsx(report, tmp_path / "r.xlsx")).active
    row = _event_row(ws)
    for name, column in TEXT_COLUMNS.items():
        assert ws.cell(row, column).value == texts[name]
        assert not ws.cell(row, column).quotePrefix, name
    assert not ws.cell(row, 1).quotePrefix


def test_formula_looking_text_typed_by_a_clerk_round_trips(tmp_path):
    """Through the whole path: typed event → report model → file → read back."""
    values = {"title": "=1+1", "place": "+7 (4812) 00-00-00", "participants": "@все отделы",
              "result": "-5 %", "note": "=HYPERLINK(\"http://x\")"}
    event = Event(department_id="d", timing="5 февраля", starts_on=date(2020, 2, 5),
                  ends_on=date(2020, 2, 5), agreement_ids=["a"], id="e1", **values)
    report = build_report([Department(name="Департамент", id="d")],
                          [Agreement(title="@Соглашение", id="a")], [event],
                          ReportOptions(period=Q1))
    ws = openpyxl.load_workbook(save_xlsx(report, tmp_path / "r.xlsx")).active
    row = _event_row(ws)
    for name, column in TEXT_COLUMNS.items():
        cell = ws.cell(row, column)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (values[name], "s", True), name
    assert (ws.cell(row, 2).value, ws.cell(row, 2).quotePrefix) == ("@Соглашение", True)


@pytest.mark.parametrize("first", DANGEROUS, ids=lambda c: repr(c))
def test_the_summary_sheet_guards_the_same_characters(tmp_path, first):
    """«Сводные данные» lists departments and agreements by the names clerks typed."""
    from desktop_app.domain.summary import EventFacts, build_summary

    name, title = f"{first}Департамент", f"{first}Соглашение"
    event = Event(department_id="d", title="x", timing="5 февраля", starts_on=date(2020, 2, 5),
                  ends_on=date(2020, 2, 5), agreement_ids=["a"], id="e1")
    departments, agreements = [Department(name=name, id="d")], [Agreement(title=title, id="a")]
    report = build_report(departments, agreements, [event], ReportOptions(period=Q1))
    summary = build_summary(Q1, departments, agreements,
                            [EventFacts("e1", "d", "held", date(2020, 2, 5), ("a",))])
    book = openpyxl.load_workbook(save_xlsx(report, tmp_path / "r.xlsx", summary=summary))
    sheet = book.worksheets[1]
    found = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    for text in (name, title):
        assert text in found, f"{text!r} not on the summary sheet"
        assert found[text].data_type == "s" and found[text].quotePrefix, text
