"""«Импорт…» from the window: files read in a worker, planned and written on the window's thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from report_shapes import build_docx

from desktop_app.demo import load_demo
from desktop_app.exchange import importer
from desktop_app.storage.store import Store
from desktop_app.ui import background
from desktop_app.ui.import_dialog import ImportDialog, run_import
from desktop_app.ui.operations import Operations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def reader_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the DOCX reader ran on (the real reader still does the work)."""
    seen: list[threading.Thread] = []
    real = importer.read_docx

    def spy(path: Path):
        seen.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(importer, "read_docx", spy)
    return seen


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: seen.append((title, text)))
    return seen


def test_files_are_read_in_a_worker_and_the_preview_shows_their_rows(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader_threads, warnings,
):
    store = Store.in_memory()
    load_demo(store)
    path = build_docx(tmp_path / "r.docx")
    previews: list[tuple[int, str, threading.Thread]] = []

    def look_and_close(dialog: ImportDialog) -> int:
        # stands in for the user looking at the modal preview, then «Отмена»
        previews.append((dialog.model.rowCount(), dialog.counts_label.text(),
                         threading.current_thread()))
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", look_and_close)
    events_before = store.counts()["events"]
    assert run_import(None, Operations(store), [path]) is False
    assert len(reader_threads) == 1
    assert reader_threads[0] is not threading.main_thread()
    assert previews and previews[0][0] == 29
    assert "пропущено: 29" in previews[0][1]  # the demo already holds every row
    assert previews[0][2] is threading.main_thread()  # planned and shown on the window's thread
    assert store.counts()["events"] == events_before and warnings == []
    qtbot.waitUntil(lambda: not background._running)


def test_a_bad_file_fails_in_the_worker_with_a_plain_message_and_writes_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reader_threads, warnings,
):
    store = Store.in_memory()
    good = build_docx(tmp_path / "хороший.docx")
    bad = tmp_path / "битый.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("no preview expected"))
    log_before = len(store.change_log())
    assert run_import(None, Operations(store), [good, bad]) is False
    assert reader_threads and all(t is not threading.main_thread() for t in reader_threads)
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Импорт"
    assert "«битый.docx»" in text and "База данных не изменена." in text
    assert "Traceback" not in text and "BadZipFile" not in text
    assert store.counts()["events"] == 0 and len(store.change_log()) == log_before


def test_a_program_error_in_the_worker_is_a_short_notice_not_a_traceback(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings,
):
    def broken(path: Path):
        raise KeyError("word/document.xml")

    monkeypatch.setattr(importer, "read_docx", broken)
    store = Store.in_memory()
    assert run_import(None, Operations(store), [build_docx(tmp_path / "r.docx")]) is False
    assert len(warnings) == 1 and "KeyError" in warnings[0][1]
    assert "Данные не изменены" in warnings[0][1]
    assert store.counts()["events"] == 0


def test_cancel_stops_before_the_next_file_and_shows_nothing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, warnings,
):
    paths = [build_docx(tmp_path / "a.docx"), build_docx(tmp_path / "b.docx")]
    read: list[Path] = []
    real = importer.read_docx
    tasks: list[background.Task] = []
    started = threading.Event()
    real_run = background.run_in_background

    def remember(*args, **kwargs):
        tasks.append(real_run(*args, **kwargs))
        started.set()
        return tasks[-1]

    def read_then_cancel(path: Path):
        read.append(path)
        assert started.wait(5)  # the worker may begin before run_in_background returns
        tasks[0].token.cancel()  # as if «Отмена» were pressed while the first file is read
        return real(path)

    monkeypatch.setattr("desktop_app.ui.import_dialog.run_in_background", remember)
    monkeypatch.setattr(importer, "read_docx", read_then_cancel)
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: pytest.fail("no preview expected"))
    assert run_import(None, Operations(Store.in_memory()), paths) is False
    assert read == paths[:1] and warnings == []
