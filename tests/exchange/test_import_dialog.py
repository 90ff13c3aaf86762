"""The import window: preview, name mapping, conflict choice, then one confirmed write."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox
from report_shapes import build_docx

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange.import_names import CREATE
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store
from desktop_app.ui.import_dialog import ImportDialog, run_import
from desktop_app.ui.operations import Operations

Q1 = ReportPeriod.quarter(2020, 1)
# The offscreen platform warns when a dialog is shown; harmless, and only there.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_preview_maps_names_writes_nothing_until_confirmed_then_summarises(qtbot, tmp_path):
    store = Store.in_memory()
    ops = Operations(store)
    dialog = ImportDialog(ops, [build_docx(tmp_path / "r.docx")])
    qtbot.addWidget(dialog)
    dialog.plan_files()
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.names_page)
    assert dialog.model.rowCount() == 29
    assert not dialog.import_button.isEnabled()  # 13 names must be mapped first
    combos = dialog.findChildren(QComboBox, "mapping")
    assert len(combos) == 13
    for combo in combos:
        combo.setCurrentIndex(combo.findData(CREATE))
    qtbot.mouseClick(dialog.apply_mapping_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    assert "Будет добавлено: 29" in dialog.counts_label.text()
    assert store.counts()["events"] == 0  # the preview wrote nothing
    with qtbot.waitSignal(ops.changed, timeout=2000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.counts()["events"] == 29 and store.counts()["agreements"] == 8
    assert dialog.applied and "добавлено 29" in dialog.summary.toPlainText()
    assert dialog.tabs.currentWidget() is dialog.summary


def test_a_conflict_shows_both_versions_and_the_user_takes_theirs(qtbot, tmp_path):
    origin = Store.in_memory()
    load_demo(origin)
    target = Store.in_memory()
    ops = Operations(target)
    first = export_report_file(origin, Q1, None, "docx", tmp_path / "a.docx")
    dialog = ImportDialog(ops, [first])
    qtbot.addWidget(dialog)
    dialog.plan_files()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    event = origin.events_in_period(Q1)[2]
    origin.save_event(replace(event, place="г. Орёл"))
    target.save_event(replace(target.event(event.id), place="г. Брянск"))
    second = export_report_file(origin, Q1, None, "docx", tmp_path / "b.docx")

    dialog = ImportDialog(ops, [second])
    qtbot.addWidget(dialog)
    dialog.plan_files()
    assert dialog.tabs.isTabEnabled(2) and dialog.conflict_list.count() == 1
    shown = {dialog.compare.item(2, 0).text(), dialog.compare.item(2, 1).text()}
    assert shown == {"г. Брянск", "г. Орёл"}
    dialog.take_theirs.click()
    assert "из файла" in dialog.model.index(dialog.plan.rows.index(dialog.plan.conflicts[0]),
                                            1).data()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert target.event(event.id).place == "г. Орёл"


def test_run_import_of_a_bad_file_says_so_and_returns_false(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "пустой.docx"
    bad.write_bytes(b"")
    store = Store.in_memory()
    assert run_import(None, Operations(store), [bad]) is False
    assert "«пустой.docx»" in shown[0] and "не изменена" in shown[0]


def test_run_import_confirmed_by_the_user_returns_true(qtbot, tmp_path, monkeypatch):
    store = Store.in_memory()
    load_demo(store)
    victim = store.events_in_period(Q1)[0]
    store.delete_event(victim.id)
    path = build_docx(tmp_path / "r.docx")

    def confirm_then_close(dialog: ImportDialog) -> int:
        # stands in for the user at the modal dialog (exec() itself is Qt's)
        assert "Будет добавлено: 1," in dialog.counts_label.text()
        dialog.import_button.click()
        dialog.close_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", confirm_then_close)
    assert run_import(None, Operations(store), [path]) is True
    assert store.counts()["events"] == 29
