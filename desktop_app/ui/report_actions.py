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

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
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


def template_from(settings: Any) -> Path | None:
    value = getattr(settings, "report_template", None) if settings is not None else None
    return Path(value) if value else None


def reports_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / tr("Отчеты межрегионального сотрудничества")


def _warn(parent: QWidget | None, exc: UserError) -> None:
    QMessageBox.warning(parent, tr("Отчет не сохранен"), str(exc))


def _target(parent: QWidget | None, store: Store, period: ReportPeriod,
            department_ids: Sequence[str] | None, fmt: str, path: Path | str | None) -> Path | None:
    """Where to save: ``path`` as given, else asked; the format's suffix added if missing."""
    if path is None:
        suggested = reports_folder() / default_file_name(store, period, department_ids, fmt)
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, tr("Сохранить отчет"), str(suggested), file_filter(fmt))
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
                                  style=style_from(settings), template=template_from(settings))
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
    if store.path is not None:
        return _worker_export(store, period, department_ids, fmt, target, style, template)
    if fmt not in ("docx", "xlsx"):
        return None  # nothing to reopen in a worker: PDF paints here
    report = build_store_report(store, period, department_ids)
    if fmt == "docx":
        from ..exchange.docx_report import save_docx

        customize = _frozen_docx_customizer(store, report)
        if customize is None:
            return None

        def render(tmp: Path) -> None:
            save_docx(report, tmp, style, template, customize)
    else:
        from ..exchange.xlsx_report import save_xlsx

        def render(tmp: Path) -> None:
            save_xlsx(report, tmp, style)

    def work(token: CancelToken) -> Path:
        def write(tmp: Path) -> None:
            render(tmp)
            token.check()  # cancelled: the temporary file goes, the old file stays

        return atomic_write(target, write)

    return work


def _worker_export(store: Store, period: ReportPeriod, department_ids: Sequence[str] | None,
                   fmt: str, target: Path, style: ReportStyle,
                   template: Path | None) -> Callable[[CancelToken], Path]:
    def work(token: CancelToken) -> Path:
        token.report(0, 0, tr("Чтение мероприятий…"))
        worker = store.for_worker(readonly=True)
        assert worker is not None  # only for a database in a file
        try:
            report = build_store_report(worker, period, department_ids)
            rows = len(report.event_rows())
            token.check()
            token.report(0, 0, tr("Мероприятий: {0}. Сохранение отчета в файл {1}…").format(
                rows, target.name))
            # The same service as the command line, on the worker's connection.
            return export_report_file(worker, period, department_ids, fmt, target,
                                      style=style, template=template, check=token.check)
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
                                         template=template_from(settings))
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
    report = build_store_report(store, period, department_ids)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, style)
    printer.setDocName(report.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(tr("Предварительный просмотр отчета"))
    dialog.paintRequested.connect(lambda p: print_report(report, p, style))
    dialog._printer = printer  # type: ignore[attr-defined]  # keep it alive with the dialog
    return dialog


def print_preview(parent: QWidget | None, store: Store, period: ReportPeriod,
                  department_ids: Sequence[str] | None, settings: Any = None) -> None:
    try:
        dialog = make_preview_dialog(parent, store, period, department_ids, settings)
    except UserError as exc:
        QMessageBox.warning(parent, tr("Печать невозможна"), str(exc))
        return
    dialog.exec()


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
    open that in the mail program (or, failing that, the folder). Returns the .eml path."""
    try:
        docx_path, eml_path = prepare_email(
            store, period, department_ids, folder or reports_folder(),
            style=style_from(settings), template=template_from(settings),
            sender=(getattr(settings, "executor", "") or "") if settings is not None else "",
        )
    except (UserError, OSError) as exc:
        QMessageBox.warning(parent, tr("Письмо не подготовлено"), str(exc))
        return None
    if open_files and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml_path))):
        _show_in_folder(docx_path)
        QMessageBox.information(
            parent, tr("Письмо подготовлено"),
            tr("Почтовая программа не открылась. Файл отчета и черновик письма сохранены "
               "в папке:\n{folder}\nПриложите файл {name} к письму вручную.").format(
                folder=docx_path.parent, name=docx_path.name))
    return eml_path
