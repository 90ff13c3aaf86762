"""The report's workbook is written without openpyxl: it must be the workbook openpyxl
writes (the summary's workbook still is), part for part, whatever the style says."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import openpyxl
import pytest

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import ReportOptions, ReportStyle, build_report
from desktop_app.exchange import xlsx_report
from desktop_app.exchange.xlsx_report import save_xlsx

Q1 = ReportPeriod.quarter(2020, 1)


def _report():
    agreements = [Agreement(title="=Соглашение & <А>", id="a"), Agreement(title="Б", id="b")]
    events = [Event(department_id="d", title=title, timing="5 февраля", id=title, note=note,
                    starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5), agreement_ids=ids)
              for title, note, ids in (("+1", "-", ["a"]), ("Обычное", "", ["a"]),
                                       ("@x", "=A1", ["b"]), ("Без соглашений", "", []))]
    return build_report([Department(name="-Отдел «А» & Ко", id="d")], agreements, events,
                        ReportOptions(period=Q1))


def _parts(path):
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    # the moment it was written
    parts["docProps/core.xml"] = re.sub(rb"\d{4}-\d\d-\d\dT[\d:]+Z", b"", parts["docProps/core.xml"])
    return parts


@pytest.mark.parametrize("style", [
    ReportStyle(),
    ReportStyle(font_name='Times "New" & <Roman>', table_font_size=10.5, title_font_size=10.5,
                margin_left_mm=17.3, column_weights=(7, 40, 40, 20, 30, 30, 40, 30)),
])
def test_the_workbook_is_the_one_openpyxl_writes(tmp_path, monkeypatch, style):
    report = _report()
    ours = _parts(save_xlsx(report, tmp_path / "ours.xlsx", style))
    monkeypatch.setattr(xlsx_report, "write_package", xlsx_report._write_with_openpyxl)
    theirs = _parts(save_xlsx(report, tmp_path / "openpyxl.xlsx", style))
    assert list(ours) == list(theirs)
    for name in ours:
        assert ours[name] == theirs[name], name
    # and openpyxl reads it back: the fonts, the quote prefixes, the print titles
    book = openpyxl.load_workbook(tmp_path / "ours.xlsx")
    ws = book.active
    assert ws.title == "Отчет" and ws.print_title_rows == "$4:$4" and ws.freeze_panes == "A5"
    assert ws["A1"].font.name == style.font_name and ws["A1"].font.b
    assert ws["A1"].font.sz == style.title_font_size
    assert ws["C7"].value == "+1" and ws["C7"].quotePrefix and not ws["A7"].quotePrefix
    assert book.properties.title == report.title
