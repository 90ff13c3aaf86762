"""Copies of a database with a very long name, and the advice when a damaged one has no good copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.storage.backup import backup_key, backup_name, backups_of, make_backup
from desktop_app.storage.errors import DatabaseCorrupt


def test_a_name_of_exactly_180_bytes_is_kept_whole_a_longer_one_is_shortened():
    exact = Path("я" * 90 + ".db")  # 180 bytes of UTF-8
    assert backup_key(exact) == "я" * 90
    longer = Path("a" * 181 + ".db")
    key = backup_key(longer)
    assert len(key.encode("utf-8")) == 180  # shortened to exactly the room reserved
    head, _, tail = key.rpartition("~")
    assert head == "a" * 169 and len(tail) == 10 and int(tail, 16) >= 0
    # a letter of two bytes is never cut in half: the key stays readable text
    russian = backup_key(Path("я" * 91 + ".db"))
    assert russian.rpartition("~")[0] == "я" * 84
    # the copy's whole name fits a file system's 255 bytes
    assert len(backup_name(longer, "pre-restore").encode("utf-8")) <= 255


def _damaged_in_its_pages(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, t TEXT)")
    conn.executemany("INSERT INTO events (t) VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page: 3 * page + 200] = b"\xff" * 200  # a table page, not the header
    path.write_bytes(bytes(data))


def test_a_damaged_database_without_good_copies_sends_the_clerk_to_the_administrator(
        tmp_path: Path):
    db = tmp_path / "отчет.db"
    _damaged_in_its_pages(db)
    folder = tmp_path / "копии"
    with pytest.raises(DatabaseCorrupt) as caught:
        make_backup(db, db, folder)
    message = str(caught.value)
    assert message.startswith(f"Файл базы данных «{db}» повреждён (проверка целостности: ")
    assert message.endswith(
        f"Ничего не записано, чтобы не испортить его сильнее. Исправных резервных копий в "
        f"папке «{folder}» нет; обратитесь к администратору, файл не изменён.")
    assert backups_of(folder, db) == []
    assert [p.name for p in folder.iterdir()] == []
