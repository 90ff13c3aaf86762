"""Attack 1: an export aimed at the database itself, its side files or a device."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.exchange.files import ExportError, atomic_write
from desktop_app.storage.lock import lock_path

from .conftest import export_args


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", ["json", "docx", "xlsx"])
def test_export_over_the_database_is_refused_and_the_file_is_untouched(demo_db, capsys, fmt):
    before = _digest(demo_db)
    assert main(export_args(demo_db, demo_db, fmt)) == 1
    err = capsys.readouterr().err
    assert "файл базы данных" in err and "Traceback" not in err
    assert _digest(demo_db) == before
    assert main(["check", "--db", str(demo_db)]) == 0


@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_export_over_the_databases_side_files_is_refused(demo_db, capsys, side):
    target = demo_db.with_name(demo_db.name + side)
    assert main(export_args(demo_db, target)) == 1
    assert "файл базы данных" in capsys.readouterr().err
    assert not target.exists() or not target.read_bytes().startswith(b"{")
    assert main(["check", "--db", str(demo_db)]) == 0


def test_export_over_the_lock_file_a_hard_link_or_a_symlink_is_refused(demo_db, tmp_path, capsys):
    hard = tmp_path / "копия.json"
    os.link(demo_db, hard)
    soft = tmp_path / "ссылка.json"
    soft.symlink_to(demo_db)
    before = _digest(demo_db)
    for target in (lock_path(demo_db), hard, soft, tmp_path / "." / demo_db.name):
        assert main(export_args(demo_db, target)) == 1, target
        assert "файл базы данных" in capsys.readouterr().err
    assert _digest(demo_db) == before
    assert soft.is_symlink()


def test_export_over_a_backup_is_refused(demo_db, capsys):
    assert main(["backup", "--db", str(demo_db)]) == 0
    backup = Path(capsys.readouterr().out.split(": ", 1)[1].strip())
    before = _digest(backup)
    assert main(export_args(demo_db, backup)) == 1
    assert "резервн" in capsys.readouterr().err
    assert _digest(backup) == before


def test_export_to_a_device_or_a_fifo_is_refused(demo_db, tmp_path, capsys):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for target in (Path("/dev/null"), fifo):
        assert main(export_args(demo_db, target)) == 1, target
        assert "не обычный файл" in capsys.readouterr().err
    assert Path("/dev/null").is_char_device()
    assert fifo.is_fifo()


def test_window_and_every_writer_share_the_guard(demo_db):
    """atomic_write is the one door every export, e-mail draft and change log goes through."""
    with pytest.raises(ExportError, match="файл базы данных"):
        atomic_write(demo_db, lambda tmp: tmp.write_bytes(b"x"), protect=demo_db)


def test_an_ordinary_new_name_and_an_old_export_are_still_written(demo_db, tmp_path):
    out = tmp_path / "q1.json"
    assert main(export_args(demo_db, out)) == 0
    assert main(export_args(demo_db, out)) == 0
    assert out.stat().st_size > 100
