"""The menu actions as a clerk uses them: mouse clicks on the menu bar, keys in the dialogs.

Each test opens the real menu, clicks the real item and answers the real dialog that
comes up (found as the application's active modal widget), then checks what the
clerk would see or find on disk afterwards.
"""

from __future__ import annotations

import email
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.domain.entities import EventStatus
from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings
from desktop_app.storage.backup import list_backups
from desktop_app.storage.event_list import Column
from desktop_app.ui.event_form import EventFormDialog
from desktop_app.ui.event_table_model import EVENT_ID_ROLE
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import Operations

Q1 = ReportPeriod.quarter(2020, 1)
LEFT = Qt.MouseButton.LeftButton
# An open menu asks the offscreen platform to raise it and grab the keyboard; it cannot,
# and says so. Not our warnings.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, demo_store, settings):
    win = MainWindow(Operations(demo_store), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.set_period(Q1)
    yield win
    win.close()


# -- real input helpers -------------------------------------------------------------------


def choose(qtbot, win: MainWindow, text: str) -> None:
    """Click through the menu bar to the item whose text (without «&») starts with ``text``."""
    bar = win.menuBar()
    path = _menu_path(bar.actions(), text)
    assert path, f"no menu item «{text}»"
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(path[0]).center())
    for parent_action, action in zip(path, path[1:], strict=False):
        menu = parent_action.menu()
        qtbot.waitUntil(menu.isVisible)
        if action is path[-1]:
            qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
        else:  # a submenu opens when the pointer rests on it
            qtbot.mouseMove(menu, menu.actionGeometry(action).center())
            qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def _menu_path(actions, text: str):
    for action in actions:
        if action.isSeparator():
            continue
        if action.text().replace("&", "").startswith(text):
            return [action]
        menu: QMenu | None = action.menu()
        if menu is not None:
            rest = _menu_path(menu.actions(), text)
            if rest:
                return [action, *rest]
    return []


def when_modal(qtbot, handle: Callable[[QWidget], None], kind: type = QWidget,
               ) -> list[QWidget]:
    """Run ``handle`` on the next modal window of ``kind`` that opens (from inside its exec())."""
    seen: list[QWidget] = []
    before = QApplication.activeModalWidget()
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not before and isinstance(modal, kind) \
                and modal.isVisible():
            timer.stop()
            seen.append(modal)
            handle(modal)

    timer.timeout.connect(poll)
    timer.start()
    seen.append(timer)  # type: ignore[arg-type]  # keeps the timer alive with the list
    return seen


def click_button(qtbot, box: QWidget, text: str) -> None:
    button = next(b for b in box.findChildren(QAbstractButton)
                  if b.text().replace("&", "") == text and b.isVisible())
    qtbot.mouseClick(button, LEFT)


def click_row(qtbot, win: MainWindow, row: int) -> str:
    view = win.ui.eventTable
    index = view.model().index(row, Column.TITLE)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    return index.data(EVENT_ID_ROLE)


def rows(win: MainWindow) -> int:
    return win.ui.eventTable.model().rowCount()


# -- the actions ----------------------------------------------------------------------------


def test_duplicate_for_another_agreement(qtbot, window, demo_store):
    event_id = click_row(qtbot, window, 0)
    original = demo_store.event(event_id)
    # the last in the list: reaching it takes the keys, the first would be chosen by default
    target = [a for a in demo_store.agreements(active_only=True)
              if a.id not in original.agreement_ids][-1]
    label = target.short_name or target.title

    def pick(dialog: QWidget) -> None:
        combo = dialog.findChild(QComboBox)
        combo.setFocus()
        # Arrow keys through the list until the agreement is the current one, then Enter.
        for _ in range(combo.count()):
            if combo.currentText() == label:
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    when_modal(qtbot, pick, QDialog)
    before = demo_store.counts()["events"]
    choose(qtbot, window, "Дублировать для другого соглашения")
    assert demo_store.counts()["events"] == before + 1
    copies = [e for e in demo_store.events_in_period(Q1)
              if e.title == original.title and e.id != original.id]
    assert [c.agreement_ids for c in copies] == [[target.id]]
    assert (copies[0].timing, copies[0].department_id) == (original.timing,
                                                           original.department_id)


def test_duplicate_into_the_next_quarter(qtbot, window, demo_store):
    event_id = click_row(qtbot, window, 1)
    original = demo_store.event(event_id)
    assert original.timing == "5 февраля"
    choose(qtbot, window, "Дублировать в следующий квартал")
    copies = [e for e in demo_store.events_between(date(2020, 4, 1), date(2020, 6, 30))
              if e.title == original.title]
    assert len(copies) == 1
    assert (copies[0].starts_on, copies[0].timing) == (date(2020, 5, 5), "5 мая")
    assert copies[0].status == EventStatus.PLANNED != original.status
    assert rows(window) == 29  # the window still shows the first quarter


def test_backup_from_the_menu_writes_a_copy_with_every_event(qtbot, window, demo_store, settings):
    folder = settings.backup_folder(demo_store.path)
    before = list_backups(folder, demo_store.path)
    choose(qtbot, window, "Резервная копия")
    after = list_backups(folder, demo_store.path)
    assert len(after) == len(before) + 1
    assert after[0].events == 29
    assert str(after[0].path) in window.statusBar().currentMessage()


def test_restore_from_the_menu_brings_back_a_deleted_event(qtbot, window, demo_store):
    choose(qtbot, window, "Резервная копия")
    click_row(qtbot, window, 0)
    qtbot.keyClick(window.ui.eventTable, Qt.Key.Key_Delete)
    assert demo_store.counts()["events"] == 28 and rows(window) == 28

    def confirm(box: QWidget) -> None:
        click_button(qtbot, box, box.button(QMessageBox.StandardButton.Yes).text()
                     .replace("&", ""))

    def pick(dialog: QWidget) -> None:
        view = dialog.table
        index = view.model().index(0, 0)
        qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
        when_modal(qtbot, confirm, QMessageBox)
        qtbot.mouseClick(dialog.restore_button, LEFT)

    when_modal(qtbot, pick, QDialog)
    choose(qtbot, window, "Восстановить")
    qtbot.waitUntil(lambda: rows(window) == 29)
    assert window.ops.store.counts()["events"] == 29


def test_settings_typed_in_the_dialog_are_kept(qtbot, window, settings, type_text):
    def fill(dialog: QWidget) -> None:
        signature = dialog.ui.signatureEdit
        assert isinstance(signature, QPlainTextEdit)
        signature.setFocus()
        signature.selectAll()
        type_text(signature, "Начальник отдела И.И. Иванов")
        keep = dialog.ui.backupKeepSpin
        keep.setFocus()
        keep.selectAll()
        type_text(keep.lineEdit(), "7")
        click_button(qtbot, dialog, _ok_text(dialog))

    when_modal(qtbot, fill, QDialog)
    choose(qtbot, window, "Настройки")
    reread = Settings(settings.path)
    assert (settings.signature, settings.backup_keep) == ("Начальник отдела И.И. Иванов", 7)
    assert (reread.signature, reread.backup_keep) == ("Начальник отдела И.И. Иванов", 7)


def _ok_text(dialog: QWidget) -> str:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text().replace("&", "")


def test_email_prepares_a_draft_with_the_report_attached(qtbot, window, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    choose(qtbot, window, "Отправить")
    assert len(opened) == 1 and opened[0].endswith(".eml")
    message = email.message_from_bytes(Path(opened[0]).read_bytes())
    attached = [part.get_filename() for part in message.walk() if part.get_filename()]
    assert len(attached) == 1 and attached[0].endswith(".docx")
    docx_file = Path(opened[0]).parent / attached[0]
    assert docx_file.exists() and docx_file.stat().st_size > 0


def test_export_pdf_through_the_save_dialog(qtbot, window, type_text, tmp_path, monkeypatch):
    from desktop_app.ui import report_actions

    # The dialog opens in the reports folder; here a fresh one, so nothing lands elsewhere.
    monkeypatch.setattr(report_actions, "reports_folder", lambda: tmp_path)
    saved: list[Path] = []

    def save_as(dialog: QWidget) -> None:
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name.text().endswith(".pdf")  # a name is suggested
        name.setFocus()
        name.selectAll()
        type_text(name, "квартал")  # the format's suffix is added by the program
        saved.append(Path(dialog.directory().absolutePath()) / "квартал.pdf")
        popup = name.completer().popup() if name.completer() else None
        if popup is not None and popup.isVisible():
            qtbot.keyClick(popup, Qt.Key.Key_Escape)  # Esc closes the suggestions, not the dialog
        qtbot.keyClick(name, Qt.Key.Key_Return)

    when_modal(qtbot, save_as, QFileDialog)
    choose(qtbot, window, "В PDF")
    # The worker renames the file into place; the window says so once its done-signal arrives.
    qtbot.waitUntil(lambda: bool(saved) and str(saved[0]) in window.statusBar().currentMessage())
    assert saved[0].parent == tmp_path
    data = saved[0].read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) >= 2


def test_closing_the_event_form_with_typed_work_asks_first(qtbot, window, demo_store, type_text):
    answers: list[str] = []

    def type_then_close(form: QWidget) -> None:
        title = form.ui.titleEdit
        title.setFocus()
        type_text(title, "Совещание по итогам квартала")

        def cancel(box: QWidget) -> None:
            answers.append(box.text())
            click_button(qtbot, box, "Отмена")

        def discard(box: QWidget) -> None:
            answers.append(box.text())
            click_button(qtbot, box, "Не сохранять")

        when_modal(qtbot, cancel, QMessageBox)
        qtbot.keyClick(form, Qt.Key.Key_Escape)  # asks; «Отмена» keeps the form and the text
        answers.append(f"open={form.isVisible()} text={title.toPlainText()}")
        when_modal(qtbot, discard, QMessageBox)
        form.close()  # the close box: asks again; «Не сохранять» closes

    when_modal(qtbot, type_then_close, EventFormDialog)
    choose(qtbot, window, "Создать мероприятие")
    assert answers[1] == "open=True text=Совещание по итогам квартала"
    assert len(answers) == 3 and "не сохранены" in answers[0] and "не сохранены" in answers[2]
    assert demo_store.counts()["events"] == 29
    assert QApplication.activeModalWidget() is None


def test_quitting_with_the_event_form_open_asks_and_can_be_called_off(qtbot, window, demo_store,
                                                                      type_text):
    state: dict[str, object] = {}

    def type_then_quit(form: QWidget) -> None:
        form.ui.titleEdit.setFocus()
        type_text(form.ui.titleEdit, "Несохранённое")

        def cancel(box: QWidget) -> None:
            state["asked"] = box.text()
            click_button(qtbot, box, "Отмена")

        when_modal(qtbot, cancel, QMessageBox)
        QApplication.closeAllWindows()  # what logging out or the window's close does
        state["form open after cancel"] = form.isVisible()
        state["window open after cancel"] = window.isVisible()
        when_modal(qtbot, lambda box: click_button(qtbot, box, "Не сохранять"), QMessageBox)
        form.close()

    when_modal(qtbot, type_then_quit, EventFormDialog)
    choose(qtbot, window, "Создать мероприятие")
    assert "не сохранены" in str(state["asked"])
    assert state["form open after cancel"] and state["window open after cancel"]
    assert demo_store.counts()["events"] == 29


def test_the_first_window_fits_the_screen(qtbot, demo_store, tmp_path):
    """No saved geometry (a first start): the whole frame lies within the available area."""
    win = MainWindow(Operations(demo_store), Settings(tmp_path / "first.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    area: QRect = win.screen().availableGeometry()
    frame = win.frameGeometry()
    assert area.contains(frame), (area, frame)
    # ...and it uses the screen rather than Qt's small default
    assert frame.width() >= area.width() // 2 and frame.height() >= area.height() // 2
    win.close()
