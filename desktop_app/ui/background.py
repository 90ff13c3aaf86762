"""Slow work off the window's thread, with a progress dialog and a cancel button.

After Anki's QueryOp: the work function runs in a QThreadPool worker and is
given only plain data (already read from the database on the window's thread:
SQLite connections belong to the thread that opened them). It never touches a
widget. Its result or its failure comes back through a queued signal, so the
``on_done`` / ``on_error`` callbacks run on the window's thread, where dialogs
and the Store may be used.

Python code cannot be interrupted from outside, so «Отмена» sets a flag the
work checks at its safe points (``cancel.check()`` raises ``Cancelled``); an
export checks it just before its temporary file would be renamed into place,
so a cancelled export leaves the old file as it was.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..errors import UserError

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing up


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class Cancelled(Exception):
    """The user pressed «Отмена»; not an error."""


class CancelToken:
    """Set from the window's thread, read from the worker.

    ``on_cancel`` registers what stops work that cannot check the flag itself (a
    long SQLite statement: its connection's ``interrupt``); ``report`` passes a
    count to the progress dialog.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._stoppers: list[Callable[[], None]] = []
        self.reporter: Callable[[int, int, str], None] | None = None

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            stoppers = list(self._stoppers)
        for stop in stoppers:
            stop()

    def on_cancel(self, stop: Callable[[], None]) -> None:
        with self._lock:
            self._stoppers.append(stop)
            cancelled = self._event.is_set()
        if cancelled:
            stop()

    def report(self, done: int, total: int, text: str) -> None:
        """Progress from the worker: ``done`` of ``total`` (0 of 0: no count yet)."""
        if self.reporter is not None:
            self.reporter(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task: Task | None = task

    def run(self) -> None:  # worker thread: no widgets here, only the task's signals
        task, self.task = self.task, None
        assert task is not None and task.work is not None  # one run per task
        over = task._worker_over
        try:
            try:
                result = task.work(task.token)
            except BaseException as exc:  # handed to the window's thread; nothing is lost
                task._failed.emit(exc)
            else:
                task._succeeded.emit(result)
                del result
        finally:
            # The window's thread may deliver the result and let go of the task while this
            # frame still runs: the last reference to the task (and its progress dialog)
            # must not be dropped here, on the wrong thread. The task waits for this.
            del task
            over.set()


class Task(QObject):
    """One piece of background work and its progress dialog (lives on the window's thread)."""

    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, parent: QWidget | None, label: str, work: Callable[[CancelToken], Any],
                 on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 error_title: str | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.work: Callable[[CancelToken], Any] | None = work
        self.on_done = on_done
        self.on_error = on_error
        self.error_title = error_title or tr("Действие не выполнено")
        self.token = CancelToken()
        self.done = False
        self._worker_over = threading.Event()  # set once the worker holds nothing of this task
        # Queued: the worker emits, the window's thread runs the slots.
        self._succeeded.connect(self._finish_ok, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._finish_failed, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.token.reporter = self._progressed.emit
        self.progress = QProgressDialog(label, tr("Отмена"), 0, 0, parent)
        self.progress.setWindowTitle(tr("Подождите"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> Task:
        _running.add(self)
        self.progress.setValue(0)  # starts the dialog's «show after» timer
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self.token.cancel()
        self.progress.setLabelText(tr("Отмена…"))

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.done or self.token.cancelled:
            return
        self.progress.setMaximum(max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)
        if text:
            self.progress.setLabelText(text)

    def _close(self) -> None:
        # Only the worker's emit delivers here; it lets go of this task a moment later.
        self._worker_over.wait()
        self.done = True
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()
        _running.discard(self)
        self.finished.emit()

    def _finish_ok(self, result: Any) -> None:
        on_done = self._let_go()
        self._close()
        if self.token.cancelled:
            return  # finished anyway, but the user no longer wants it
        if on_done is not None:
            on_done(result)

    def _finish_failed(self, exc: BaseException) -> None:
        on_error = self._let_go(failed=True)
        self._close()
        if isinstance(exc, Cancelled):
            return
        if on_error is not None:
            on_error(exc)
        else:
            show_failure(self.parent_widget, self.error_title, exc)

    def _let_go(self, failed: bool = False) -> Callable[..., None] | None:
        """Drop the work and the callbacks, returning the one to call now.

        They are closures of the caller's, which often keep what the worker hands back
        — a failure's traceback holds the worker's frame and so this task: a reference
        cycle through the task's progress dialog that only Python's cycle collector would
        free, deleting the dialog at whatever moment it next runs.
        """
        callback = self.on_error if failed else self.on_done
        self.work = self.on_done = self.on_error = None
        return callback


def show_failure(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A worker's failure in plain words: a refusal as it is, anything else as a short notice."""
    if isinstance(exc, UserError):
        text = str(exc)
    elif isinstance(exc, OSError):
        text = tr("Ошибка при работе с файлом: {0}").format(exc.strerror or exc)
        log.warning("background work failed: %r", exc)
    else:
        log.error("background work failed", exc_info=(type(exc), exc, exc.__traceback__))
        text = tr("Внутренняя ошибка программы ({0}). Данные не изменены; подробности "
                  "записаны в журнал.").format(type(exc).__name__)
    QMessageBox.warning(parent, title, text)


# Tasks in flight: kept alive here until their result has been delivered.
_running: set[Task] = set()


def run_in_background(parent: QWidget | None, label: str, work: Callable[[CancelToken], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      error_title: str | None = None) -> Task:
    """Start ``work(token)`` in a worker; callbacks run on the window's thread."""
    return Task(parent, label, work, on_done, on_error, error_title).start()
