"""What the window leaves until after its first paint still works when the user reaches it.

The start defers the summary window, the event form, the first steps, the summary's
focus strip, the counts and the crash log; the table reads only the head of its first
window of rows. Each is checked here on first use, with a file open and with an empty file.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.entities import EventStatus, new_id
from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings
from desktop_app.storage import event_list
from desktop_app.storage.event_list import Column, EventQuery
from desktop_app.storage.store import Store
from desktop_app.ui import crash, event_table_model, main_window
from desktop_app.ui.event_table_model import FIRST_ROWS, EventTableModel
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import Operations
from desktop_app.ui.summary.summary_window import SummaryWindow

Q1_2020 = ReportPeriod.quarter(2020, 1)


def _window(qtbot, store: Store, tmp_path: Path, *, show: bool = True) -> MainWindow:
    win = MainWindow(Operations(store), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    if show:
        win.show()
        qtbot.waitExposed(win)
    return win


def _add_copies(store: Store, count: int) -> None:
    template = store.events_in_period(Q1_2020)[0]
    with store.transaction():
        for n in range(count):
            store.save_event(replace(template, id=new_id(), version=0, position=0,
                                     created_at="", updated_at="", title=f"Копия {n:03}"))


# -- the table's first rows ----------------------------------------------------------------


def test_rows_past_the_head_are_those_of_one_full_query(qtbot, demo_store):
    _add_copies(demo_store, 2 * event_table_model.WINDOW)  # 29 + 400 rows: three windows
    model = EventTableModel(Operations(demo_store))
    model.first_rows = FIRST_ROWS  # as the window sets it for a large file
    model.set_filters(start=Q1_2020.start, end=Q1_2020.end)
    assert model.rowCount() == FIRST_ROWS  # the head alone, the count follows
    qtbot.waitUntil(lambda: model.rowCount() == 29 + 400)
    query = EventQuery(start=Q1_2020.start, end=Q1_2020.end)
    expected = [r["id"] for r in event_list.event_rows(demo_store, query, 0, 1000)]
    # Row by row across the head's end and the windows' borders, as a scrolling view asks.
    assert [model.event_id(r) for r in range(model.rowCount())] == expected


@pytest.mark.parametrize("first_rows", [FIRST_ROWS, event_table_model.WINDOW])
def test_a_period_shorter_than_the_head_is_counted_at_once(qtbot, demo_store, first_rows):
    model = EventTableModel(Operations(demo_store))
    model.first_rows = first_rows
    with qtbot.waitSignal(model.reloaded, timeout=0) as blocker:
        model.set_filters(start=Q1_2020.start, end=Q1_2020.end)
    assert blocker.args == [29, False] and model.rowCount() == 29
    assert [model.event_id(r) for r in range(29)] == [
        e.id for e in demo_store.events_in_period(Q1_2020)]


def test_the_table_colours_and_the_groups_bold_first_row(qtbot, demo_store):
    planned = replace(demo_store.events_in_period(Q1_2020)[3], status=EventStatus.PLANNED)
    demo_store.save_event(planned)
    model = EventTableModel(Operations(demo_store))
    model.set_filters(start=Q1_2020.start, end=Q1_2020.end)
    first, second = model.index(0, Column.DEPARTMENT), model.index(1, Column.DEPARTMENT)
    assert second.data(Qt.ItemDataRole.DisplayRole) == first.data(Qt.ItemDataRole.DisplayRole)
    assert QFont(first.data(Qt.ItemDataRole.FontRole)).bold()
    assert first.data(Qt.ItemDataRole.ForegroundRole) is None
    assert QColor(second.data(Qt.ItemDataRole.ForegroundRole)) == QColor("#8a8a8a")
    assert second.data(Qt.ItemDataRole.FontRole) is None
    statuses = {model.index(r, Column.STATUS).data(event_table_model.EVENT_ID_ROLE):
                model.index(r, Column.STATUS) for r in range(model.rowCount())}
    color = statuses[planned.id].data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(color) == QColor("#1f5fa8")


# -- the counts -------------------------------------------------------------------------------


def test_a_usual_file_shows_its_counts_in_the_first_frame(qtbot, demo_store, tmp_path):
    win = _window(qtbot, demo_store, tmp_path, show=False)  # no event processed yet
    assert win.departments.index(0, 0).data() == "Все департаменты (29)"
    assert win.statusBar().currentMessage() == "Мероприятий: 29"
    assert win.events.first_rows == event_table_model.WINDOW


@pytest.fixture
def large(monkeypatch):
    """The demo's 29 events taken for a large file (the window's threshold lowered)."""
    monkeypatch.setattr(main_window, "LARGE_FILE_EVENTS", 10)


def test_the_counts_of_a_large_file_come_after_the_first_paint(qtbot, demo_store, tmp_path,
                                                                large):
    win = _window(qtbot, demo_store, tmp_path, show=False)
    assert win.events.first_rows == FIRST_ROWS
    all_departments = win.departments.index(0, 0)
    assert all_departments.data() == "Все департаменты"  # names now, the count once painted
    win.show()
    qtbot.waitUntil(lambda: all_departments.data() == "Все департаменты (29)")


def test_a_window_never_shown_still_gets_its_counts(qtbot, demo_store, tmp_path, large):
    win = _window(qtbot, demo_store, tmp_path, show=False)
    qtbot.waitUntil(lambda: win.departments.index(0, 0).data() == "Все департаменты (29)",
                    timeout=3000)
    assert not win.isVisible()


# -- what is built or loaded on first use ---------------------------------------------------------


@pytest.mark.parametrize("events", ["demo", "empty"])
def test_the_summary_opens_on_its_first_use(qtbot, tmp_path, request, events):
    store = request.getfixturevalue("demo_store") if events == "demo" else Store.open(
        tmp_path / "empty.interreg")
    try:
        win = _window(qtbot, store, tmp_path)
        assert win.findChild(SummaryWindow) is None
        assert win.actionSummary.shortcut().toString() == "F9"
        win.actionSummary.trigger()  # Сервис → Сводка…, the toolbar button, F9
        summary = win.findChild(SummaryWindow)
        assert summary is not None
        qtbot.waitExposed(summary)
        total = "29" if events == "demo" else "0"
        assert total in summary.total_label.text()
        summary.close()
        win.close()
    finally:
        if events == "empty":
            store.close()


def test_the_first_steps_are_built_when_the_last_event_goes(qtbot, demo_store, tmp_path,
                                                             monkeypatch):
    win = _window(qtbot, demo_store, tmp_path)
    stack = win.event_stack
    assert stack._empty is None and stack.currentWidget() is win.ui.eventTable
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    ids = [e.id for e in demo_store.events_in_period(Q1_2020)]
    assert win.ops.delete_events(ids) is not None
    assert stack.currentWidget() is win.empty_state and win.empty_state.isVisible()
    assert "1. Добавьте свой департамент — готово." in win.empty_state.steps.text()
    win.undo_action.trigger()  # Ctrl+Z brings the events, and the table, back
    assert stack.currentWidget() is win.ui.eventTable
    assert win.ui.eventTable.model().rowCount() == 29


def test_the_focus_strip_is_built_by_the_first_summary_click(qtbot, demo_store, tmp_path):
    win = _window(qtbot, demo_store, tmp_path)
    assert win._focus_bar is None
    win.set_period(ReportPeriod.quarter(2020, 2))  # hides a strip that does not exist yet
    assert win._focus_bar is None
    win.set_period(Q1_2020)
    department = demo_store.events_in_period(Q1_2020)[0].department_id
    win.show_focus(event_list.EventFocus("department", department), "один департамент")
    assert win.focus_bar.isVisible() and "один департамент" in win.focus_bar.label.text()
    win.focus_bar.clear_button.click()
    assert not win.focus_bar.isVisible()
    assert win.ui.eventTable.model().rowCount() == 29


def test_the_crash_log_opens_on_the_first_turn_of_the_event_loop(qtbot, tmp_path):
    folder = tmp_path / "logs"
    handler = crash.install_excepthook(None, folder=folder)
    root = logging.getLogger()
    try:
        def ours() -> list[logging.Handler]:
            return [h for h in root.handlers
                    if Path(getattr(h, "baseFilename", "")) == folder / "interreg.log"]

        assert handler.log_path == folder / "interreg.log"
        qtbot.waitUntil(lambda: len(ours()) == 1)
        handler.open_log()  # once per process: no second handler
        assert len(ours()) == 1
    finally:
        handler.uninstall()
        for h in ours():
            root.removeHandler(h)
            h.close()


def test_the_window_starts_without_the_code_it_defers(tmp_path, demo_store):
    """A window on a file with events, painted: none of the deferred modules is loaded."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.settings import Settings\n"
        "from desktop_app.storage.store import Store\n"
        "from desktop_app.ui.main_window import MainWindow\n"
        "from desktop_app.ui.operations import Operations\n"
        "win = MainWindow(Operations(Store.open(sys.argv[1])), Settings(sys.argv[2]))\n"
        "win.show()\n"
        "QTimer.singleShot(100, app.quit)\n"
        "app.exec()\n"
        "print(win.ui.eventTable.model().rowCount())\n"
        "deferred = ['desktop_app.ui.summary.summary_window', 'desktop_app.ui.event_form',\n"
        "            'desktop_app.ui.crash', 'desktop_app.ui.choice_dialog',\n"
        "            'desktop_app.domain.summary', 'desktop_app.ui.summary.focus_bar',\n"
        "            'uuid', 'calendar', 'getpass', 'json']\n"
        "print(sorted(m for m in deferred if m in sys.modules))\n"
        "import PySide6.QtWidgets as W\n"
        "print(sorted(n for n in ('QStyle', 'QMessageBox', 'QFileDialog') if n in vars(W)))\n"
    )
    path = demo_store.path
    demo_store.close()
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(tmp_path / "s.ini")],
        capture_output=True, text=True, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # PySide6 builds a Qt class's Python type, with all its enums, on its first use:
    # the boxes, the file dialog and the style (~10 ms together) wait for theirs.
    assert lines[-1] == "[]"
    assert lines[-2] == "[]"
    assert int(lines[-3]) > 0  # the window did show its rows


def _pixels(icon, size: int) -> list[int]:
    # As ARGB values: two renderings may differ in premultiplied bytes of clear pixels.
    image = icon.pixmap(size).toImage()
    return [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]


def test_the_toolbar_shows_the_styles_own_pictures(qtbot, demo_store, tmp_path):
    """The icons read from Qt's resources are the pictures Fusion's standardIcon gives."""
    from PySide6.QtWidgets import QStyle, QStyleFactory

    from desktop_app.ui.toolbar_icons import STANDARD, standard_icon

    win = _window(qtbot, demo_store, tmp_path)
    style = QStyleFactory.create("Fusion")  # the platform's own style may draw others
    for name, pixmap in STANDARD.items():
        ours = standard_icon(win, name)
        theirs = style.standardIcon(getattr(QStyle.StandardPixmap, pixmap))
        # Same picture at the menus' size; the larger ones are there for the toolbar and
        # high-DPI screens (scaled pictures may differ by a shade at the edges).
        assert _pixels(ours, 16) == _pixels(theirs, 16), name
        assert {s.width() for s in ours.availableSizes()} == {16, 32, 128}, name
    toolbar = win.ui.mainToolBar.actions()
    assert sum(not action.icon().isNull() for action in toolbar) >= len(STANDARD)


def test_a_picture_qt_lacks_falls_back_to_the_styles_icon(qtbot, demo_store, tmp_path, monkeypatch):
    from desktop_app.ui import toolbar_icons

    win = _window(qtbot, demo_store, tmp_path)
    monkeypatch.setattr(toolbar_icons, "_IMAGES", ":/no/such/{}-{}.png")
    monkeypatch.setitem(toolbar_icons.STANDARD, "gone", "SP_TrashIcon")
    icon = toolbar_icons.standard_icon(win, "gone")
    assert not icon.isNull()
