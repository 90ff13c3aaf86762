"""Enter and Esc in every dialog, and the window's keys, as a clerk presses them.

Enter accepts a dialog whose input is valid and shows the message when it is
not; Esc closes an untouched dialog and asks before typed work is thrown away.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from dialog_factories import DIALOGS
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox, QPushButton

from desktop_app.demo import demo_id
from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings
from desktop_app.ui.operations import Operations

Q1 = ReportPeriod.quarter(2020, 1)


@pytest.fixture
def ops(demo_store):
    return Operations(demo_store)


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog, before_close_func=lambda d: getattr(d, "mark_clean", lambda: None)())
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def answer_unsaved(button_text: str, asked: list[str]) -> None:
    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, run)
            return
        asked.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == button_text).click()

    QTimer.singleShot(0, run)


# -- Enter -------------------------------------------------------------------------


def test_enter_saves_a_department_or_shows_what_is_missing(qtbot, ops, demo_store, type_text):
    from desktop_app.ui.record_dialogs import DepartmentDialog

    dialog = shown(qtbot, DepartmentDialog(ops))
    dialog.ui.nameEdit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.nameError.isVisible()  # no name: the message
    type_text(dialog.ui.nameEdit, "Комитет по делам молодёжи")
    press(qtbot, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert "Комитет по делам молодёжи" in [d.name for d in demo_store.departments()]


def test_enter_saves_an_agreement_from_the_title_or_a_line(qtbot, ops, demo_store, type_text):
    from desktop_app.ui.record_dialogs import AgreementDialog

    dialog = shown(qtbot, AgreementDialog(ops))
    dialog.ui.shortNameEdit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.ui.titleError.isVisible()
    type_text(dialog.ui.titleEdit, "Соглашение с Тульской областью о сотрудничестве")
    dialog.ui.titleEdit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert any(a.title == "Соглашение с Тульской областью о сотрудничестве"
               for a in demo_store.agreements())


def test_enter_in_the_event_form_saves_or_names_the_missing_fields(qtbot, ops, demo_store,
                                                                   type_text):
    from desktop_app.ui.event_form import EventFormDialog

    form = shown(qtbot, EventFormDialog(
        ops, period=Q1, settings=SimpleNamespace(own_department_id=demo_id("department", "culture"))))
    form.ui.placeEdit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert form.isVisible() and form.ui.titleError.isVisible()
    form.picker.set_ids([demo_id("agreement", "moscow")])
    form.ui.titleEdit.setPlainText("Семинар")
    form.ui.timingPhrase.setFocus()
    type_text(form.ui.timingPhrase, "5 февраля")
    press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert [e.title for e in demo_store.events_in_period(Q1)].count("Семинар") == 1


def test_enter_accepts_the_settings(qtbot, ops, tmp_path):
    from desktop_app.ui.settings_dialog import SettingsDialog

    path = tmp_path / "s.ini"
    dialog = shown(qtbot, SettingsDialog(Settings(path), ops))
    dialog.ui.backupKeepSpin.setValue(4)
    dialog.ui.homeRegionEdit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert Settings(path).backup_keep == 4


def test_enter_in_the_edit_conflict_merges_field_by_field(qtbot, ops, tmp_path):
    dialog = shown(qtbot, DIALOGS["edit conflict"](ops, tmp_path))
    place = next(b for b in dialog.groups["place"].buttons() if b.property("side") == "theirs")
    place.click()  # keep the saved place, take my title and note
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    state = dialog.result_state()
    assert state["place"] == dialog.theirs["place"] != dialog.mine["place"]
    assert state["title"] == dialog.mine["title"] and state["note"] == dialog.mine["note"]


def test_enter_in_the_column_mapping_loads_only_a_readable_mapping(qtbot, ops, tmp_path):
    dialog = shown(qtbot, DIALOGS["column mapping"](ops, tmp_path))
    dialog.combos[2].setCurrentIndex(0)  # no title column: nothing can be read
    dialog.columns_table.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "наименование" in dialog.problem.text()
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("title"))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.mapping()[2] == "title"


def test_enter_answers_the_department_question_with_the_name_typed(qtbot, ops, tmp_path,
                                                                  type_text):
    dialog = shown(qtbot, DIALOGS["department question"](ops, tmp_path))
    combo = dialog.findChild(QComboBox)
    combo.setFocus()
    combo.lineEdit().selectAll()
    type_text(combo.lineEdit(), "Комитет по туризму")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.textValue() == "Комитет по туризму"


def test_enter_on_a_summary_row_shows_its_events_and_keeps_the_summary(qtbot, ops, tmp_path):
    from desktop_app.domain.summary import SummaryKind

    dialog = shown(qtbot, DIALOGS["summary"](ops, tmp_path))
    view = dialog.views[SummaryKind.DEPARTMENT]
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    table = dialog.win.ui.eventTable
    everything = table.model().rowCount()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert 0 < table.model().rowCount() < everything


# -- Esc ----------------------------------------------------------------------------


ESC_CLOSES = DIALOGS


@pytest.mark.parametrize("name", list(ESC_CLOSES))
def test_esc_closes_an_untouched_dialog_and_writes_nothing(qtbot, ops, demo_store, tmp_path, name):
    dialog = shown(qtbot, ESC_CLOSES[name](ops, tmp_path))
    before = demo_store.counts()
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible(), name
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert demo_store.counts() == before


@pytest.mark.parametrize("name", ["event form", "department", "agreement"])
def test_esc_after_typing_asks_and_cancel_keeps_the_work(qtbot, ops, tmp_path, type_text, name):
    dialog = shown(qtbot, ESC_CLOSES[name](ops, tmp_path))
    line = {"event form": lambda d: d.ui.placeEdit, "department": lambda d: d.ui.nameEdit,
            "agreement": lambda d: d.ui.shortNameEdit}[name](dialog)
    line.setFocus()
    type_text(line, "Черновик")
    asked: list[str] = []
    answer_unsaved("Отмена", asked)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert asked and "не сохранены" in asked[0]
    assert dialog.isVisible() and line.text().endswith("Черновик")
    answer_unsaved("Не сохранять", asked)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- the window's keys -------------------------------------------------------------------


@pytest.fixture
def window(qtbot, ops, tmp_path):
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(ops, Settings(tmp_path / "w.ini"))
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win


def test_menus_show_the_shortcuts(window):
    def shortcut(menu, text: str) -> str:
        action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))
        return action.shortcut().toString()

    ui = window.ui
    assert shortcut(ui.menuEdit, "Отменить") == "Ctrl+Z"
    assert shortcut(ui.menuEdit, "Повторить") == "Ctrl+Shift+Z"
    assert shortcut(ui.menuEdit, "Удалить") == "Del"
    assert shortcut(ui.menuEdit, "Найти") == "Ctrl+F"
    assert shortcut(ui.menuFile, "Создать мероприятие") == "Ctrl+N"
    assert shortcut(ui.menuFile, "Открыть файл базы") == "Ctrl+O"
    assert shortcut(ui.menuFile, "Выход") == "Ctrl+Q"


def test_esc_clears_the_search_box_and_shows_every_row_again(qtbot, window, type_text):
    window.set_period(Q1)
    table = window.ui.eventTable
    qtbot.waitUntil(lambda: table.model().rowCount() == 29)
    search = window.ui.searchEdit
    search.setFocus()
    type_text(search, "Смоленск")
    qtbot.waitUntil(lambda: 0 < table.model().rowCount() < 29)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: table.model().rowCount() == 29)


def test_undo_button_keeps_a_short_text_and_the_full_one_in_its_tooltip(qtbot, window, ops,
                                                                       demo_store):
    event = demo_store.events_in_period(Q1)[0]
    ops.delete_events([event.id])
    undo = window.undo_action
    assert undo.text() == "Отменить удаление мероприятия"
    assert undo.iconText() == "Отменить"
    assert undo.toolTip() == "Отменить удаление мероприятия"
    button = window.ui.mainToolBar.widgetForAction(undo)
    assert button.text() == "Отменить"
