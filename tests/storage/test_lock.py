"""One writer per file: the lock file beside the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage.errors import DatabaseLocked, DatabaseReadOnly
from desktop_app.storage.lock import DatabaseInUse, acquire_lock, holder_pid, lock_path


def test_second_lock_refused_with_pid(db_path: Path):
    with acquire_lock(db_path) as first:
        assert first.held
        assert holder_pid(db_path) == os.getpid()
        with pytest.raises(DatabaseInUse) as err:
            acquire_lock(db_path)
        assert err.value.pid == os.getpid()
        assert "База уже открыта другой копией программы" in str(err.value)
        assert isinstance(err.value, DatabaseLocked)
    assert not lock_path(db_path).exists()
    acquire_lock(db_path).release()


def test_lock_held_by_another_process(db_path: Path):
    code = (
        "import sys, time\n"
        "from desktop_app.storage.lock import acquire_lock\n"
        f"lock = acquire_lock({str(db_path)!r})\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUse) as err:
            acquire_lock(db_path)
        assert err.value.pid == proc.pid
    finally:
        proc.kill()
        proc.wait()
    # A killed holder leaves its lock file behind, but the OS freed the lock itself.
    assert lock_path(db_path).exists()
    lock = acquire_lock(db_path)
    assert holder_pid(db_path) == os.getpid()
    lock.release()


def test_unwritable_folder_means_read_only(db_path: Path, monkeypatch: pytest.MonkeyPatch):
    real_open = os.open

    def refusing_open(path, flags, *args):
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(DatabaseReadOnly, match="только для просмотра"):
        acquire_lock(db_path)


def test_released_twice_is_harmless(db_path: Path):
    lock = acquire_lock(db_path)
    lock.release()
    lock.release()
    assert not lock.held
