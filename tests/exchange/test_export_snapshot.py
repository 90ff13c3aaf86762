"""An export reads its table and the records it carries from one state of the file:
the window (or another program) saving an edit meanwhile shows up in both or in neither.
The records are read on a second thread while the table's rows are written."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange import package, report_service
from desktop_app.exchange.docx_reader import read_docx
from desktop_app.storage.store import Store

Q1 = ReportPeriod.quarter(2020, 1)


def test_an_edit_saved_during_the_export_is_in_neither_part(tmp_path, monkeypatch):
    db = tmp_path / "r.db"
    with Store.open(db) as store:
        load_demo(store)
        first = store.events_in_period(Q1)[0]
    original = package.read_package_rows

    def edit_then_read(store, ids):
        # Another window saves an edit after the table was read, before the records are.
        with Store.open(db) as other:
            other.save_event(replace(other.event(first.id), title="Исправлено в другом окне"))
        return original(store, ids)

    monkeypatch.setattr(report_service, "read_package_rows", edit_then_read)
    out = tmp_path / "q1.docx"
    with Store.open(db, readonly=True) as store:
        report_service.export_report_file(store, Q1, None, "docx", out)
    titles = [row.title for row in read_docx(out).rows]
    records = {e.event.id: e.event.title for e in package.read_package(out).events}
    assert first.title in titles and "Исправлено в другом окне" not in titles
    assert records[first.id] == first.title
    # The edit itself is saved, and the next export has it in both.
    with Store.open(db, readonly=True) as store:
        report_service.export_report_file(store, Q1, None, "docx", out)
    assert "Исправлено в другом окне" in [row.title for row in read_docx(out).rows]
    assert {e.event.id: e.event.title for e in package.read_package(out).events}[first.id] == \
        "Исправлено в другом окне"
