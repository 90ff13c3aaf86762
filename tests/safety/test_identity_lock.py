"""Attack 5 (and 10's first item): the lock holds the file, whatever name it is opened by."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage.lock import DatabaseInUse, acquire_lock


def _hold(path: Path, holder: str = "") -> subprocess.Popen:
    code = (
        "import sys\n"
        "from desktop_app.storage.lock import acquire_lock\n"
        f"lock = acquire_lock({str(path)!r}, holder={holder!r})\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.mark.parametrize("kind", ["hard link", "symlink"])
def test_another_name_for_the_same_file_is_refused(demo_db, tmp_path, capsys, kind):
    other_dir = tmp_path / "elsewhere"
    other_dir.mkdir()
    alias = other_dir / "другое имя.db"
    if kind == "hard link":
        os.link(demo_db, alias)
    else:
        alias.symlink_to(demo_db)
    proc = _hold(demo_db)
    try:
        with pytest.raises(DatabaseInUse):
            acquire_lock(alias)
        assert main(["demo", "--db", str(alias)]) == 1
        assert "уже открыта" in capsys.readouterr().err
    finally:
        proc.kill()
        proc.wait()
    assert not (other_dir / "другое имя.db-wal").exists()
    acquire_lock(alias).release()


def test_the_lock_on_one_name_is_freed_for_the_other_after_release(demo_db, tmp_path):
    alias = tmp_path / "alias.db"
    os.link(demo_db, alias)
    with acquire_lock(demo_db):
        with pytest.raises(DatabaseInUse):
            acquire_lock(alias)
    with acquire_lock(alias):
        pass


def test_a_command_holding_the_file_is_not_called_a_window(demo_db, capsys):
    proc = _hold(demo_db, holder="команда «import»")
    try:
        assert main(["backup", "--db", str(demo_db)]) == 1
    finally:
        proc.kill()
        proc.wait()
    err = capsys.readouterr().err
    assert "команда «import»" in err and str(proc.pid) in err
    assert "окно" not in err
