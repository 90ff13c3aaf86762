"""Every dialog of the window, built the way its menu action builds it, for the tests that
go through all of them (screen size, Enter and Esc)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QDialog

from desktop_app.domain.periods import ReportPeriod
from desktop_app.settings import Settings

Q1 = ReportPeriod.quarter(2020, 1)


def event_form(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.event_form import EventFormDialog

    return EventFormDialog(ops, period=Q1, settings=SimpleNamespace(own_department_id=""))


def department(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.record_dialogs import DepartmentDialog

    return DepartmentDialog(ops)


def agreement(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.record_dialogs import AgreementDialog

    return AgreementDialog(ops)


def agreements(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.reference_editors import AgreementsDialog

    return AgreementsDialog(ops)


def departments(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.reference_editors import DepartmentsDialog

    return DepartmentsDialog(ops)


def settings(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.settings_dialog import SettingsDialog

    return SettingsDialog(Settings(tmp_path / "s.ini"), ops)


def import_preview(ops: Any, tmp_path: Path) -> QDialog:
    """The import dialog with a plan ready to write: one new event in another office's file."""
    from desktop_app.demo import load_demo
    from desktop_app.exchange.report_service import export_report_file
    from desktop_app.storage.store import Store
    from desktop_app.ui.import_dialog import ImportDialog

    with Store.open(tmp_path / "other.sqlite3") as source:
        load_demo(source)
        first = source.events_in_period(Q1)[0]
        source.save_event(replace(first, id="из-файла", version=0, title="Новое из файла"))
        path = export_report_file(source, Q1, None, "docx", tmp_path / "r.docx")
    dialog = ImportDialog(ops, [path])
    dialog.plan_files()
    return dialog


def change_log(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.changelog_dialog import ChangeLogDialog

    return ChangeLogDialog(ops.store)


def backups(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.backup_dialog import BackupDialog

    return BackupDialog(ops.store.path, tmp_path / "backups")


def print_preview(ops: Any, tmp_path: Path) -> QDialog:
    from desktop_app.ui.report_actions import make_preview_dialog

    return make_preview_dialog(None, ops.store, Q1, None)


def summary(ops: Any, tmp_path: Path) -> QDialog:
    """«Сводка» beside a main window, as its action opens it (the window stays alive with it)."""
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.summary.summary_window import SummaryWindow

    win = MainWindow(ops, Settings(tmp_path / "w.ini"))
    win.set_period(Q1)
    return SummaryWindow(win)


def column_mapping(ops: Any, tmp_path: Path) -> QDialog:
    """The import's mapping step for a table whose header the program does not understand."""
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "exchange"))
    from office_shapes import EVENTS, OfficeShape

    from desktop_app.exchange.importer import read_report
    from desktop_app.exchange.report_file import ImportFileError
    from desktop_app.ui.column_mapping import ColumnMappingDialog

    rows = [["№", "Основание", "Что сделано", "Когда", "Где", "Отметка", "Кто"]]
    rows += [[str(n), e.agreement, e.title, e.timing, e.place, e.note, e.dept]
             for n, e in enumerate(EVENTS, 1)]
    path = OfficeShape("odd", "docx", ["Отчет за I квартал 2021 года", rows], ()).build(tmp_path)
    try:
        read_report(path)
    except ImportFileError as refused:
        return ColumnMappingDialog(path, refused.unclear)
    raise AssertionError("the odd header was understood: the mapping step would not open")


def department_question(ops: Any, tmp_path: Path) -> QDialog:
    """The import's «Чьи это мероприятия?» for a file that names no department."""
    from desktop_app.ui.choice_dialog import choice_dialog
    from desktop_app.ui.column_mapping import department_question_texts

    names = [d.name for d in ops.store.departments()]
    title, text = department_question_texts(["отчёт_без_департамента.docx"])
    return choice_dialog(None, title, text, names, editable=True)


def duplicate_for_agreement(ops: Any, tmp_path: Path) -> QDialog:
    """«Дублировать для другого соглашения»: the agreements by their (long) titles."""
    from desktop_app.ui.choice_dialog import choice_dialog

    labels = [a.short_name or a.title for a in ops.store.agreements(active_only=True)]
    labels.append("Соглашение между Правительством Смоленской области и Правительством "
                  "Калужской области о торгово-экономическом, научно-техническом, социальном "
                  "и культурном сотрудничестве")  # a title longer than the screen is wide
    return choice_dialog(None, "Дублировать для другого соглашения", "Соглашение:", labels)


def edit_conflict(ops: Any, tmp_path: Path) -> QDialog:
    """Both versions of a demo event, edited in the form and saved elsewhere meanwhile."""
    from desktop_app.ui.conflict_dialog import ConflictDialog
    from desktop_app.ui.event_form import display_names, event_state

    event = ops.store.events_in_period(Q1)[0]
    theirs = event_state(event)
    mine = {**theirs, "title": theirs["title"] + " (уточнено)", "place": "г. Тула",
            "note": "Перенесено по просьбе партнёров"}
    return ConflictDialog(mine, theirs, "Мероприятие сохранили в другом месте.",
                          display_names(ops.store))


DIALOGS: dict[str, Callable[[Any, Path], QDialog]] = {
    "event form": event_form,
    "department": department,
    "agreement": agreement,
    "agreements list": agreements,
    "departments list": departments,
    "settings": settings,
    "import and conflicts": import_preview,
    "change log": change_log,
    "backup and restore": backups,
    "print preview": print_preview,
    "summary": summary,
    "column mapping": column_mapping,
    "department question": department_question,
    "duplicate for agreement": duplicate_for_agreement,
    "edit conflict": edit_conflict,
}
