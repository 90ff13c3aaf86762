"""The main window on the demo report, driven like a user: keys, clicks, restarts."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings
from desktop_app.storage.event_list import Column
from desktop_app.ui.event_table_model import EVENT_ID_ROLE
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import Operations

Q1_2020 = ReportPeriod.quarter(2020, 1)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def window(qtbot, demo_store, ini):
    win = _open(qtbot, demo_store, ini)
    yield win
    win.close()


def _open(qtbot, store, ini: Path) -> MainWindow:
    win = MainWindow(Operations(store), Settings(ini))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _column(win: MainWindow, column: Column) -> list[str]:
    model = win.ui.eventTable.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _ids(win: MainWindow) -> list[str]:
    model = win.ui.eventTable.model()
    return [model.index(r, 0).data(EVENT_ID_ROLE) for r in range(model.rowCount())]


def _click_department(qtbot, win: MainWindow, short_name: str) -> None:
    view = win.ui.departmentList
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r).data().startswith(short_name))
    rect = view.visualRect(model.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_opens_on_the_demo_quarter_grouped_by_department(qtbot, window, demo_store):
    assert window.period() == Q1_2020
    assert window.ui.eventTable.model().rowCount() == 29
    assert _ids(window) == [e.id for e in demo_store.events_in_period(Q1_2020)]
    # Grouped: each department's rows form one run, in the departments' order.
    shown = _column(window, Column.DEPARTMENT)
    runs = [name for i, name in enumerate(shown) if i == 0 or shown[i - 1] != name]
    order = [d.short_name for d in demo_store.departments()]
    assert runs == order
    first = window.ui.departmentList.model().index(0)
    # Counts arrive just after the first paint.
    qtbot.waitUntil(lambda: first.data() == "Все департаменты (29)")
    assert "29" in window.statusBar().currentMessage()


def test_search_box_narrows_the_table(qtbot, window, demo_store, type_text):
    type_text(window.ui.searchEdit, "Гагарин")
    assert window.ui.searchEdit.text() == "Гагарин"
    model = window.ui.eventTable.model()
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 29)
    for event_id in _ids(window):
        e = demo_store.event(event_id)
        text = " ".join([e.title, e.place, e.participants, e.result, e.note]).lower()
        assert "гагарин" in text
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 29)


def test_department_click_narrows_the_table(qtbot, window, demo_store):
    sport = next(d for d in demo_store.departments() if d.short_name == "Спорт")
    _click_department(qtbot, window, "Спорт")
    model = window.ui.eventTable.model()
    qtbot.waitUntil(lambda: model.rowCount() == 11)
    assert set(_column(window, Column.DEPARTMENT)) == {"Спорт"}
    assert all(demo_store.event(i).department_id == sport.id for i in _ids(window))
    _click_department(qtbot, window, "Все департаменты")
    qtbot.waitUntil(lambda: model.rowCount() == 29)


def test_header_click_sorts(qtbot, window):
    header = window.ui.eventTable.horizontalHeader()
    x = header.sectionViewportPosition(Column.TITLE) + header.sectionSize(Column.TITLE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    titles = _column(window, Column.TITLE)
    assert len(titles) == 29
    assert [t[:40] for t in titles] == sorted(t[:40] for t in titles)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    again = _column(window, Column.TITLE)
    assert [t[:40] for t in again] == sorted((t[:40] for t in titles), reverse=True)


def test_delete_then_ctrl_z_brings_the_event_back(qtbot, window, demo_store):
    table = window.ui.eventTable
    table.setFocus()
    table.selectRow(4)
    victim = window.current_event_id()
    before = demo_store.event(victim)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert demo_store.find_event(victim) is None
    qtbot.waitUntil(lambda: table.model().rowCount() == 28)
    assert victim not in _ids(window)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_store.event(victim) == before
    qtbot.waitUntil(lambda: table.model().rowCount() == 29)
    assert _ids(window)[4] == victim
    # Redo deletes it again; every step is in the change log.
    qtbot.keyClick(
        table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert demo_store.find_event(victim) is None
    actions = [r["action"] for r in demo_store.change_log(entity_id=victim)]
    assert actions[:3] == ["delete", "restore", "delete"]


def test_refused_write_is_reported_once_and_changes_nothing(qtbot, window, demo_store, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    event = demo_store.events_in_period(Q1_2020)[0]
    stale = demo_store.event(event.id)
    event.title = "Изменено на другом компьютере"
    demo_store.save_event(event)
    stale_edit = demo_store.event(event.id)
    stale_edit.title = "Моя правка"
    assert window.ops.update_event(stale, stale_edit) is None
    assert len(shown) == 1 and "изменено в другом месте" in shown[0]
    assert demo_store.event(event.id).title == "Изменено на другом компьютере"
    assert not window.ops.undo_stack.canUndo()


def test_window_state_survives_a_restart(qtbot, demo_store, ini):
    first = _open(qtbot, demo_store, ini)
    first.set_period(ReportPeriod.half_year(2020, 1))
    _click_department(qtbot, first, "Культура")
    first.resize(701, 533)
    first.ui.eventTable.horizontalHeader().resizeSection(Column.TITLE, 411)
    first.close()

    second = _open(qtbot, demo_store, ini)
    assert second.period() == ReportPeriod.half_year(2020, 1)
    assert second.department_id() == first.department_id() != ""
    assert second.ui.eventTable.model().rowCount() == 8
    assert (second.width(), second.height()) == (701, 533)
    assert second.ui.eventTable.horizontalHeader().sectionSize(Column.TITLE) == 411
    second.close()


def test_status_filter_and_period_change(qtbot, window):
    model = window.ui.eventTable.model()
    window.set_period(ReportPeriod.quarter(2020, 2))
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    window.set_period(ReportPeriod.nine_months(2020))
    qtbot.waitUntil(lambda: model.rowCount() == 29)
    combo = window.ui.statusCombo
    combo.setCurrentIndex(combo.findData("запланировано"))
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    first = window.ui.departmentList.model().index(0)
    qtbot.waitUntil(lambda: first.data() == "Все департаменты (0)")


def test_department_counts_follow_a_new_event_without_losing_the_choice(qtbot, window, demo_store):
    model = window.ui.departmentList.model()
    sport_row = next(r for r in range(model.rowCount()) if model.index(r).data().startswith("Спорт"))
    window.ui.departmentList.setCurrentIndex(model.index(sport_row))
    qtbot.waitUntil(lambda: model.index(sport_row).data() == "Спорт (11)")
    sport_event = next(e for e in demo_store.events_in_period(Q1_2020)
                       if e.department_id == window.department_id())
    window.ops.create_event(
        dataclasses.replace(sport_event, id="copy-of-a-sport-event", version=0, position=0))
    qtbot.waitUntil(lambda: model.index(sport_row).data() == "Спорт (12)")
    assert model.index(0).data() == "Все департаменты (30)"
    assert window.department_id() == sport_event.department_id


@pytest.fixture
def inactive_sport(demo_store):
    sport = next(d for d in demo_store.departments() if d.short_name == "Спорт")
    return demo_store.save_department(dataclasses.replace(sport, active=False))


def test_a_chosen_inactive_department_survives_an_edit(qtbot, demo_store, inactive_sport, ini):
    win = _open(qtbot, demo_store, ini)
    model = win.ui.departmentList.model()
    qtbot.waitUntil(lambda: model.row_of(inactive_sport.id) is not None)
    win.ui.departmentList.setCurrentIndex(model.index(model.row_of(inactive_sport.id)))
    other = next(e for e in demo_store.events_in_period(Q1_2020)
                 if e.department_id != inactive_sport.id)
    win.ops.create_event(dataclasses.replace(other, id="another", version=0, position=0))
    qtbot.waitUntil(lambda: model.index(0).data() == "Все департаменты (30)")
    assert win.department_id() == inactive_sport.id
    assert win.ui.eventTable.model().rowCount() == 11
    win.close()


def test_a_saved_inactive_department_comes_back_at_start(qtbot, demo_store, inactive_sport, ini):
    settings = Settings(ini)
    settings.department_id = inactive_sport.id
    win = _open(qtbot, demo_store, ini)
    model = win.ui.departmentList.model()
    qtbot.waitUntil(lambda: model.index(0).data() == "Все департаменты (29)")
    assert win.department_id() == inactive_sport.id
    win.close()
