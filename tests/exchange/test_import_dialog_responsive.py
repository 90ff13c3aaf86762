"""A big import from the window: planned and written in workers while the window's
event loop keeps turning; «Отмена» during the write leaves the file as it was."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.bulk_events import save_events_in_bulk
from desktop_app.storage.store import Store
from desktop_app.ui import background, import_dialog
from desktop_app.ui.import_dialog import ImportDialog, plan_in_background
from desktop_app.ui.operations import Operations

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
Q1 = ReportPeriod.quarter(2020, 1)
EVENTS = 600


@pytest.fixture
def big_report(tmp_path: Path) -> Path:
    """An exported DOCX of 600 events (the demo's rows copied with new titles)."""
    origin = Store.in_memory()
    load_demo(origin)
    demo = origin.events_in_period(Q1)
    copies = [(replace(demo[n % len(demo)], id=f"copy-{n}", title=f"{demo[n % len(demo)].title} "
                       f"№{n}", position=0, version=0), False) for n in range(EVENTS - len(demo))]
    save_events_in_bulk(origin, copies)
    return export_report_file(origin, Q1, None, "docx", tmp_path / "big.docx")


@pytest.fixture
def target(tmp_path: Path):
    store = Store.open(tmp_path / "target.interreg")
    yield store
    store.close()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k:
                        seen.append(text))
    return seen


class Ticks:
    """A timer on the window's thread; a worker can wait until it has ticked."""

    def __init__(self) -> None:
        self.count = 0
        self.enough = threading.Event()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.count += 1
        if self.count >= 5:
            self.enough.set()

    def restart(self) -> None:
        self.count = 0
        self.enough.clear()
        self.timer.start()


def _state(store: Store) -> tuple:
    return (store.counts(), len(store.change_log(limit=100_000)),
            store.conn.execute("SELECT count(*) FROM events_search").fetchone()[0])


def test_a_big_import_keeps_the_event_loop_turning_while_it_plans_and_writes(
    qtbot, big_report: Path, target: Store, monkeypatch: pytest.MonkeyPatch, warnings,
):
    ticks = Ticks()
    threads: list[threading.Thread] = []
    real_plan, real_apply = import_dialog.import_files, import_dialog.apply_plan

    def slow_plan(*args, **kwargs):
        # The worker goes on only once the window's timer has ticked: a blocked
        # window thread would leave it waiting (and the test failing) here.
        threads.append(threading.current_thread())
        assert ticks.enough.wait(10), "the window's event loop stood still while planning"
        return real_plan(*args, **kwargs)

    def slow_apply(*args, **kwargs):
        threads.append(threading.current_thread())
        assert ticks.enough.wait(10), "the window's event loop stood still while writing"
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "import_files", slow_plan)
    monkeypatch.setattr(import_dialog, "apply_plan", slow_apply)
    ops = Operations(target)
    ticks.restart()
    read, plan = plan_in_background(None, target, [big_report])
    assert plan is not None and len(plan.rows) == EVENTS
    dialog = ImportDialog(ops, [big_report], read=read)
    qtbot.addWidget(dialog)
    dialog.plan_files(plan)
    assert f"Будет добавлено: {EVENTS}," in dialog.counts_label.text()
    ticks.restart()
    with qtbot.waitSignal(ops.changed, timeout=60_000):
        task = dialog.confirm()
        assert task is not None and not task.done  # the write runs on, the window with it
    qtbot.waitUntil(lambda: dialog.applied, timeout=10_000)
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert target.counts()["events"] == EVENTS
    assert f"добавлено {EVENTS}" in dialog.summary.toPlainText() and warnings == []
    qtbot.waitUntil(lambda: not background._running)


def test_cancel_during_the_write_leaves_the_database_unchanged(
    qtbot, big_report: Path, target: Store, monkeypatch: pytest.MonkeyPatch, warnings,
):
    ops = Operations(target)
    read, plan = plan_in_background(None, target, [big_report])
    dialog = ImportDialog(ops, [big_report], read=read)
    qtbot.addWidget(dialog)
    dialog.plan_files(plan)
    before = _state(target)
    tasks: list[background.Task] = []
    real_apply = import_dialog.apply_plan

    def cancel_when_written(*args, **kwargs):
        summary = real_apply(*args, **kwargs)  # every row written, not yet committed
        tasks[0].token.cancel()  # «Отмена» pressed at the last moment
        return summary

    real_run = import_dialog.run_in_background
    monkeypatch.setattr(import_dialog, "run_in_background",
                        lambda *a, **k: tasks.append(real_run(*a, **k)) or tasks[-1])
    monkeypatch.setattr(import_dialog, "apply_plan", cancel_when_written)
    changed: list[bool] = []
    ops.changed.connect(lambda: changed.append(True))
    dialog.confirm()
    qtbot.waitUntil(lambda: tasks and tasks[0].done, timeout=60_000)
    assert _state(target) == before  # nothing half-written: the transaction rolled back
    assert not dialog.applied and changed == [] and warnings == []
    assert dialog.import_button.isEnabled()  # the user may import again
