"""The rows an action brings into view come up selected: a created event, an undone deletion."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop_app.domain.entities import new_id
from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import Operations

Q1_2020 = ReportPeriod.quarter(2020, 1)


@pytest.fixture
def window(qtbot, demo_store, tmp_path: Path):
    win = MainWindow(Operations(demo_store), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.set_period(Q1_2020)
    yield win
    win.close()


def _selected_rows(win: MainWindow) -> list[int]:
    return sorted(i.row() for i in win.ui.eventTable.selectionModel().selectedRows())


def _row_actions_enabled(win: MainWindow) -> bool:
    return win.ui.actionEditEvent.isEnabled() and win.ui.actionDelete.isEnabled()


def test_ctrl_z_of_a_deletion_selects_the_restored_row(qtbot, window):
    table = window.ui.eventTable
    table.setFocus()
    table.selectRow(4)
    victim = window.current_event_id()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: table.model().rowCount() == 28)
    table.clearSelection()
    table.setCurrentIndex(table.model().index(-1, -1))
    assert window.current_event_id() is None and not _row_actions_enabled(window)

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table.model().rowCount() == 29)
    assert window.current_event_id() == victim
    assert _selected_rows(window) == [4]
    assert _row_actions_enabled(window)
    assert window.ops.store.event(victim).title[:30] in window.ui.detailsView.toPlainText()


def test_ctrl_z_of_a_multi_row_deletion_selects_every_restored_row(qtbot, window):
    table = window.ui.eventTable
    table.setFocus()
    selection = table.selectionModel()
    for row in (2, 7):
        selection.select(table.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    victims = window.selected_event_ids()
    assert len(victims) == 2
    window.ui.actionDelete.trigger()
    qtbot.waitUntil(lambda: table.model().rowCount() == 27)

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.selected_event_ids()) == sorted(victims)
    assert _selected_rows(window) == [2, 7]
    assert _row_actions_enabled(window)


def test_a_created_event_comes_up_selected_and_again_after_undo_redo(qtbot, window, demo_store):
    table = window.ui.eventTable
    table.selectRow(0)
    model = demo_store.events_in_period(Q1_2020)[10]
    new = replace(model, id=new_id(), version=0, position=0, created_at="", updated_at="",
                  title="Новая выставка народных промыслов")
    saved = window.ops.create_event(new)
    assert saved is not None
    assert window.current_event_id() == saved.id
    assert window.selected_event_ids() == [saved.id]
    assert "Новая выставка" in window.ui.detailsView.toPlainText()

    table.selectRow(0)
    window.undo_action.trigger()  # the new row goes: nothing of it to select
    assert demo_store.find_event(saved.id) is None
    assert window.current_event_id() != saved.id
    window.redo_action.trigger()  # it comes back, selected
    assert window.current_event_id() == saved.id and _row_actions_enabled(window)


def test_undoing_an_edit_selects_the_edited_row(qtbot, window, demo_store):
    event = demo_store.events_in_period(Q1_2020)[5]
    assert window.ops.update_event(event, replace(event, place="г. Тула")) is not None
    window.ui.eventTable.selectRow(0)
    window.undo_action.trigger()
    assert demo_store.event(event.id).place == event.place
    assert window.current_event_id() == event.id


def test_a_row_beyond_the_first_window_is_selected_once_counted(qtbot, window, demo_store):
    """A long table counts its rows after the first window; the new row waits for that."""
    from desktop_app.ui import event_table_model

    template = demo_store.events_in_period(Q1_2020)[0]
    copies = [replace(template, id=new_id(), version=0, position=0, created_at="",
                      updated_at="", title=f"Копия {n:03}")
              for n in range(event_table_model.WINDOW + 20)]
    saved = window.ops.create_events(copies, "Дублирование мероприятий")
    assert saved
    assert window.ui.eventTable.model().rowCount() < 29 + len(copies)  # not counted yet
    qtbot.waitUntil(lambda: len(window.selected_event_ids()) == len(copies))
    assert set(window.selected_event_ids()) == {e.id for e in saved}
    assert window.current_event_id() == saved[0].id
