"""What the main window's menu actions do.

Each slot imports the module it needs when it runs, so that the window starts
even while a colleague's module (the report export, the import dialog, …) is
missing or broken; the user is then told, in plain words, that the function
is not available.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from ..domain.entities import Event, EventStatus, new_id
from ..domain.periods import ReportPeriod
from ..errors import UserError
from .file_actions import add_file_menu_actions, open_demo
from .summary.action import install_summary_action

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

# QMessageBox is imported where a box is shown: naming it at the top makes PySide6 build
# its Python type (~2 ms of enums) before the window's first paint, which shows no box.


def tr(text: str) -> str:
    # pyside6-lupdate files module-level tr("…") calls under the empty context.
    return QCoreApplication.translate("", text)


def _feature(win: MainWindow, module: str, name: str) -> Any:
    """A colleague's function, or None (and a message) if it cannot be loaded."""
    try:
        return getattr(importlib.import_module(f"desktop_app.{module}"), name)
    except (ImportError, AttributeError) as exc:
        from PySide6.QtWidgets import QMessageBox

        log.warning("feature %s.%s unavailable: %s", module, name, exc)
        QMessageBox.information(
            win,
            tr("Функция недоступна"),
            tr("Эта функция в данной версии программы недоступна ({0}).").format(name),
        )
        return None


def connect_actions(win: MainWindow) -> None:
    ui = win.ui
    ui.actionNewEvent.triggered.connect(lambda: new_event(win))
    ui.actionEditEvent.triggered.connect(lambda: edit_event(win))
    ui.actionDelete.triggered.connect(lambda: delete_events(win))
    ui.actionDuplicateAgreement.triggered.connect(lambda: duplicate_for_agreement(win))
    ui.actionDuplicateNextQuarter.triggered.connect(lambda: duplicate_next_quarter(win))
    ui.actionFind.triggered.connect(lambda: (ui.searchEdit.setFocus(), ui.searchEdit.selectAll()))
    ui.actionImport.triggered.connect(lambda: import_files(win))
    ui.actionExportDocx.triggered.connect(lambda: export(win, "docx"))
    ui.actionExportXlsx.triggered.connect(lambda: export(win, "xlsx"))
    ui.actionExportPdf.triggered.connect(lambda: export(win, "pdf"))
    ui.actionPrintPreview.triggered.connect(lambda: print_preview(win))
    ui.actionPrint.triggered.connect(lambda: print_preview(win))
    ui.actionEmail.triggered.connect(lambda: email(win))
    ui.actionBackup.triggered.connect(lambda: backup(win))
    ui.actionRestore.triggered.connect(lambda: restore(win))
    ui.actionQuit.triggered.connect(win.close)
    ui.actionAgreements.triggered.connect(lambda: reference_dialog(win, "AgreementsDialog"))
    ui.actionDepartments.triggered.connect(lambda: reference_dialog(win, "DepartmentsDialog"))
    ui.actionChangeLog.triggered.connect(lambda: change_log(win))
    ui.actionSettings.triggered.connect(lambda: settings_dialog(win))
    ui.actionLoadDemo.triggered.connect(lambda: open_demo(win))
    ui.actionLoadDemo.setText(tr("Открыть &демонстрационный файл"))
    ui.actionLoadDemo.setToolTip(
        tr("Отчёт за I квартал 2020 года в отдельном файле; рабочий файл не меняется"))
    ui.actionQuit.setShortcuts([QKeySequence("Ctrl+Q")])
    add_file_menu_actions(win)
    ui.actionAbout.triggered.connect(lambda: about(win))
    install_summary_action(win)


# -- events -----------------------------------------------------------------------------


def _form(win: MainWindow, event: Event | None) -> None:
    # Imported when a form opens, not with the window: the drafts code (uuid, the log
    # file, traceback) is not needed before the first paint.
    from .crash import keep_drafts

    dialog_class = _feature(win, "ui.event_form", "EventFormDialog")
    if dialog_class is None:
        return
    dialog = dialog_class(win.ops, win, event=event, period=win.period(), settings=win.settings)
    # Typed text is kept as a draft until saved or discarded, so a crash loses none of it.
    keep_drafts(dialog, win.ops.store.path)
    # The saved row is selected by the window itself (Operations.events_touched).
    dialog.exec()


def new_event(win: MainWindow) -> None:
    if not win.ops.store.departments(active_only=True):
        from PySide6.QtWidgets import QMessageBox

        # An event belongs to a department: on a new file the first step is to add one's own.
        answer = QMessageBox.question(
            win, tr("Нет ни одного департамента"),
            tr("В этом файле ещё нет ни одного департамента, а мероприятие записывается за "
               "департаментом. Добавить свой департамент сейчас?"),
        )
        from .empty_state import add_own_department  # the record dialogs load on first use

        if answer != QMessageBox.StandardButton.Yes or add_own_department(win) is None:
            return
    _form(win, None)


def edit_event(win: MainWindow) -> None:
    event_id = win.current_event_id()
    if not event_id:
        return
    event = win.ops.store.find_event(event_id)
    if event is None:
        win.ops.report(tr("Мероприятие уже удалено."))
        return
    _form(win, event)


def delete_events(win: MainWindow) -> None:
    ids = win.selected_event_ids()
    if ids and win.ops.delete_events(ids) is not None:
        win.statusBar().showMessage(
            tr("Удалено мероприятий: {0}. Отменить — Ctrl+Z.").format(len(ids)), 8000
        )


def _copy(event: Event, **changes: Any) -> Event:
    return replace(event, id=new_id(), version=0, position=0, created_at="", updated_at="", **changes)


def duplicate_for_agreement(win: MainWindow) -> None:
    """The selected events once more, each under one agreement the user picks."""
    ids = win.selected_event_ids()
    if not ids:
        return
    agreements = win.ops.store.agreements(active_only=True)
    if not agreements:
        win.ops.report(tr("В справочнике нет действующих соглашений."))
        return
    from .choice_dialog import ask_choice  # QInputDialog is built on first use only

    labels = [a.short_name or a.title for a in agreements]
    chosen = ask_choice(win, tr("Дублировать для другого соглашения"), tr("Соглашение:"), labels)
    if chosen is None:
        return
    agreement = agreements[labels.index(chosen)]
    copies = [_copy(win.ops.store.event(i), agreement_ids=[agreement.id]) for i in ids]
    win.ops.create_events(copies, tr("Дублирование мероприятий"))  # the copies come up selected


def _shift_months(day: date, months: int) -> date:
    import calendar  # only when duplicating into the next quarter

    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_quarter_copy(event: Event) -> Event:
    """A planned copy of an event three months later, its «Сроки» rewritten for the new dates."""
    from ..domain.timing import (
        PERIOD_BOUND_KINDS,
        TimingKind,
        day_timing,
        month_timing,
        parse_or_free_text,
        quarter_timing,
    )

    here = ReportPeriod.quarter_of(event.starts_on)
    there = ReportPeriod.quarter_of(_shift_months(here.start, 3))
    timing, _warning = parse_or_free_text(event.timing, here)
    if timing.kind in PERIOD_BOUND_KINDS:
        moved = timing.for_period(there)
    elif timing.kind is TimingKind.QUARTER:
        moved = quarter_timing(there.year, there.number)
    elif timing.kind in (TimingKind.MONTH, TimingKind.MONTH_RANGE):
        moved = month_timing(_shift_months(timing.start, 3), _shift_months(timing.end, 3))
    else:
        moved = day_timing(_shift_months(timing.start, 3), _shift_months(timing.end, 3))
    phrase = moved.text if moved.kind is TimingKind.FREE_TEXT else moved.phrase(there)
    return _copy(
        event,
        timing=phrase,
        timing_kind=str(moved.kind),
        starts_on=moved.start,
        ends_on=moved.end,
        status=EventStatus.PLANNED,
    )


def duplicate_next_quarter(win: MainWindow) -> None:
    ids = win.selected_event_ids()
    if not ids:
        return
    copies = [next_quarter_copy(win.ops.store.event(i)) for i in ids]
    saved = win.ops.create_events(copies, tr("Дублирование в следующий квартал"))
    if saved:
        win.statusBar().showMessage(
            tr("Скопировано в {0}: {1}.").format(
                ReportPeriod.quarter_of(saved[0].starts_on).section_title, len(saved)
            ),
            8000,
        )


# -- files and reports -------------------------------------------------------------------


def import_files(win: MainWindow) -> None:
    run_import = _feature(win, "ui.import_dialog", "run_import")
    if run_import:
        run_import(win, win.ops, settings=win.settings)


def export(win: MainWindow, fmt: str) -> None:
    """Read the report's data here; the file is rendered and written in a worker."""
    start_export = _feature(win, "ui.report_actions", "start_export")
    if start_export:
        start_export(
            win, win.ops.store, win.period(), win.department_ids(), fmt, settings=win.settings,
            on_done=lambda path: win.statusBar().showMessage(
                tr("Отчёт сохранён: {0}").format(path), 10000),
        )


def print_preview(win: MainWindow) -> None:
    preview = _feature(win, "ui.report_actions", "print_preview")
    if preview:
        preview(win, win.ops.store, win.period(), win.department_ids(), settings=win.settings)


def email(win: MainWindow) -> None:
    send = _feature(win, "ui.report_actions", "email_report")
    if send:
        send(win, win.ops.store, win.period(), win.department_ids(), settings=win.settings)


def backup(win: MainWindow) -> None:
    from ..storage.backup import make_backup

    store = win.ops.store
    if store.path is None:
        return
    try:
        target = make_backup(
            store.db.conn, store.path, win.settings.backup_folder(store.path),
            keep=win.settings.backup_keep,
        )
    except UserError as exc:
        win.ops.report(str(exc))
        return
    win.statusBar().showMessage(tr("Резервная копия сохранена: {0}").format(target), 10000)


def restore(win: MainWindow) -> None:
    restore_from_backup = _feature(win, "ui.backup_dialog", "restore_from_backup")
    if restore_from_backup and win.ops.store.path is not None:
        restore_from_backup(win, win.ops, win.ops.store.path)


# -- reference data and service ------------------------------------------------------------


def reference_dialog(win: MainWindow, name: str) -> None:
    dialog_class = _feature(win, "ui.reference_editors", name)
    if dialog_class:
        dialog_class(win.ops, win).exec()


def change_log(win: MainWindow) -> None:
    dialog_class = _feature(win, "ui.changelog_dialog", "ChangeLogDialog")
    if dialog_class:
        dialog_class(win.ops.store, win, event_id=win.current_event_id()).exec()


def settings_dialog(win: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from .settings_dialog import SettingsDialog

    language = win.settings.ui_language
    if SettingsDialog(win.settings, win.ops, win).exec() and win.settings.ui_language != language:
        QMessageBox.information(
            win, tr("Настройки"), tr("Язык интерфейса изменится после перезапуска программы.")
        )


def about(win: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from .. import __version__

    QMessageBox.about(
        win,
        tr("О программе"),
        tr("Учёт мероприятий по соглашениям о межрегиональном сотрудничестве.\nВерсия {0}.")
        .format(__version__),
    )
