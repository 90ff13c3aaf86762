"""A clerk's first start: an empty file, the first steps, the demo in its own file,
and the File menu's other files."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from desktop_app.paths import data_dir
from desktop_app.settings import Settings
from desktop_app.storage.store import Store
from desktop_app.ui import application, open_database
from desktop_app.ui.file_actions import recent_files
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import Operations


@pytest.fixture(autouse=True)
def _close_what_was_opened():
    yield
    for window, store in application._windows:
        window.close()
        store.close()
    application._windows.clear()
    open_database._release_all()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def open_window(qtbot, path: Path, settings: Settings) -> MainWindow:
    store = open_database.open_for_writing(path)
    win = application.show_window(store, settings)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    return win


def on_next_modal(act: Callable[[QWidget], None]) -> list[QWidget]:
    """Act on the modal window that is about to open (a dialog run with exec())."""
    seen: list[QWidget] = []
    QTimer.singleShot(0, partial(_act_on_modal, act, seen))
    return seen


def _act_on_modal(act: Callable[[QWidget], None], seen: list[QWidget]) -> None:
    # A plain function, not a closure calling itself: that closure was a reference cycle
    # holding the dialogs in ``seen``, left for Python's cycle collector after the test.
    modal = QApplication.activeModalWidget()
    if modal is None:  # not open yet: look again on the next turn
        QTimer.singleShot(10, partial(_act_on_modal, act, seen))
        return
    seen.append(modal)
    act(modal)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_empty_file_shows_the_first_steps_instead_of_a_blank_table(qtbot, tmp_path, settings,
                                                                   type_text):
    win = open_window(qtbot, tmp_path / "work.interreg", settings)
    empty = win.empty_state
    assert empty.isVisible() and not win.ui.eventTable.isVisible()
    labels = [b.text() for b in empty.findChildren(QPushButton) if b.isVisible()]
    assert labels == ["Добавить свой департамент", "Добавить соглашение",
                      "Импортировать отчёт…", "Открыть демонстрационный файл"]
    assert "1. Добавьте свой департамент." in empty.steps.text()

    def name_it(dialog: QWidget) -> None:
        type_text(dialog.ui.nameEdit, "Департамент культуры")
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # Enter saves

    seen = on_next_modal(name_it)
    click(qtbot, empty.department_button)
    assert len(seen) == 1  # the department dialog did open
    (department,) = win.ops.store.departments()
    assert department.name == "Департамент культуры"
    assert settings.own_department_id == department.id  # the first one is the clerk's own
    assert "1. Добавьте свой департамент — готово." in empty.steps.text()
    assert not empty.event_button.isVisible()  # no agreement yet


def test_demo_opens_in_a_file_of_its_own_and_the_working_file_stays_empty(
    qtbot, tmp_path, settings
):
    work = tmp_path / "work.interreg"
    win = open_window(qtbot, work, settings)
    click(qtbot, win.empty_state.demo_button)
    shown = application.current_window()
    assert shown is not win and shown.isVisible()
    demo = data_dir() / "demo.interreg"
    assert shown.ops.store.path == demo
    assert shown.ops.store.counts()["events"] == 29
    assert str(demo) in shown.windowTitle()
    assert not shown.empty_state.isVisible() and shown.ui.eventTable.model().rowCount() == 29
    assert not win.isVisible()
    with Store.open(work) as again:  # the working file: untouched, and free again
        assert again.counts()["events"] == 0
    assert recent_files(settings)[0] == demo.resolve()


def test_file_open_shows_the_other_file_and_its_path_and_remembers_both(
    qtbot, tmp_path, settings, monkeypatch
):
    first, other = tmp_path / "first.interreg", tmp_path / "папка" / "other.interreg"
    other.parent.mkdir()
    with Store.open(other) as s:
        from desktop_app.demo import load_demo

        load_demo(s)
    from desktop_app.ui.file_actions import remember_recent

    remember_recent(settings, first)
    win = open_window(qtbot, first, settings)
    assert str(first) in win.windowTitle()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(other), ""))
    win.open_file_action.trigger()
    shown = application.current_window()
    assert shown.ops.store.path == other and str(other) in shown.windowTitle()
    assert recent_files(settings)[:2] == [other.resolve(), first.resolve()]
    # The recent list offers the first file back.
    shown.recent_menu.aboutToShow.emit()
    entries = [a for a in shown.recent_menu.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(first.resolve())]
    entries[0].trigger()
    assert application.current_window().ops.store.path == first


def test_file_new_makes_an_empty_interreg_file_and_never_reuses_an_existing_one(
    qtbot, tmp_path, settings, monkeypatch
):
    win = open_window(qtbot, tmp_path / "work.interreg", settings)
    chosen = {"name": str(tmp_path / "work.interreg")}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen["name"], ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    win.new_file_action.trigger()
    assert warned and "уже существует" in warned[0]
    assert application.current_window() is win

    chosen["name"] = str(tmp_path / "второй")  # no extension typed
    win.new_file_action.trigger()
    shown = application.current_window()
    assert shown.ops.store.path == tmp_path / "второй.interreg"
    assert shown.ops.store.counts() == {**shown.ops.store.counts(), "events": 0, "departments": 0}
    assert shown.empty_state.isVisible()


def test_create_without_a_department_offers_to_add_one_first(qtbot, tmp_path, settings,
                                                            type_text):
    win = open_window(qtbot, tmp_path / "work.interreg", settings)
    asked: list[str] = []

    def answer_yes(box: QWidget) -> None:
        asked.append(box.text())
        on_next_modal(name_it)
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))

    def name_it(dialog: QWidget) -> None:
        type_text(dialog.ui.nameEdit, "Департамент спорта")
        on_next_modal(lambda form: (form.mark_clean(), form.reject()))
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)

    on_next_modal(answer_yes)
    win.ui.actionNewEvent.trigger()
    assert asked and "нет ни одного департамента" in asked[0]
    assert [d.name for d in win.ops.store.departments()] == ["Департамент спорта"]


def test_event_form_adds_a_department_and_an_agreement_without_leaving(qtbot, store, type_text):
    from desktop_app.ui.event_form import ADD_NEW, EventFormDialog

    ops = Operations(store)
    form = EventFormDialog(ops)
    qtbot.addWidget(form, before_close_func=lambda d: d.mark_clean())
    form.show()
    combo = form.ui.departmentCombo

    def name_department(dialog: QWidget) -> None:
        type_text(dialog.ui.nameEdit, "Комитет по туризму")
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)

    on_next_modal(name_department)
    combo.setCurrentIndex(combo.findData(ADD_NEW))  # «Добавить департамент…»
    (added,) = store.departments()
    assert combo.currentData() == added.id and combo.currentText() == "Комитет по туризму"

    def describe_agreement(dialog: QWidget) -> None:
        type_text(dialog.ui.titleEdit, "Соглашение о сотрудничестве с Тульской областью")
        qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)  # Enter saves here too

    on_next_modal(describe_agreement)
    click(qtbot, form.newAgreementButton)
    (agreement,) = store.agreements()
    assert form.picker.ids() == [agreement.id]


def test_help_menu_opens_the_demo_beside_the_working_file(qtbot, tmp_path, settings):
    from desktop_app.domain.entities import Department

    work = tmp_path / "work.interreg"
    with Store.open(work) as s:
        s.save_department(Department(name="Департамент туризма"))
        first = s.counts()
    win = open_window(qtbot, work, settings)
    assert win.ui.actionLoadDemo.text() == "Открыть &демонстрационный файл"
    win.ui.actionLoadDemo.trigger()
    shown = application.current_window()
    assert shown.ops.store.path == data_dir() / "demo.interreg"
    assert shown.ops.store.counts()["events"] == 29
    assert "Ваш рабочий файл не изменён" in shown.statusBar().currentMessage()
    with Store.open(work) as again:
        assert again.counts() == first and first["events"] == 0
