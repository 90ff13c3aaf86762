"""A parentless event form that Python lets go of must not crash Qt.

The crash-draft restore at start-up opens an EventFormDialog without a parent
on a saved event. The form kept bound methods of itself (its shortcut table),
a reference cycle: dropping the last reference did not free it, Python's
cyclic collector did, at whatever moment it next ran — often while Qt was
delivering an event to one of the form's own widgets through the agreement
picker's Python event filter. Qt then went on with a widget that had just been
deleted (SIGSEGV in shiboken, wrapping the half-destroyed widget). When the
collector ran depended on what had been allocated before, so the crash showed
in some test orders only (test_event_form_speaks_english after a change-log
test). The pattern runs in a fresh interpreter, where a crash fails the test
instead of killing pytest.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
from types import SimpleNamespace

import pytest
from dialog_factories import DIALOGS
from PySide6.QtWidgets import QApplication

from desktop_app.domain.periods import ReportPeriod

Q1 = ReportPeriod.quarter(2020, 1)

SCRIPT = textwrap.dedent("""
    import sys
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
    log = ChangeLogDialog(store)  # what the crashing test order built before the form
    del log
    for event in [None, *store.events_in_period(q1)[:2]]:
        form = EventFormDialog(ops, event=event, period=q1)  # no parent, as at start-up
        form.save()  # refused (new, empty) or written (saved event)
        del form  # the last reference goes; no gc.collect(), as in the program
        app.processEvents()
    print("survived")
""")


def test_a_parentless_form_let_go_of_by_python_does_not_crash(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SCRIPT, str(tmp_path / "f.sqlite3")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert run.returncode == 0 and "survived" in run.stdout, (run.returncode, run.stderr[-3000:])


def test_the_form_is_freed_with_its_last_reference_not_by_the_cycle_collector(qtbot, demo_store):
    from desktop_app.ui.event_form import EventFormDialog
    from desktop_app.ui.operations import Operations

    before = len(QApplication.topLevelWidgets())
    form = EventFormDialog(Operations(demo_store), event=demo_store.events_in_period(Q1)[0],
                           period=Q1, settings=SimpleNamespace(own_department_id=""))
    assert len(QApplication.topLevelWidgets()) > before
    del form
    # Freed at once (no gc.collect() here): no Python cycle holds the form.
    assert len(QApplication.topLevelWidgets()) == before


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_is_left_for_the_cycle_collector(qtbot, demo_store, tmp_path, name):
    """What the last reference does not free, gc.collect() must not free either.

    A window that only the cyclic collector frees is deleted at a random moment,
    possibly inside an event of its own (the form's crash above).
    """
    from desktop_app.ui.operations import Operations

    gc.collect()
    gc.disable()
    try:
        before = len(QApplication.topLevelWidgets())
        dialog = DIALOGS[name](Operations(demo_store), tmp_path)
        del dialog
        left = len(QApplication.topLevelWidgets())
        gc.collect()
        assert len(QApplication.topLevelWidgets()) == left, f"{name} sits in a reference cycle"
        assert left >= before
    finally:
        gc.enable()
