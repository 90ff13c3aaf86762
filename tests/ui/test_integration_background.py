"""Exports from the window: data read on the window's thread, the file written in a worker."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange import xlsx_report
from desktop_app.settings import Settings
from desktop_app.storage.store import Store
from desktop_app.ui import background
from desktop_app.ui.background import CancelToken, run_in_background
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import Operations


@pytest.fixture
def window(qtbot, demo_store: Store, tmp_path: Path):
    win = MainWindow(Operations(demo_store), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.set_period(ReportPeriod.quarter(2020, 1))
    yield win
    qtbot.waitUntil(lambda: not background._running)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: seen.append((title, text)))
    return seen


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))


@pytest.mark.parametrize("fmt", ["xlsx", "docx", "pdf"])
def test_export_from_the_window_writes_the_file_in_a_worker(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings, fmt,
):
    target = tmp_path / f"отчет.{fmt}"
    _save_as(monkeypatch, target)
    threads: list[str] = []
    from desktop_app.exchange import files

    real_write = files.atomic_write

    def spy(path, write):
        threads.append(threading.current_thread().name)
        return real_write(path, write)

    # The window's export writes through the shared service (a file database) or
    # its own renderer (a database in memory): watch both.
    monkeypatch.setattr("desktop_app.ui.report_actions.atomic_write", spy)
    monkeypatch.setattr("desktop_app.exchange.report_service.atomic_write", spy)
    getattr(window.ui, f"actionExport{fmt.capitalize()}").trigger()
    qtbot.waitUntil(lambda: "Отчёт сохранён" in window.statusBar().currentMessage(), timeout=10000)
    assert target.stat().st_size > 0
    assert threads and threads[0] != threading.main_thread().name
    assert warnings == []
    if fmt == "xlsx":
        cells = [c for row in load_workbook(target).active.iter_rows(values_only=True)
                 for c in row if c]
        assert any("Гагарин" in str(c) for c in cells)


def test_failure_in_the_worker_is_a_plain_message_and_the_old_file_stays(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings,
):
    target = tmp_path / "отчет.xlsx"
    target.write_bytes(b"old report")
    _save_as(monkeypatch, target)

    def broken(report, path, style=None):
        raise ValueError("boom")

    monkeypatch.setattr(xlsx_report, "save_xlsx", broken)
    window.ui.actionExportXlsx.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    title, text = warnings[0]
    assert title == "Отчет не сохранен"
    assert "Внутренняя ошибка программы (ValueError)" in text and "Traceback" not in text
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_refusal_in_the_worker_is_shown_as_it_is(qtbot, qapp, warnings):
    from desktop_app.errors import UserError

    def work(token: CancelToken) -> None:
        raise UserError("Диск заполнен: отчёт не сохранён.")

    done: list[object] = []
    task = run_in_background(None, "…", work, on_done=done.append, error_title="Экспорт")
    qtbot.waitUntil(lambda: task.done)
    assert warnings == [("Экспорт", "Диск заполнен: отчёт не сохранён.")]
    assert done == []


def test_cancel_drops_the_result(qtbot, qapp, warnings):
    started, release = threading.Event(), threading.Event()

    def work(token: CancelToken) -> str:
        started.set()
        release.wait(5)
        token.check()
        return "written"

    done: list[object] = []
    task = run_in_background(None, "…", work, on_done=done.append)
    assert started.wait(5)
    task.progress.findChild(QPushButton).click()  # «Отмена»
    release.set()
    qtbot.waitUntil(lambda: task.done)
    assert done == [] and warnings == []
