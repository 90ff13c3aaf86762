"""A parentless event form collected by Python must not crash Qt.

The crash-draft restore at start-up opens an EventFormDialog without a parent
on a saved event; when the loop moves on, Python collects it. While Qt then
destroys the form's widgets, the agreement picker (a Python event filter on
three of them) was still asked about their last events, with the widgets half
destroyed: PySide had to wrap a dying widget and crashed (SIGSEGV in
shiboken's findDerivedType). It showed only after another dialog had been
built in the same process, so the check runs in a fresh interpreter, and a
crash fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import gc, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from desktop_app.demo import load_demo
    from desktop_app.domain.periods import ReportPeriod
    from desktop_app.storage.store import Store
    from desktop_app.ui.changelog_dialog import ChangeLogDialog
    from desktop_app.ui.event_form import EventFormDialog
    from desktop_app.ui.operations import Operations

    app = QApplication([])
    store = Store.open(Path(sys.argv[1]))
    load_demo(store)
    ops = Operations(store)
    q1 = ReportPeriod.quarter(2020, 1)
    log = ChangeLogDialog(store)  # a dialog built before, as in the crashing test order
    del log
    for event in [None, *store.events_in_period(q1)[:2]]:
        form = EventFormDialog(ops, event=event, period=q1)
        form.show()
        app.processEvents()
        form.save()  # written, or refused and then closed as a clerk does with Esc
        form.done(0)
        del form  # collected by Python, as the crash-draft restore's loop moves on
        gc.collect()
        app.processEvents()
    print("survived")
""")


def test_a_parentless_form_collected_by_python_does_not_crash(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SCRIPT, str(tmp_path / "f.sqlite3")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert run.returncode == 0 and "survived" in run.stdout, (run.returncode, run.stderr[-3000:])
