"""The import's mapping step: a header the program does not understand is mapped once, then remembered."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QInputDialog

sys.path.insert(0, str(Path(__file__).parents[1] / "exchange"))
from office_shapes import (  # noqa: E402
    ECONOMY,
    EVENTS,
    PLANNED,
    OfficeShape,
    combined_timing_place,
    competing_dates,
    competing_titles,
    dotted_numbers_partner_column,
    plan_with_agreement_sections,
)
from report_shapes import build_docx  # noqa: E402

from desktop_app.exchange.importer import read_report  # noqa: E402
from desktop_app.exchange.report_file import ImportFileError  # noqa: E402
from desktop_app.settings import Settings  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402
from desktop_app.ui.column_mapping import (  # noqa: E402
    COMPETING_COLOR,
    ColumnMappingDialog,
    remembered_mappings,
)
from desktop_app.ui.import_dialog import ImportDialog, run_import  # noqa: E402
from desktop_app.ui.operations import Operations  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def odd_report(tmp_path: Path, name: str = "odd") -> Path:
    rows = [["№", "Основание", "Что сделано", "Когда", "Где", "Отметка", "Кто"]]
    for n, e in enumerate(EVENTS, 1):
        rows.append([str(n), e.agreement, e.title, e.timing, e.place, e.note, e.dept])
    return OfficeShape(name, "docx", ["Отчет за I квартал 2021 года", rows], ()).build(tmp_path)


def refusal(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_report(path)
    return caught.value


def test_the_dialog_shows_the_header_a_chooser_per_column_and_the_rows_as_read(qtbot, tmp_path):
    path = odd_report(tmp_path)
    error = refusal(path)
    dialog = ColumnMappingDialog(path, error.unclear)
    qtbot.addWidget(dialog)
    assert [dialog.columns_table.item(0, c).text() for c in range(7)] == [
        "№", "Основание", "Что сделано", "Когда", "Где", "Отметка", "Кто"]
    # The suggestion, guessed from the first row.
    assert dialog.mapping() == {0: "number", 1: "agreements", 2: "title", 3: "timing",
                                4: "place", 5: "note", 6: "department"}
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and dialog.preview.rowCount() == 5
    assert dialog.preview.item(0, 2).text() == EVENTS[0].title
    assert dialog.preview.item(0, 0).text() == EVENTS[0].dept
    dialog.combos[6].setCurrentIndex(0)  # «не загружать»
    assert dialog.preview.item(0, 0).text() == ""
    # Without a title column nothing can be read: said, and «Загрузить» is off.
    dialog.combos[2].setCurrentIndex(0)
    assert not ok.isEnabled() and "наименование" in dialog.problem.text()
    assert dialog.preview.rowCount() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_mapped_layout_is_remembered_and_the_next_file_imports_without_asking(
        qtbot, tmp_path, monkeypatch):
    settings = Settings(tmp_path / "settings.ini")
    store = Store.in_memory()
    asked: list[str] = []

    def choose_department(dialog: ColumnMappingDialog) -> int:
        # stands in for the user at the modal dialog (exec() itself is Qt's)
        asked.append(dialog.path.name)
        dialog.combos[6].setCurrentIndex(0)
        dialog.combos[6].setCurrentIndex(dialog.combos[6].findData("department"))
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter confirms
        return dialog.result()

    def confirm(dialog: ImportDialog) -> int:
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose_department)
    monkeypatch.setattr(ImportDialog, "exec", confirm)
    monkeypatch.setattr(ImportDialog, "plan_files", _plan_creating(ImportDialog.plan_files))
    assert run_import(None, Operations(store), [odd_report(tmp_path)], settings=settings)
    assert asked == ["odd.docx"] and store.counts()["events"] == 6
    assert len(remembered_mappings(Settings(tmp_path / "settings.ini"))) == 1
    # The same layout again: no question.
    (tmp_path / "second").mkdir()
    second = odd_report(tmp_path / "second")
    other = Store.in_memory()
    assert run_import(None, Operations(other), [second], settings=settings)
    assert asked == ["odd.docx"] and other.counts()["events"] == 6


def _plan_creating(plan_files):
    """Plan with every new name created, as a user choosing «Создать новое» would."""

    def plan(dialog: ImportDialog, made: object = None) -> None:
        plan_files(dialog, made)
        for name in dialog.plan.unmatched:
            dialog.mapping[name.text] = "+create"
        if dialog.plan.unmatched:
            plan_files(dialog)

    return plan


def test_the_department_of_a_file_without_one_is_asked_once(qtbot, tmp_path, monkeypatch):
    store = Store.in_memory()
    paths = [combined_timing_place().build(tmp_path)]
    asked: list[str] = []

    def answer(dialog: QInputDialog) -> int:
        asked.append(dialog.labelText())
        dialog.show()
        combo = dialog.findChild(QComboBox)
        combo.setEditText(ECONOMY)  # typed: a department the file does not name
        qtbot.keyClick(combo, Qt.Key.Key_Return)  # Enter answers
        return dialog.result()

    monkeypatch.setattr(QInputDialog, "exec", answer)

    def confirm(dialog: ImportDialog) -> int:
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", confirm)
    monkeypatch.setattr(ImportDialog, "plan_files", _plan_creating(ImportDialog.plan_files))
    assert run_import(None, Operations(store), paths)
    assert len(asked) == 1 and "combined-timing-place.docx" in asked[0]
    assert [d.name for d in store.departments()] == [ECONOMY]
    assert store.counts()["events"] == 3


def test_closing_the_mapping_step_imports_nothing(qtbot, tmp_path, monkeypatch):
    store = Store.in_memory()
    settings = Settings(tmp_path / "settings.ini")

    def close(dialog: ColumnMappingDialog) -> int:
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", close)
    assert run_import(None, Operations(store), [odd_report(tmp_path)], settings=settings) is False
    assert store.counts()["events"] == 0 and remembered_mappings(settings) == {}


def test_two_title_columns_open_the_mapping_step_with_both_marked(qtbot, tmp_path):
    path = competing_titles("docx").build(tmp_path)
    error = refusal(path)
    dialog = ColumnMappingDialog(path, error.unclear)
    qtbot.addWidget(dialog)
    dialog.show()
    marked = [c for c in range(7)
              if dialog.columns_table.item(0, c).background().color().name() == COMPETING_COLOR]
    assert marked == [1, 2]
    assert all(dialog.column_on_screen(c) for c in marked)
    assert "2 «Наименование», 3 «Наименование мероприятия»" in dialog.intro.text()
    # Offered: the «мероприятие» column as the title, the other as the agreement it holds.
    assert dialog.combos[2].currentData() == "title"
    assert dialog.combos[1].currentData() == "agreements"
    assert dialog.preview.item(0, 2).text() == EVENTS[0].title


def test_two_date_columns_are_chosen_between_in_the_window(qtbot, tmp_path, monkeypatch):
    """The whole path: the import stops at the mapping step, the user picks the day column."""
    store = Store.in_memory()
    shown: list[tuple[list[int], str, str]] = []

    def choose_the_day(dialog: ColumnMappingDialog) -> int:
        dialog.show()
        marked = [c for c in range(len(dialog.combos)) if dialog.columns_table.item(0, c)
                  .background().color().name() == COMPETING_COLOR]
        assert all(dialog.column_on_screen(c) for c in marked)  # side by side, scrolled to
        shown.append((marked, dialog.intro.text(), dialog.preview.item(0, 3).text()))
        dialog.combos[3].setCurrentIndex(dialog.combos[3].findData(""))
        dialog.combos[4].setCurrentIndex(dialog.combos[4].findData("timing"))
        assert dialog.preview.item(0, 3).text() == EVENTS[0].timing
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return dialog.result()

    def confirm(dialog: ImportDialog) -> int:
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose_the_day)
    monkeypatch.setattr(ImportDialog, "exec", confirm)
    monkeypatch.setattr(ImportDialog, "plan_files", _plan_creating(ImportDialog.plan_files))
    path = competing_dates("xlsx").build(tmp_path)
    assert run_import(None, Operations(store), [path], settings=Settings(tmp_path / "s.ini"))
    assert len(shown) == 1
    marked, intro, first_timing = shown[0]
    assert marked == [3, 4] and "4 «Срок исполнения», 5 «Дата проведения»" in intro
    assert first_timing == PLANNED  # offered: the first, for the user to change
    events = store.events_between(EVENTS[0].start.replace(month=1, day=1),
                                  EVENTS[0].start.replace(month=12, day=31))
    assert sorted((e.title, e.starts_on, e.ends_on) for e in events) == sorted(
        (e.title, e.start, e.end) for e in EVENTS)


def test_columns_left_out_are_a_visible_line_of_the_preview(qtbot, tmp_path):
    """Not only in «Итог»: the line stands above the rows, naming the file and the columns."""
    path = dotted_numbers_partner_column().build(tmp_path)
    dialog = ImportDialog(Operations(Store.in_memory()), [path])
    qtbot.addWidget(dialog)
    dialog.plan_files()
    dialog.show()
    assert dialog.tabs.currentWidget() is not dialog.summary
    assert dialog.ignored_label.isVisible()
    assert "dotted-numbers-partner.docx: 6 «Источник финансирования»" in dialog.ignored_label.text()
    # A file whose every column is known, and the program's own report, show no such line.
    for clean in (plan_with_agreement_sections().build(tmp_path), build_docx(tmp_path / "r.docx")):
        other = ImportDialog(Operations(Store.in_memory()), [clean])
        qtbot.addWidget(other)
        other.plan_files()
        other.show()
        assert not other.ignored_label.isVisible() and other.ignored_label.text().count("«") == 0
