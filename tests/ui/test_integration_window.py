"""The window as started by the program: crash hook, drafts offered back, read-only files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.settings import Settings
from desktop_app.storage import drafts
from desktop_app.storage.store import Store
from desktop_app.ui import crash
from desktop_app.ui.application import start_window
from desktop_app.ui.event_form import EventFormDialog


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def started(qtbot):
    """Start windows like application.run does; undo their crash hooks afterwards."""
    handlers = []

    def start(store: Store, settings: Settings):
        window, handler = start_window(store, settings)
        handlers.append(handler)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield start
    for handler in reversed(handlers):
        handler.uninstall()


def test_draft_typed_in_the_window_survives_a_crash_and_comes_back(
    demo_store: Store, settings: Settings, started, qtbot, monkeypatch: pytest.MonkeyPatch,
    type_text,
):
    # Forms stay open instead of running their own modal loop, so the test can type into them.
    monkeypatch.setattr(EventFormDialog, "exec", lambda dialog: dialog.show())
    window = started(demo_store, settings)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.findChild(EventFormDialog)
    assert form is not None
    type_text(form.ui.titleEdit, "Лекция о Гагарине")
    type_text(form.ui.placeEdit, "Гжатск")
    qtbot.waitUntil(
        lambda: [d.state.get("place") for d in drafts.load_drafts(demo_store.path)] == ["Гжатск"],
        timeout=5000,
    )
    # The "crash": the form and the window vanish without saving or closing anything.
    form.blockSignals(True)
    form.setParent(None)
    form.deleteLater()
    window.blockSignals(True)
    window.hide()

    asked: list[str] = []
    reopened: list[tuple[str, str]] = []

    def fake_exec(dialog: EventFormDialog) -> int:
        reopened.append((dialog.ui.titleEdit.toPlainText(), dialog.ui.placeEdit.text()))
        dialog.mark_clean()
        dialog.done(QDialog.DialogCode.Rejected)
        return 0

    monkeypatch.setattr(crash, "_ask_draft", lambda parent, draft: asked.append(draft.title) or "open")
    monkeypatch.setattr(EventFormDialog, "exec", fake_exec)
    started(demo_store, settings)
    assert asked == ["Лекция о Гагарине"]
    assert reopened == [("Лекция о Гагарине", "Гжатск")]
    assert drafts.load_drafts(demo_store.path) == []


def test_uncaught_error_in_the_window_is_a_plain_message(
    demo_store: Store, settings: Settings, started, monkeypatch: pytest.MonkeyPatch,
):
    window = started(demo_store, settings)
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append((parent, title)))
    try:
        raise KeyError("нет такого")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert shown == [(window, "Ошибка в программе")]


def test_read_only_file_disables_every_editing_action(
    demo_store: Store, settings: Settings, started, qtbot,
):
    viewer = Store.open(demo_store.path, readonly=True)
    try:
        window = started(viewer, settings)
        assert window.ui.eventTable.model().rowCount() == 29
        window.select_event(window.events.event_id(0))
        editing = window.editing_actions()
        assert window.ui.actionEditEvent in editing and window.ui.actionImport in editing
        assert [a.objectName() or a.text() for a in editing if a.isEnabled()] == []
        # Reading stays possible.
        for action in (window.ui.actionExportDocx, window.ui.actionPrintPreview,
                       window.ui.actionChangeLog, window.ui.actionFind):
            assert action.isEnabled()
        assert "только просмотр" in window.windowTitle()
        label = window.statusBar().findChild(object, "readonlyLabel")
        assert label is not None and "Только просмотр" in label.text()
        # Selecting another row does not switch the row actions back on.
        window.select_event(window.events.event_id(1))
        assert not window.ui.actionDelete.isEnabled()
        qtbot.keyClick(window.ui.eventTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert window.findChild(EventFormDialog) is None
    finally:
        viewer.close()


def test_writable_window_has_editing_on(demo_store: Store, settings: Settings, started, qtbot,
                                        monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(EventFormDialog, "exec", lambda dialog: dialog.show())
    window = started(demo_store, settings)
    window.select_event(window.events.event_id(0))
    assert window.ui.actionNewEvent.isEnabled() and window.ui.actionDelete.isEnabled()
    assert "только просмотр" not in window.windowTitle()
    assert window.statusBar().findChild(object, "readonlyLabel") is None
    qtbot.keyClick(window.ui.eventTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.findChild(EventFormDialog)
    assert form is not None
    form.mark_clean()
    form.close()


def test_undo_actions_name_the_step_in_one_sentence(demo_store: Store, settings: Settings, started):
    window = started(demo_store, settings)
    window.select_event(window.events.event_id(0))
    window.ui.actionDelete.trigger()
    assert window.undo_action.text() == "Отменить удаление мероприятия"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Повторить удаление мероприятия"
    assert window.undo_action.text() == "Отменить"
