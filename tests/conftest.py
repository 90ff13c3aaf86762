"""Test-wide isolation: no test touches a real user's folders or needs a display."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
                "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("INTERREG_DB", raising=False)
    yield home
    # Widgets a test made without a parent and left in a reference cycle are freed here,
    # between tests, not by Python's cycle collector at whatever moment a later test
    # allocates — possibly while Qt is inside a call on another widget (a crash seen once
    # in CI in test_import_dialog_worker; the program's own cycle of this kind, in the
    # event form, was fixed — see tests/ui/test_form_collection_crash.py).
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
