"""Making one backup copy: where it goes, what it is called by reason, and failing cleanly."""

from __future__ import annotations

import errno
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.storage.backup import backup_name, list_backups, make_backup
from desktop_app.storage.errors import StorageError
from desktop_app.storage.lifecycle import backup_reason
from desktop_app.storage.store import Store


def test_a_backup_without_a_reason_is_a_manual_one(demo_store: Store, tmp_path: Path):
    made = make_backup(demo_store.path, demo_store.path, tmp_path / "bk")
    assert backup_reason(made, demo_store.path) == "manual"
    assert backup_reason(tmp_path / backup_name(demo_store.path), demo_store.path) == "manual"
    named = make_backup(demo_store.path, demo_store.path, tmp_path / "bk", reason="pre-import")
    assert backup_reason(named, demo_store.path) == "pre-import"


def test_the_backup_folder_is_made_with_its_parents(demo_store: Store, tmp_path: Path):
    folder = tmp_path / "a" / "b" / "резервные копии"
    made = make_backup(demo_store.db.conn, demo_store.path, folder)
    assert made.parent == folder
    (info,) = list_backups(folder, demo_store.path)
    assert info.events == 29
    assert info.made_at.date() == date.today() and isinstance(info.made_at, datetime)
    # a self-contained file: no -wal/-shm beside it, nothing half-written left
    assert sorted(p.name for p in folder.iterdir()) == [made.name]


def test_a_folder_that_cannot_be_made_is_named_in_the_message(demo_store: Store, tmp_path: Path):
    blocker = tmp_path / "файл"
    blocker.write_text("не папка", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        make_backup(demo_store.path, demo_store.path, blocker / "копии")
    assert str(caught.value).startswith(
        f"Не удалось создать папку резервных копий «{blocker / 'копии'}»: ")


def test_a_damaged_source_fails_plainly_and_leaves_nothing(tmp_path: Path):
    source = tmp_path / "отчет.interreg"
    source.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    folder = tmp_path / "bk"
    with pytest.raises(StorageError) as caught:
        make_backup(source, source, folder)
    message = str(caught.value)
    assert "повреждён" in message and str(folder) in message
    assert list(folder.iterdir()) == []


def test_a_full_disk_while_writing_the_copy_leaves_nothing(demo_store: Store, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    folder = tmp_path / "bk"

    def no_space(self, target):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "replace", no_space)
    with pytest.raises(StorageError) as caught:
        make_backup(demo_store.path, demo_store.path, folder)
    monkeypatch.undo()
    assert str(caught.value) == (
        f"Не удалось записать резервную копию в «{folder}»: на диске нет места.")
    assert list(folder.iterdir()) == []


def test_an_unreadable_copy_is_listed_without_a_count(demo_store: Store, tmp_path: Path):
    folder = tmp_path / "bk"
    good = make_backup(demo_store.path, demo_store.path, folder)
    bad = folder / backup_name(demo_store.path, "daily", datetime(2001, 1, 1))
    bad.write_bytes(b"not a database at all" * 100)
    infos = list_backups(folder, demo_store.path)
    assert [(i.path, i.events) for i in infos] == [(good, 29), (bad, None)]
    # listing never writes: the copies are opened read-only and immutable
    assert sqlite3.connect(good).execute("SELECT count(*) FROM events").fetchone() == (29,)
    assert sorted(p.name for p in folder.iterdir()) == sorted([good.name, bad.name])


def test_no_folder_means_no_backups(demo_store: Store, tmp_path: Path):
    assert list_backups(tmp_path / "нет", demo_store.path) == []
