"""Test-wide isolation: no test touches a real user's folders or needs a display."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Python's cycle collector, run at whatever moment a test allocates, frees widgets that
# earlier tests made without a parent and left in a reference cycle — sometimes while Qt
# is inside a call on another widget, which crashed the suite at random (seen in CI in
# test_import_dialog_worker). The tests run with it off, and the process ends without the
# final collection; a test that means to collect calls gc.collect() itself. (The program's
# own cycle of this kind, in the event form, was fixed: tests/ui/test_form_collection_crash.py.)
gc.disable()
_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


def pytest_unconfigure(config: pytest.Config) -> None:
    # After pytest has printed its summary: leave without the interpreter's last collection.
    # Not when another program runs pytest inside its own process and must go on after it
    # (mutmut collecting which tests reach which function: scripts/mutation.py sets this).
    if (_exit_status and not hasattr(config, "workerinput")
            and not os.environ.get("INTERREG_PYTEST_IN_PROCESS")):
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[0])


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("INTERREG_DB", raising=False)
    yield home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "interreg.sqlite3"


@pytest.fixture
def store(db_path: Path):
    from desktop_app.storage.store import Store

    with Store.open(db_path) as s:
        yield s


@pytest.fixture
def demo_store(db_path: Path):
    from desktop_app.demo import load_demo
    from desktop_app.storage.store import Store

    with Store.open(db_path) as s:
        load_demo(s)
        yield s
