"""Test-wide isolation: no test touches a real user's folders or needs a display."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Python's cycle collector stays on, as in the program. Qt objects left in reference
# cycles were freed by it at random moments and crashed the suite (SIGSEGV in ~QUndoStack
# after the import dialog tests, once in CI in test_import_dialog_worker); those cycles
# are gone and tests/ui/test_qt_cycles.py keeps them gone. INTERREG_GC_EACH_TEST=1
# collects after every test, which makes any new such cycle crash right after the test
# that left it instead of at random.
_COLLECT_EACH_TEST = os.environ.get("INTERREG_GC_EACH_TEST") == "1"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("INTERREG_DB", raising=False)
    yield home
    if _COLLECT_EACH_TEST:
        gc.collect()


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
