"""Attack 10: the small things that confuse (the lock's message is in test_identity_lock)."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path

from desktop_app.cli import main
from desktop_app.storage import schema
from desktop_app.storage.errors import DiskFull
from desktop_app.storage.store import Store

from .conftest import export_args


def test_restore_of_an_unreadable_file_says_so_in_russian(demo_db, tmp_path, capsys, monkeypatch):
    backup = tmp_path / "копия.sqlite3"
    backup.write_bytes(b"SQLite format 3\x00")
    real_open = Path.open

    def refusing(self, *args, **kwargs):
        if self == backup:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)
    assert main(["restore", "--db", str(demo_db), str(backup)]) == 1
    err = capsys.readouterr().err
    assert "нет доступа" in err and "Permission" not in err


def test_a_new_database_refused_on_a_full_disk_leaves_nothing_behind(tmp_path, capsys, monkeypatch):
    def full(_db):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(schema, "upgrade", full)
    target = tmp_path / "new.db"
    assert main(["demo", "--db", str(target)]) == 1
    assert "не хватает места" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_killed_exports_temporary_file_is_cleaned_at_the_next_export(demo_db, tmp_path):
    out = tmp_path / "q1.json"
    stale = tmp_path / ".q1.json.k1ll3d00.tmp"
    stale.write_bytes(b"half")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".q1.json.wr1t1ng0.tmp"  # another copy may be writing it right now
    fresh.write_bytes(b"busy")
    assert main(export_args(demo_db, out)) == 0
    assert not stale.exists() and fresh.exists()


def test_backup_of_an_empty_file_is_refused_and_the_file_stays_empty(tmp_path, capsys):
    empty = tmp_path / "пустой.db"
    empty.touch()
    assert main(["backup", "--db", str(empty)]) == 1
    assert "пуст" in capsys.readouterr().err
    assert empty.stat().st_size == 0
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_failed_imports_on_a_full_disk_leave_no_pre_import_backups(demo_db, tmp_path, capsys,
                                                                  monkeypatch):
    report = tmp_path / "q1.docx"
    assert main(export_args(demo_db, report, "docx")) == 0
    target = tmp_path / "other.db"
    assert main(["demo", "--db", str(target)]) == 0
    with Store.open(target) as store:
        store.delete_event(store.events_between(*_q1())[0].id)  # the import has one to add
    folder = tmp_path / "backups"
    before = set(folder.iterdir()) if folder.exists() else set()

    def full(*_a, **_k):
        raise DiskFull("На диске не хватает места.")

    monkeypatch.setattr(Store, "save_event", full)
    monkeypatch.setattr("desktop_app.exchange.import_plan.save_events_in_bulk",
                        lambda *_a, **_k: full())
    for _ in range(3):
        assert main(["import", "--db", str(target), "--theirs", str(report)]) == 1
    capsys.readouterr()
    after = set(folder.iterdir()) if folder.exists() else set()
    assert after == before


def _q1():
    from datetime import date

    return date(2020, 1, 1), date(2020, 3, 31)


def test_an_xlsx_cell_over_excels_limit_is_refused_naming_the_event(demo_db, tmp_path, capsys):
    from dataclasses import replace

    with Store.open(demo_db) as store:
        event = store.events_between(*_q1())[3]
        store.save_event(replace(event, result="Итоги. " * 14_145))  # 99,015 letters
    out = tmp_path / "q1.xlsx"
    assert main(export_args(demo_db, out, "xlsx")) == 1
    err = capsys.readouterr().err
    assert "32 767" in err and event.title[:30] in err and "Traceback" not in err
    assert not out.exists()
    assert main(export_args(demo_db, tmp_path / "q1.docx", "docx")) == 0
