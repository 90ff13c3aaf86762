"""Qt objects the program lets go of are freed by their last reference, on the window's thread.

An object in a Python reference cycle is freed by the cycle collector, at whatever
moment it next runs. For Qt objects that is a crash waiting for its moment: clearing
a cycle that holds an undo stack hands the steps it owns back to Python, which deletes
them while the C++ stack still lists them (SIGSEGV in ~QUndoStack — the suite crashed
so after the import dialog tests once the collector ran). Four such cycles were in
the program: undo steps ↔ Operations, Operations.window ↔ window.ops, the window ↔
its empty state, and an event form ↔ its draft keeper; a failed background task was held by its own failure's traceback,
and a finished one could be freed by its worker, on the wrong thread.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import time
import weakref
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app.domain.periods import ReportPeriod

Q1 = ReportPeriod.quarter(2020, 1)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCRIPT = textwrap.dedent("""
    import gc
    from PySide6.QtWidgets import QApplication
    from desktop_app.demo import load_demo
    from desktop_app.domain.periods import ReportPeriod
    from desktop_app.storage.store import Store
    from desktop_app.ui.operations import Operations

    app = QApplication([])
    store = Store.in_memory()
    load_demo(store)
    events = store.events_in_period(ReportPeriod.quarter(2020, 1))[:5]
    departments = [d.id for d in store.departments()][:10]
    agreements = [a.id for a in store.agreements()][:10]
    kept = []
    for _window in range(10):  # ten windows' Operations, parentless as show_window makes them
        ops = Operations(store)
        for step in range(3):  # imports on the undo stack, the first creating records
            ops.import_landed("Импорт", [(e, e) for e in events],
                              departments if step == 0 else [], agreements if step == 0 else [])
        kept.append(ops)
    del ops, kept  # the windows are closed
    gc.collect()  # as Python would, at some moment
    print("survived")
""")


def _freed_without_the_collector(make, *drop_steps) -> list[bool]:
    """Weak references to what ``make`` returns, alive or not once it is let go of."""
    gc.collect()
    gc.disable()
    try:
        objects = make()
        refs = [weakref.ref(o) for o in objects]
        del objects
        for step in drop_steps:
            step()
        return [ref() is None for ref in refs]
    finally:
        gc.enable()


def test_operations_with_undo_steps_let_go_of_do_not_crash(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SCRIPT],
                         capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert run.returncode == 0 and "survived" in run.stdout, (run.returncode, run.stderr[-3000:])


def test_operations_and_its_undo_steps_are_freed_by_the_last_reference(qtbot, demo_store):
    from desktop_app.ui.operations import Operations

    events = demo_store.events_in_period(Q1)

    def make() -> list:
        ops = Operations(demo_store)
        ops.delete_events([events[0].id])
        ops.import_landed("Импорт", [(events[1], events[1])],
                          [d.id for d in demo_store.departments()][:3], [])
        assert ops.undo_stack.count() == 2
        return [ops, ops.undo_stack]

    assert _freed_without_the_collector(make) == [True, True]


def test_a_closed_window_is_freed_with_its_operations(qtbot, demo_store, tmp_path: Path):
    """File → Open another file: the old window is closed, deleted later and let go of."""
    from desktop_app.settings import Settings
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.operations import Operations

    events = demo_store.events_in_period(Q1)
    windows: list[MainWindow] = []

    def make() -> list:
        ops = Operations(demo_store)
        win = MainWindow(ops, Settings(tmp_path / "settings.ini"))
        win.show()
        qtbot.waitExposed(win)
        ops.delete_events([events[0].id])  # a step on the undo stack
        windows.append(win)
        return [win, ops, ops.undo_stack]

    def close_and_let_go() -> None:
        win = windows.pop()
        win.close()
        win.deleteLater()
        del win
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert _freed_without_the_collector(make, close_and_let_go) == [True, True, True]


def test_an_event_form_keeping_drafts_is_freed_by_the_last_reference(qtbot, demo_store,
                                                                    tmp_path: Path):
    """The draft restore at start-up opens a parentless form with a draft keeper."""
    from desktop_app.ui.crash import DraftKeeper
    from desktop_app.ui.event_form import EventFormDialog
    from desktop_app.ui.operations import Operations

    event = demo_store.events_in_period(Q1)[0]

    def make() -> list:
        form = EventFormDialog(Operations(demo_store), event=event, period=Q1,
                               settings=SimpleNamespace(own_department_id=""))
        keeper = DraftKeeper(form, demo_store.path, folder=tmp_path)
        assert keeper.form is form
        return [form, keeper]

    assert _freed_without_the_collector(make) == [True, True]


def test_a_failed_background_task_is_freed_by_the_last_reference(qtbot):
    from desktop_app.ui.background import run_in_background
    from desktop_app.ui.import_dialog import _wait

    def fail(_token) -> None:
        raise ValueError("нечитаемый файл")

    def make() -> list:
        # As _read_once keeps it: the failure lands in a dict of the caller's, which
        # returns with it; its traceback holds the worker's frame.
        outcome: dict = {}
        task = run_in_background(None, "Чтение…", fail,
                                 on_error=lambda exc: outcome.__setitem__("error", exc))
        _wait(task)
        QThreadPool.globalInstance().waitForDone()
        assert isinstance(outcome["error"], ValueError)
        return [task, task.progress]

    def let_the_dialog_go() -> None:
        # Its deleteLater holds it until the window's event loop deletes it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert _freed_without_the_collector(make, let_the_dialog_go) == [True, True]


def test_a_background_task_is_freed_on_the_windows_thread(qtbot, monkeypatch):
    """The worker may still be finishing when the window has its result and lets go."""
    from desktop_app.ui import background
    from desktop_app.ui.import_dialog import _wait

    original = background._Runnable.run

    def slow_to_end(self) -> None:
        original(self)
        time.sleep(0.3)  # the worker ends after the window has let go of the task

    monkeypatch.setattr(background._Runnable, "run", slow_to_end)
    freed_in: list[str] = []
    results: list[int] = []
    task = background.run_in_background(None, "Работа…", lambda _token: 7,
                                        on_done=results.append)
    weakref.finalize(task, lambda: freed_in.append(threading.current_thread().name))
    _wait(task)
    del task
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    assert results == [7]
    assert freed_in == [threading.main_thread().name]
