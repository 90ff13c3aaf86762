"""Files that cannot be used, on the command line: a plain message, exit 1, the file untouched."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.demo import load_demo
from desktop_app.storage import database
from desktop_app.storage.backup import make_backup
from desktop_app.storage.lock import acquire_lock
from desktop_app.storage.store import Store


@pytest.fixture
def demo_file(db_path: Path) -> Path:
    with Store.open(db_path) as s:
        load_demo(s)
    return db_path


def _fails_plainly(capsys, argv: list[str], *words: str) -> str:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith("Ошибка: ")
    assert "Traceback" not in err
    for word in words:
        assert word in err, err
    return err


def make_newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('interreg', '9999_from_a_newer_version', '2030-01-01')"
        )
    conn.close()


def make_corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:4096 * 4] = b"\x5a" * (4096 * 4 - 100)  # header kept: looks like SQLite, is not
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["check"], ["demo"], ["backup"]])
def test_newer_version_refused(capsys, demo_file: Path, command):
    make_newer(demo_file)
    before = demo_file.read_bytes()
    _fails_plainly(capsys, [*command, "--db", str(demo_file)], "более новой версией")
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize("command", [["check"], ["demo"]])
def test_corrupt_file_refused(capsys, demo_file: Path, command):
    make_corrupt(demo_file)
    before = demo_file.read_bytes()
    _fails_plainly(capsys, [*command, "--db", str(demo_file)], "повреждён", "резервной копии")
    assert demo_file.read_bytes() == before


def test_not_a_database_refused(capsys, tmp_path: Path):
    doc = tmp_path / "report.docx"
    doc.write_bytes(b"PK\x03\x04 a Word file chosen by mistake")
    _fails_plainly(capsys, ["demo", "--db", str(doc)], "не является базой данных")
    assert doc.read_bytes() == b"PK\x03\x04 a Word file chosen by mistake"


def test_read_only_medium(capsys, demo_file: Path, monkeypatch: pytest.MonkeyPatch):
    # Tests may run as root, for whom file modes mean nothing: ask the OS's answer instead.
    real_access = database.os.access
    monkeypatch.setattr(database.os, "access",
                        lambda p, mode: False if mode == database.os.W_OK else real_access(p, mode))
    before = demo_file.read_bytes()
    _fails_plainly(capsys, ["demo", "--db", str(demo_file)], "только для чтения")
    assert demo_file.read_bytes() == before
    # Looking needs no writing.
    assert main(["check", "--db", str(demo_file)]) == 0


def test_locked_by_another_writer(capsys, demo_file: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    with Store.open(demo_file) as s:  # so that `demo` has something to write back
        s.delete_event(s.events_between(date(2020, 1, 1), date(2020, 3, 31))[0].id)
    other = sqlite3.connect(demo_file, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        _fails_plainly(capsys, ["demo", "--db", str(demo_file)], "занят другой программой")
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Store.open(demo_file) as s:
        assert s.counts()["events"] == 28 and s.integrity() == "ok"


def test_restore_refused_while_window_holds_file(capsys, demo_file: Path, tmp_path: Path):
    with Store.open(demo_file) as s:
        copy = make_backup(s.db.conn, demo_file, tmp_path / "bk")
    with acquire_lock(demo_file):
        _fails_plainly(capsys, ["restore", str(copy), "--db", str(demo_file)],
                       "База уже открыта другой копией программы")


def test_restore_and_list(capsys, demo_file: Path):
    with Store.open(demo_file) as s:
        copy = make_backup(s.db.conn, demo_file, demo_file.parent / "backups")
        s.delete_event(s.events_between(date(2020, 1, 1), date(2020, 3, 31))[0].id)
    capsys.readouterr()
    assert main(["restore", "--list", "--db", str(demo_file)]) == 0
    listed = capsys.readouterr().out
    assert "мероприятий: 29" in listed and copy.name in listed

    assert main(["restore", str(copy), "--db", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "восстановлена" in out and "Прежнее содержимое сохранено" in out
    with Store.open(demo_file) as s:
        assert s.counts()["events"] == 29
    assert main(["restore", "--list", "--db", str(demo_file)]) == 0
    assert "мероприятий: 28" in capsys.readouterr().out  # the pre-restore copy


def test_restore_needs_a_file_and_refuses_garbage(capsys, demo_file: Path, tmp_path: Path):
    _fails_plainly(capsys, ["restore", "--db", str(demo_file)], "interreg restore --list")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"nothing useful")
    before = demo_file.read_bytes()
    _fails_plainly(capsys, ["restore", str(junk), "--db", str(demo_file)], "не является")
    assert demo_file.read_bytes() == before
    _fails_plainly(capsys, ["restore", str(tmp_path / "missing.sqlite3"), "--db", str(demo_file)],
                   "не найдена")
