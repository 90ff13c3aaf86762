"""The window's report actions: export (DOCX/XLSX/PDF), print preview, e-mail draft.

Each is one function the main window's menu and toolbar call; all of them go
through desktop_app.exchange.report_service / email_draft, the same services as
the command line. ``settings`` is desktop_app.settings.Settings (or None for
the defaults): report_style(), report_template, signature, executor.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.periods import ReportPeriod
from ..domain.report import ReportStyle
from ..errors import UserError
from ..exchange.email_draft import prepare_email
from ..exchange.files import atomic_write
from ..exchange.pdf_report import configure_printer, print_report
from ..exchange.report_service import (
    DOCX_CUSTOMIZERS,
    build_store_report,
    default_file_name,
    export_report_file,
)
from ..storage.store import Store
from .background import CancelToken, Task, run_in_background
from .screen_fit import fit_to_screen

__all__ = ["email_report", "export_report", "make_preview_dialog", "print_preview",
           "reports_folder", "start_export"]



def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def file_filter(fmt: str) -> str:
    """The save dialog's filter for a format (literal tr() calls, so lupdate sees them)."""
    filters = {
        "docx": tr("Документ Word (*.docx)"),
        "xlsx": tr("Книга Excel (*.xlsx)"),
        "pdf": tr("Документ PDF (*.pdf)"),
    }
    return filters.get(fmt, "*")


def style_from(settings: Any) -> ReportStyle:
    """The report style of the settings, with their signature and «Исп.» lines."""
    style = ReportStyle()
    if settings is not None and hasattr(settings, "report_style"):
        style = settings.report_style()
    changes = {}
    for name in ("signature", "executor"):
        value = getattr(settings, name, "") if settings is not None else ""
        if isinstance(value, str) and value and not getattr(style, name):
            changes[name] = value
    return replace(style, **changes) if changes else style


def dates_as_typed(settings: Any) -> bool:
    return bool(getattr(settings, "report_dates_as_typed", False)) if settings is not None \
        else False


def template_from(settings: Any) -> Path | None:
    value = getattr(settings, "report_template", None) if settings is not None else None
    return Path(value) if value else None


def summary_from(settings: Any, store: Store, period: ReportPeriod,
                 department_ids: Sequence[str] | None, fmt: str) -> Any:
    """«Сводные данные» for the report when the settings ask for them (DOCX and XLSX only)."""
    if fmt not in ("docx", "xlsx") or not getattr(settings, "report_with_summary", False):
        return None
    from ..storage.summary_query import store_summary

    return store_summary(store, period, department_ids)


def reports_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / tr("Отчеты межрегионального сотрудничества")


def _warn(parent: QWidget | None, exc: UserError) -> None:
    QMessageBox.warning(parent, tr("Отчет не сохранен"), str(exc))


def _target(parent: QWidget | None, store: Store, period: ReportPeriod,
            department_ids: Sequence[str] | None, fmt: str, path: Path | str | None) -> Path | None:
    """Where to save: ``path`` as given, else asked; the format's suffix added if missing."""
    suggested = reports_folder() / default_file_name(store, period, department_ids, fmt)
    return ask_save_path(parent, tr("Сохранить отчет"), suggested, fmt, path)


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, fmt: str,
                  path: Path | str | None = None) -> Path | None:
    """``path`` as given, else the one the user chooses (None: cancelled), with the suffix."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                      file_filter(fmt))
        if not chosen:
            return None
        path = chosen
    path = Path(path)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(path.name + f".{fmt}")
    return path


def export_report(parent: QWidget | None, store: Store, period: ReportPeriod,
                  department_ids: Sequence[str] | None, fmt: str,
                  settings: Any = None, path: Path | str | None = None) -> Path | None:
    """Ask where to save (unless ``path`` is given), write the file, report problems plainly."""
    fmt = fmt.lower()
    target = _target(parent, store, period, department_ids, fmt, path)
    if target is None:
        return None
    try:
        return export_report_file(store, period, department_ids, fmt, target,
                                  style=style_from(settings), template=template_from(settings),
                                  summary=summary_from(settings, store, period, department_ids,
                                                       fmt),
                                  dates_as_typed=dates_as_typed(settings))
    except UserError as exc:
        _warn(parent, exc)
        return None


def _frozen_docx_customizer(store: Store, report: Any) -> Callable[[Any], None] | None:
    """The DOCX customizers with their database reads done now, on the window's thread.

    None when a customizer is not known to be freezable: the export then runs here.
    """
    from ..exchange.package import attach_contents, embed_package, package_contents

    if any(fn is not embed_package for fn in DOCX_CUSTOMIZERS):
        return None
    if not DOCX_CUSTOMIZERS:
        return lambda _document: None
    # The same records embed_package would read, read here (SQLite stays on its thread).
    contents = package_contents(store, report)

    def customize(document: Any) -> None:
        attach_contents(document, contents)

    return customize


def _render_job(store: Store, period: ReportPeriod, department_ids: Sequence[str] | None,
                fmt: str, target: Path, settings: Any) -> Callable[[CancelToken], Path] | None:
    """The export's work for a worker; None: it must run on this thread.

    For a database in a file the worker reads the report itself, on a connection of
    its own (SQLite connections belong to their thread), so 10,000 events never
    hold up the window; in memory, the data is read here and only rendering moves.
    """
    style, template = style_from(settings), template_from(settings)
    as_typed = dates_as_typed(settings)
    if store.path is not None:
        return _worker_export(store, period, department_ids, fmt, target, style, template,
                              as_typed, settings)
    if fmt not in ("docx", "xlsx"):
        return None  # nothing to reopen in a worker: PDF paints here
    report = build_store_report(store, period, department_ids, dates_as_typed=as_typed)
    summary = summary_from(settings, store, period, department_ids, fmt)
    if fmt == "docx":
        from ..exchange.docx_report import save_docx

        customize = _frozen_docx_customizer(store, report)
        if customize is None:
            return None
        if summary is not None:
            from ..exchange.summary_docx import add_summary_appendix

            embed = customize

            def customize(document: Any) -> None:
                add_summary_appendix(document, summary, style)
                embed(document)

        def render(tmp: Path) -> None:
            save_docx(report, tmp, style, template, customize)
    else:
        from ..exchange.xlsx_report import save_xlsx

        def render(tmp: Path) -> None:
            # The summary only when asked: the writer's plain call stays as it was.
            extra = {"summary": summary} if summary is not None else {}
            save_xlsx(report, tmp, style, **extra)

    def work(token: CancelToken) -> Path:
        def write(tmp: Path) -> None:
            render(tmp)
            token.check()  # cancelled: the temporary file goes, the old file stays

        return atomic_write(target, write)

    return work


def _worker_export(store: Store, period: ReportPeriod, department_ids: Sequence[str] | None,
                   fmt: str, target: Path, style: ReportStyle, template: Path | None,
                   as_typed: bool, settings: Any) -> Callable[[CancelToken], Path]:
    def work(token: CancelToken) -> Path:
        token.report(0, 0, tr("Чтение мероприятий…"))
        worker = store.for_worker(readonly=True)
        assert worker is not None  # only for a database in a file
        try:
            with worker.reading():  # the count shown and the file from one state of the data
                report = build_store_report(worker, period, department_ids,
                                            dates_as_typed=as_typed)
                rows = len(report.event_rows())
                summary = summary_from(settings, worker, period, department_ids, fmt)
                token.check()
                token.report(0, 0, tr("Мероприятий: {0}. Сохранение отчета в файл {1}…").format(
                    rows, target.name))
                # The same service as the command line, on the worker's connection.
                return export_report_file(worker, period, department_ids, fmt, target,
                                          style=style, template=template, check=token.check,
                                          summary=summary, dates_as_typed=as_typed,
                                          report=report)
        finally:
            worker.close()

    return work


def start_export(parent: QWidget | None, store: Store, period: ReportPeriod,
                 department_ids: Sequence[str] | None, fmt: str, settings: Any = None,
                 path: Path | str | None = None,
                 on_done: Callable[[Path], None] | None = None) -> Task | None:
    """The window's export: data read here, the file rendered and written in a worker.

    Returns the running task (None when nothing was started: cancelled choice, a refusal
    already shown, or a PDF of a database in memory, which is written at once).
    """
    fmt = fmt.lower()
    target = _target(parent, store, period, department_ids, fmt, path)
    if target is None:
        return None
    try:
        work = _render_job(store, period, department_ids, fmt, target, settings)
        if work is None:
            written = export_report_file(store, period, department_ids, fmt, target,
                                         style=style_from(settings),
                                         template=template_from(settings),
                                         summary=summary_from(settings, store, period,
                                                              department_ids, fmt),
                                         dates_as_typed=dates_as_typed(settings))
            if on_done is not None:
                on_done(written)
            return None
    except UserError as exc:
        _warn(parent, exc)
        return None
    return run_in_background(
        parent, tr("Сохранение отчета в файл {0}…").format(target.name), work,
        on_done=on_done, error_title=tr("Отчет не сохранен"),
    )


def make_preview_dialog(parent: QWidget | None, store: Store, period: ReportPeriod,
                        department_ids: Sequence[str] | None,
                        settings: Any = None) -> QPrintPreviewDialog:
    """The preview dialog, ready to show (landscape A4, the report's own pages)."""
    style = style_from(settings)
    report = build_store_report(store, period, department_ids,
                                dates_as_typed=dates_as_typed(settings))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, style)
    printer.setDocName(report.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Предварительный просмотр отчета"))
    dialog.paintRequested.connect(lambda p: print_report(report, p, style))
    dialog._printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    # Large and at page width: a clerk reads the rows, not a thumbnail of the page.
    fit_to_screen(dialog, share=0.92)
    preview = dialog.findChild(QPrintPreviewWidget)
    if preview is not None:
        preview.fitToWidth()
    return dialog


def print_preview(parent: QWidget | None, store: Store, period: ReportPeriod,
                  department_ids: Sequence[str] | None, settings: Any = None) -> None:
    try:
        dialog = make_preview_dialog(parent, store, period, department_ids, settings)
    except UserError as exc:
        QMessageBox.warning(parent, tr("Печать невозможна"), str(exc))
        return
    dialog.exec()


_open_messages: set[QMessageBox] = set()


def _show_in_folder(path: Path) -> bool:
    """Open the file's folder, with the file selected where the system allows it."""
    if sys.platform == "win32":
        try:
            subprocess.Popen(["explorer", "/select,", str(path)])
            return True
        except OSError:
            pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def email_report(parent: QWidget | None, store: Store, period: ReportPeriod,
                 department_ids: Sequence[str] | None, settings: Any = None,
                 folder: Path | None = None, open_files: bool = True) -> Path | None:
    """Save the DOCX under its clear name, write an unsent e-mail with it attached and
    open that in the mail program (or, failing that, the folder); then say where the
    draft and the report were saved. Returns the .eml path."""
    def setting(name: str) -> str:
        value = getattr(settings, name, "") if settings is not None else ""
        return value if isinstance(value, str) else ""

    try:
        docx_path, eml_path = prepare_email(
            store, period, department_ids, folder or reports_folder(),
            style=style_from(settings), template=template_from(settings),
            sender=setting("executor"), to=setting("coordinator_email"),
            summary=summary_from(settings, store, period, department_ids, "docx"),
            phone=setting("executor_phone"), dates_as_typed=dates_as_typed(settings),
        )
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, tr("Письмо не подготовлено"), str(exc))
        return None
    opened = open_files and QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml_path)))
    if opened:
        text = tr("Черновик письма открыт в почтовой программе и сохранен:\n{eml}\n"
                  "Файл отчета: {docx}").format(eml=eml_path, docx=docx_path)
    else:
        if open_files:
            _show_in_folder(docx_path)
        text = tr("Почтовая программа не открылась. Черновик письма и файл отчета "
                  "сохранены в папке:\n{folder}\nОткройте {eml} в почтовой программе "
                  "или приложите файл {name} к письму вручную.").format(
            folder=docx_path.parent, eml=eml_path.name, name=docx_path.name)
    # Not modal: the clerk reads it while the mail program opens.
    box = QMessageBox(QMessageBox.Icon.Information, tr("Письмо подготовлено"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("emailSavedMessage")
    # Without a parent nothing but Python holds the box: keep it until it is closed.
    _open_messages.add(box)
    box.finished.connect(lambda _result: _open_messages.discard(box))
    box.open()
    return eml_path
