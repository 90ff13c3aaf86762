"""The import preview as a clerk reads it, and an import taken back with one Ctrl+Z."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from report_shapes import build_docx

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange.import_names import CREATE
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store
from desktop_app.ui.import_dialog import ImportDialog
from desktop_app.ui.operations import Operations

Q1 = ReportPeriod.quarter(2020, 1)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def preview(qtbot, ops, paths) -> ImportDialog:
    dialog = ImportDialog(ops, paths)
    qtbot.addWidget(dialog)
    dialog.plan_files()
    dialog.show()
    return dialog


def map_every_name_to_a_new_record(qtbot, dialog: ImportDialog) -> None:
    for combo in dialog.findChildren(QComboBox, "mapping"):
        combo.setCurrentIndex(combo.findData(CREATE))
    qtbot.mouseClick(dialog.apply_mapping_button, Qt.MouseButton.LeftButton)


def test_row_column_shows_numbers_and_the_file_has_its_own_column(qtbot, tmp_path):
    ops = Operations(Store.in_memory())
    one = preview(qtbot, ops, [build_docx(tmp_path / "отчёт культуры.docx")])
    model = one.model
    assert [model.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Файл"
    assert one.table.isColumnHidden(4)  # one file: its name is above the table
    assert model.index(0, 4).data() == "отчёт культуры.docx"

    two = preview(qtbot, ops, [build_docx(tmp_path / "a.docx"), build_docx(tmp_path / "b.docx")])
    assert not two.table.isColumnHidden(4)
    assert {two.model.index(r, 4).data() for r in range(two.model.rowCount())} == {
        "a.docx", "b.docx"}


def test_summary_lists_one_item_a_line(qtbot, tmp_path):
    store = Store.in_memory()
    ops = Operations(store)
    dialog = preview(qtbot, ops, [build_docx(tmp_path / "r.docx")])
    map_every_name_to_a_new_record(qtbot, dialog)
    lines = dialog.summary.toPlainText().splitlines()
    assert "Новые соглашения:" in lines
    created = [line for line in lines if line.startswith("  – ")]
    assert len(created) >= 8  # each new agreement and department on a line of its own
    assert all(line.count(";") == 0 for line in created)


def test_ctrl_z_takes_a_whole_import_back_and_ctrl_y_brings_it_again(qtbot, tmp_path):
    store = Store.in_memory()
    ops = Operations(store)
    dialog = preview(qtbot, ops, [build_docx(tmp_path / "r.docx")])
    map_every_name_to_a_new_record(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert store.counts()["events"] == 29 and store.counts()["agreements"] == 8
    assert "Ctrl+Z" in dialog.summary.toPlainText()
    assert ops.undo_stack.count() == 1 and ops.undo_stack.undoText() == "Импорт отчётов"

    ops.undo_stack.undo()
    counts = store.counts()
    assert (counts["events"], counts["agreements"], counts["departments"]) == (0, 0, 0)
    ops.undo_stack.redo()
    assert store.counts()["events"] == 29 and store.counts()["agreements"] == 8


def test_undo_puts_back_the_events_an_import_overwrote(qtbot, tmp_path):
    origin = Store.in_memory()
    load_demo(origin)
    target = Store.in_memory()
    load_demo(target)
    event = origin.events_in_period(Q1)[2]
    was = target.event(event.id).place
    origin.save_event(replace(event, place="г. Орёл"))
    extra = origin.save_event(replace(event, id="новое-мероприятие", title="Новое", version=0))
    path = export_report_file(origin, Q1, None, "docx", tmp_path / "a.docx")
    ops = Operations(target)
    dialog = preview(qtbot, ops, [path])
    assert "обновлено: 1" in dialog.counts_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert target.event(event.id).place == "г. Орёл"
    assert target.find_event(extra.id) is not None

    ops.undo_stack.undo()
    assert target.event(event.id).place == was
    assert target.find_event(extra.id) is None
    assert target.counts()["events"] == 29


def test_an_import_written_by_the_worker_into_a_file_is_one_undo_step_too(qtbot, tmp_path):
    """A database in a file is written on the worker's own connection: the same Ctrl+Z."""
    origin = Store.in_memory()
    load_demo(origin)
    event = origin.events_in_period(Q1)[2]
    with Store.open(tmp_path / "work.interreg") as target:
        load_demo(target)
        was = target.event(event.id).place
        origin.save_event(replace(event, place="г. Орёл"))
        extra = origin.save_event(replace(event, id="новое-мероприятие", title="Новое",
                                          version=0))
        path = export_report_file(origin, Q1, None, "docx", tmp_path / "a.docx")
        ops = Operations(target)
        dialog = preview(qtbot, ops, [path])
        task = dialog.confirm()
        assert task is not None  # a file: the write runs in a worker
        qtbot.waitUntil(lambda: dialog.applied, timeout=20000)
        assert target.event(event.id).place == "г. Орёл"
        assert target.find_event(extra.id) is not None
        assert ops.undo_stack.count() == 1 and ops.undo_stack.undoText() == "Импорт отчётов"

        ops.undo_stack.undo()
        assert target.event(event.id).place == was
        assert target.find_event(extra.id) is None
        assert target.counts()["events"] == 29
        ops.undo_stack.redo()
        assert target.event(event.id).place == "г. Орёл"
