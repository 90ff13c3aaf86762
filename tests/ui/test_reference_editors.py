"""Reference editors: agreements and departments, driven by keyboard and mouse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop_app.demo import demo_id
from desktop_app.domain.entities import Agreement
from desktop_app.storage import lookups
from desktop_app.ui.reference_editors import (
    AgreementDialog,
    AgreementsDialog,
    DepartmentDialog,
    DepartmentsDialog,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ops(demo_store):
    from desktop_app.ui.operations import Operations

    return Operations(demo_store)


def show(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def when_modal(qtbot, act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the next modal window as soon as it opens (the test is blocked in exec)."""

    def attempt(tries: int = 50) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None and tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        try:
            act(modal)
        finally:
            if modal is not None and modal.isVisible():  # a failed step must not hang the run
                if hasattr(modal, "mark_clean"):
                    modal.mark_clean()
                modal.reject()

    QTimer.singleShot(0, attempt)


def press_button(qtbot, text: str, seen: list[str]) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), box
        seen.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return act


def select(type_text: Callable[[QWidget, str], None], dialog, fragment: str) -> None:
    dialog.ui.filterEdit.clear()
    type_text(dialog.ui.filterEdit, fragment)
    assert dialog.proxy.rowCount() == 1, fragment
    dialog.ui.table.setFocus()
    dialog.ui.table.selectRow(0)


def test_used_agreement_is_not_deleted_and_can_be_marked_inactive(qtbot, ops, demo_store, type_text):
    dialog = show(qtbot, AgreementsDialog(ops))
    select(type_text, dialog, "Липецк")
    moscow_count = demo_store.counts()["agreements"]
    seen: list[str] = []
    when_modal(qtbot, press_button(qtbot, "Отмена", seen))
    qtbot.keyClick(dialog.ui.table, Qt.Key.Key_Delete)
    assert "нельзя удалить" in seen[0] and "мероприятия (2)" in seen[0]
    assert "недействующ" in seen[0]
    assert demo_store.agreement(demo_id("agreement", "lipetsk")).active

    when_modal(qtbot, press_button(qtbot, "Отметить недействующим", seen))
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    lipetsk = demo_store.agreement(demo_id("agreement", "lipetsk"))
    assert not lipetsk.active
    assert demo_store.counts()["agreements"] == moscow_count
    # The table shows it at once (it listens to Operations.changed).
    row = dialog.proxy.index(0, 4)
    assert row.data() == "нет"


def test_add_an_agreement_with_a_foreign_partner_then_delete_it(qtbot, ops, demo_store, type_text):
    dialog = show(qtbot, AgreementsDialog(ops))
    before = demo_store.counts()["agreements"]

    def fill(editor: QWidget) -> None:
        assert isinstance(editor, AgreementDialog)
        ui = editor.ui
        type_text(ui.titleEdit, "Соглашение между Администрацией Смоленской области и "
                                "Минским облисполкомом о сотрудничестве")
        type_text(ui.shortNameEdit, "Минская область")
        type_text(ui.regionsEdit, "Минская область (Республика Беларусь)")
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert demo_store.counts()["agreements"] == before + 1
    (minsk,) = [a for a in demo_store.agreements() if a.short_name == "Минская область"]
    assert minsk.partner_regions == ["Минская область (Республика Беларусь)"]
    assert minsk.active and minsk.signed_on is None and minsk.valid_until is None
    assert dialog.current().id == minsk.id  # the new row is selected

    seen: list[str] = []
    when_modal(qtbot, press_button(qtbot, "Удалить", seen))
    qtbot.keyClick(dialog.ui.table, Qt.Key.Key_Delete)
    assert "Удалить соглашение «Минская область»?" in seen[0]
    assert demo_store.counts()["agreements"] == before


def test_agreement_editor_refuses_empty_and_duplicate_titles(qtbot, ops, demo_store, type_text):
    editor = show(qtbot, AgreementDialog(ops))
    before = demo_store.counts()["agreements"]
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.ui.titleError.isVisible() and "название" in editor.ui.titleError.text()
    # The same title as the Vladimir agreement, typed with the space lost as in the report.
    type_text(editor.ui.titleEdit, demo_store.agreement(demo_id("agreement", "vladimir")).title
              .replace("Администрацией Владимирской", "АдминистрациейВладимирской"))
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "уже есть" in editor.ui.titleError.text()
    assert demo_store.counts()["agreements"] == before
    assert editor.isVisible()
    editor.mark_clean()


def test_agreement_editor_changes_dates_and_number(qtbot, ops, demo_store, type_text):
    old = demo_store.agreement(demo_id("agreement", "orel"))
    editor = show(qtbot, AgreementDialog(ops, agreement=old))
    editor.ui.signedEdit.setDate(editor.ui.signedEdit.date().fromString("15.05.2018", "dd.MM.yyyy"))
    type_text(editor.ui.numberEdit, "12-С")
    assert editor.save()
    new = demo_store.agreement(old.id)
    assert new.number == "12-С" and str(new.signed_on) == "2018-05-15"
    table = show(qtbot, AgreementsDialog(ops))
    select(type_text, table, "Орлов")
    assert table.proxy.index(0, 3).data() == "с 15.05.2018, бессрочно"
    assert new.valid_until is None and new.title == old.title


def test_filter_narrows_the_agreement_list(qtbot, ops, type_text):
    dialog = show(qtbot, AgreementsDialog(ops))
    total = dialog.proxy.rowCount()
    assert total == 8
    type_text(dialog.ui.filterEdit, "брянск")
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data() == "Калужская и Брянская области"
    dialog.ui.filterEdit.clear()
    assert dialog.proxy.rowCount() == total


def test_used_department_is_not_deleted_and_says_why(qtbot, ops, demo_store, type_text):
    dialog = show(qtbot, DepartmentsDialog(ops))
    select(type_text, dialog, "культур")
    seen: list[str] = []
    when_modal(qtbot, press_button(qtbot, "Отмена", seen))
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert "Департамент «Культура» нельзя удалить" in seen[0]
    assert "мероприятия (8)" in seen[0]
    assert demo_store.department(demo_id("department", "culture")).active


def test_add_department_refuses_empty_name_then_saves(qtbot, ops, demo_store, type_text):
    dialog = show(qtbot, DepartmentsDialog(ops))
    before = demo_store.counts()["departments"]

    def fill(editor: QWidget) -> None:
        assert isinstance(editor, DepartmentDialog)
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
        assert editor.ui.nameError.isVisible()
        assert demo_store.counts()["departments"] == before
        type_text(editor.ui.nameEdit, "Департамент Смоленской области по туризму")
        type_text(editor.ui.shortNameEdit, "Туризм")
        qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    qtbot.keyClick(dialog.ui.table, Qt.Key.Key_Insert)
    (tourism,) = [d for d in demo_store.departments() if d.short_name == "Туризм"]
    assert tourism.position == 6  # after the five demo departments
    assert dialog.current().id == tourism.id


def test_editor_with_changes_asks_before_closing(qtbot, ops, demo_store, type_text):
    old = demo_store.agreement(demo_id("agreement", "crimea"))
    editor = show(qtbot, AgreementDialog(ops, agreement=old))
    type_text(editor.ui.shortNameEdit, " (Крым)")
    seen: list[str] = []
    when_modal(qtbot, press_button(qtbot, "Не сохранять", seen))
    qtbot.keyClick(editor.ui.shortNameEdit, Qt.Key.Key_Escape)
    assert seen and not editor.isVisible()
    assert demo_store.agreement(old.id).short_name == old.short_name


def test_new_agreement_defaults(qtbot, ops):
    editor = show(qtbot, AgreementDialog(ops))
    assert editor.ui.activeCheck.isChecked()
    assert editor.ui.signedEdit.text() == "не указана"
    assert editor.ui.validEdit.text() == "бессрочно"
    assert not editor.is_dirty()
    _ = Agreement  # the dialog builds this type


def test_a_new_partner_region_can_be_marked_foreign(qtbot, ops, demo_store, type_text):
    editor = show(qtbot, AgreementDialog(ops))
    ui = editor.ui
    assert not ui.foreignCheck.isVisible()  # nothing new typed: nothing to ask
    type_text(ui.titleEdit, "Соглашение между Администрацией Смоленской области и "
                            "Витебским облисполкомом о сотрудничестве")
    type_text(ui.regionsEdit, "Брянская область; Витебская область (Республика Беларусь)")
    assert ui.regionsHint.isVisible() and "Витебская" in ui.regionsHint.text()
    assert "Брянская" not in ui.regionsHint.text()
    assert ui.foreignCheck.isVisible() and not ui.foreignCheck.isChecked()
    ui.regionsEdit.setFocus()
    qtbot.keyClick(ui.regionsEdit, Qt.Key.Key_Tab)  # the choice is next in the Tab order
    assert QApplication.focusWidget() is ui.foreignCheck
    qtbot.keyClick(ui.foreignCheck, Qt.Key.Key_Space)
    assert ui.foreignCheck.isChecked()
    qtbot.keyClick(ui.foreignCheck, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.saved_record is not None
    stored = demo_store.agreement(editor.saved_record.id)
    assert stored.partner_regions == ["Брянская область", "Витебская область (Республика Беларусь)"]
    regions = dict(demo_store.regions())
    assert regions["Витебская область (Республика Беларусь)"] is True
    assert regions["Брянская область"] is False  # a known region keeps its mark


def test_a_new_partner_region_is_russian_unless_marked(qtbot, ops, demo_store, type_text):
    editor = show(qtbot, AgreementDialog(ops))
    type_text(editor.ui.titleEdit, "Соглашение о сотрудничестве со Смоленским районом")
    type_text(editor.ui.regionsEdit, "Смоленская обл.")
    assert editor.ui.foreignCheck.isVisible()  # a new name, left unmarked
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dict(demo_store.regions())["Смоленская обл."] is False


def test_add_region_keeps_a_known_name_and_its_mark(store):
    seeded = dict(store.regions())  # every new file starts with the subjects of the RF

    def added() -> dict[str, bool]:
        return {k: v for k, v in store.regions() if k not in seeded}

    assert lookups.add_region(store, "  Минская   область ", True)
    assert added() == {"Минская область": True}
    # The same name in other letter case is not a second region, nor does it flip the mark.
    assert not lookups.add_region(store, "МИНСКАЯ ОБЛАСТЬ", False)
    assert not lookups.add_region(store, " ", False)
    assert added() == {"Минская область": True}
    assert not lookups.add_region(store, "тверская область", True)
    assert dict(store.regions())["Тверская область"] is False
    assert lookups.add_region(store, "Гомельская область", False)
    assert added()["Гомельская область"] is False
