"""The window's export and import, through the same functions its menu calls and their
worker threads (offscreen), on a real database file: used by bench_user_path.py --window.

Each figure runs from the action to its result on the window's thread (the file
written, the plan shown, the import landed), with the event loop turning meanwhile;
``longest stall`` is the longest the loop stood still during each action (the
worst gap between ticks of a 10 ms timer).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Stalls:
    """The longest gap between ticks of a 10 ms timer on the window's thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def window_path(db: Path, docx: Path, tmp: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # kept alive while the work runs
    from desktop_app.domain.periods import ReportPeriod
    from desktop_app.storage.store import Store
    from desktop_app.ui.import_dialog import ImportDialog, plan_in_background
    from desktop_app.ui.operations import Operations
    from desktop_app.ui.report_actions import start_export

    out: dict[str, float] = {}
    stalls = _Stalls()
    period = ReportPeriod.quarter(2020, 1)
    store = Store.open(db)
    try:
        for fmt in ("docx", "xlsx", "pdf"):
            target = tmp / f"window.{fmt}"
            stalls.reset()
            start = time.perf_counter()
            task = start_export(None, store, period, None, fmt, path=target)
            if task is not None:
                loop = QEventLoop()
                task.finished.connect(loop.quit)
                if not task.done:
                    loop.exec()
            out[f"window export {fmt.upper()}"] = time.perf_counter() - start
            out[f"  longest stall, s ({fmt.upper()})"] = stalls.worst
            assert target.stat().st_size > 0
    finally:
        store.close()
    fresh = tmp / "window_import.interreg"
    copy = tmp / "window_import.docx"
    shutil.copy(docx, copy)
    store = Store.open(fresh)
    try:
        ops = Operations(store)
        stalls.reset()
        start = time.perf_counter()
        read, plan = plan_in_background(None, store, [copy]) or (None, None)
        dialog = ImportDialog(ops, [copy], read=read)
        dialog.plan_files(plan)
        out["window import: preview shown"] = time.perf_counter() - start
        out["  longest stall, s (preview)"] = stalls.worst
        stalls.reset()
        start = time.perf_counter()
        loop = QEventLoop()
        ops.changed.connect(loop.quit)
        task = dialog.confirm()
        if task is not None and not task.done:
            loop.exec()
        out["window import: written"] = time.perf_counter() - start
        out["  longest stall, s (write)"] = stalls.worst
        assert dialog.applied, "the import did not land"
        dialog.deleteLater()
    finally:
        store.close()
    return out
