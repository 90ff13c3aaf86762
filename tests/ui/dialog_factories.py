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
}
