"""An export reads its table and the records it carries from one state of the file:
the window (or another program) saving an edit meanwhile shows up in both or in neither."""

from __future__ import annotations

from dataclasses import replace

import pytest

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

    monkeypatch.setattr(package, "read_package_rows", edit_then_read)
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


def _demo_file(tmp_path):
    db = tmp_path / "r.db"
    with Store.open(db) as store:
        load_demo(store)
    return db


def test_a_failure_reading_the_records_leaves_the_old_report(tmp_path, monkeypatch):
    # The records are read after the table is written: their failure still reaches the
    # caller, and the report already at the target is not replaced by a half-written one.
    from desktop_app.errors import UserError
    from desktop_app.storage import package_rows

    db = _demo_file(tmp_path)
    out = tmp_path / "q1.docx"
    with Store.open(db, readonly=True) as store:
        report_service.export_report_file(store, Q1, None, "docx", out)
    old = out.read_bytes()

    def broken(*args, **kwargs):
        raise UserError("журнал изменений не читается")

    monkeypatch.setattr(package_rows, "event_record_values", broken)
    with Store.open(db, readonly=True) as store, \
            pytest.raises(UserError, match="журнал изменений не читается"):
        report_service.export_report_file(store, Q1, None, "docx", out)
    assert out.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".docx") == ["q1.docx"]
