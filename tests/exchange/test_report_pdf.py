"""The Qt rendering: the QTextDocument built from the model, and a PDF file from it."""

from __future__ import annotations

import re
from datetime import date

from desktop_app.domain.entities import Agreement, Department, Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import ReportOptions, ReportStyle, build_report
from desktop_app.exchange.pdf_report import build_text_document, report_html, save_pdf
from desktop_app.exchange.report_service import build_store_report

Q1 = ReportPeriod.quarter(2020, 1)


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def test_text_document_holds_the_demo_table(qapp, demo_store):
    report = build_store_report(demo_store, Q1)
    doc = build_text_document(report)
    text = doc.toPlainText()
    assert text.startswith("Отчет о реализации соглашений в сфере межрегионального сотрудничества")
    assert "за I квартал 2020 года" in text
    for row in report.event_rows():
        assert row.title.split("\n")[0] in text
    assert "Главное управление спорта Смоленской области" in text
    cursor_table = None
    block = doc.begin()
    while block.isValid() and cursor_table is None:
        from PySide6.QtGui import QTextCursor

        cursor_table = QTextCursor(block).currentTable()
        block = block.next()
    assert cursor_table is not None
    assert cursor_table.columns() == 8
    assert cursor_table.rows() == 1 + len(report.rows)
    assert cursor_table.format().headerRowCount() == 1  # repeated on every page
    # row 2 continues row 1's agreement: one cell spanning the run
    first = report.rows.index(report.event_rows()[0])
    cell = cursor_table.cellAt(1 + first, 1)
    assert cell.rowSpan() == 4


def test_html_escapes_and_spans():
    dept = Department(name="Деп <1>", id="d")
    ev = Event(department_id="d", title="a & b", timing="5 февраля", starts_on=date(2020, 2, 5),
               ends_on=date(2020, 2, 5), agreement_ids=["a"])
    rep = build_report([dept], [Agreement(title="С", id="a")], [ev], ReportOptions(period=Q1))
    html = report_html(rep, ReportStyle(signature="Подпись"))
    assert "Деп &lt;1&gt;" in html and "a &amp; b" in html
    assert "colspan='8'" in html and "<thead>" in html and "Подпись" in html


def test_pdf_file_has_pages(qapp, demo_store, tmp_path):
    report = build_store_report(demo_store, Q1)
    path = save_pdf(report, tmp_path / "r.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) >= 5
    small = build_store_report(demo_store, Q1, [demo_store.departments()[3].id])
    assert 0 < pdf_pages(save_pdf(small, tmp_path / "s.pdf").read_bytes()) < pdf_pages(data)
