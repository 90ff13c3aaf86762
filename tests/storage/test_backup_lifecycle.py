"""Daily, pre-import and pre-restore backups, and restoring one."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.demo import load_demo
from desktop_app.domain.entities import Department, Event
from desktop_app.storage import lifecycle
from desktop_app.storage.backup import list_backups, make_backup
from desktop_app.storage.errors import DatabaseCorrupt, DatabaseTooNew
from desktop_app.storage.store import Store


def _add_event(store: Store, title: str) -> Event:
    dept = store.departments()[0] if store.departments() else store.save_department(
        Department(name="Департамент")
    )
    return store.save_event(
        Event(department_id=dept.id, title=title, timing="5 февраля",
              starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5))
    )


def test_daily_backup_once_per_day(demo_store: Store, tmp_path: Path):
    folder = tmp_path / "bk"
    first = lifecycle.daily_backup(demo_store, folder)
    assert first is not None and first.exists()
    assert lifecycle.daily_backup(demo_store, folder) is None
    # Yesterday's copy does not count for today.
    today = date.today().strftime("%Y%m%d")
    first.rename(first.with_name(first.name.replace(f"-{today}-", "-20000101-")))
    again = lifecycle.daily_backup(demo_store, folder)
    assert again is not None
    infos = list_backups(folder, demo_store.path)
    assert len(infos) == 2 and all(b.events == 29 for b in infos)


def test_daily_backup_skips_readonly_and_memory(demo_store: Store, tmp_path: Path):
    assert lifecycle.daily_backup(Store.in_memory(), tmp_path) is None
    demo_store.close()
    with Store.open(demo_store.path, readonly=True) as ro:
        assert lifecycle.daily_backup(ro, tmp_path / "x") is None
    assert not (tmp_path / "x").exists()


def test_backup_before_import_goes_to_default_folder(demo_store: Store):
    made = lifecycle.backup_before_import(demo_store)
    assert made.parent == demo_store.path.parent / "backups"
    assert lifecycle.backup_reason(made, demo_store.path) == "pre-import"


def test_rotation_keeps_newest(demo_store: Store, tmp_path: Path):
    for _ in range(5):
        lifecycle.backup_before_import(demo_store, tmp_path, keep=3)
    assert len(list_backups(tmp_path, demo_store.path)) == 3


def test_restore_backs_up_current_then_copies_in(demo_store: Store, tmp_path: Path):
    folder = tmp_path / "bk"
    saved = make_backup(demo_store.db.conn, demo_store.path, folder)
    extra = _add_event(demo_store, "Добавлено после копии")
    assert demo_store.counts()["events"] == 30

    safety = lifecycle.restore_backup(demo_store.path, saved, folder, keep=10)

    # The open connection sees the restored data: the window need not reopen the file.
    assert demo_store.counts()["events"] == 29
    assert demo_store.find_event(extra.id) is None
    assert demo_store.integrity() == "ok"
    with sqlite3.connect(safety) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 30
    assert lifecycle.backup_reason(safety, demo_store.path) == "pre-restore"


def test_restore_over_damaged_file_keeps_its_bytes(demo_store: Store, tmp_path: Path):
    folder = tmp_path / "bk"
    saved = make_backup(demo_store.db.conn, demo_store.path, folder)
    path = demo_store.path
    demo_store.close()
    path.write_bytes(b"garbage, not a database at all" * 100)

    safety = lifecycle.restore_backup(path, saved, folder)

    assert safety.read_bytes().startswith(b"garbage")
    with Store.open(path, create=False) as s:
        assert s.counts()["events"] == 29 and s.integrity() == "ok"


def test_restore_refuses_damaged_backup_and_leaves_file(demo_store: Store, tmp_path: Path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = demo_store.counts()
    with pytest.raises(DatabaseCorrupt):
        lifecycle.restore_backup(demo_store.path, bad, tmp_path / "bk")
    assert demo_store.counts() == before
    assert not (tmp_path / "bk").exists()


def test_restore_refuses_newer_backup(demo_store: Store, tmp_path: Path):
    newer = make_backup(demo_store.db.conn, demo_store.path, tmp_path / "bk")
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('interreg', '9999_from_the_future', '2030-01-01')"
        )
    with pytest.raises(DatabaseTooNew):
        lifecycle.restore_backup(demo_store.path, newer, tmp_path / "bk")
    assert demo_store.counts()["events"] == 29


def test_restore_into_missing_file(tmp_path: Path, demo_store: Store):
    saved = make_backup(demo_store.db.conn, demo_store.path, tmp_path / "bk")
    target = tmp_path / "new.sqlite3"
    assert lifecycle.restore_backup(target, saved, tmp_path / "bk2") is None
    with Store.open(target, create=False) as s:
        assert s.counts()["events"] == 29


def test_open_for_viewing_reads_and_never_writes(demo_store: Store):
    path = demo_store.path
    demo_store.close()
    before = path.read_bytes()
    with lifecycle.open_for_viewing(path) as s:
        assert s.readonly and s.counts()["events"] == 29
    assert path.read_bytes() == before


def test_backup_label_words():
    from datetime import datetime

    assert lifecycle.backup_label(datetime(2024, 3, 1, 9, 5), "daily") == \
        "01.03.2024 09:05 — ежедневная"


def test_load_demo_then_backup_reason_parsing(tmp_path: Path):
    with Store.open(tmp_path / "my-db.sqlite3") as s:
        load_demo(s)
        made = lifecycle.daily_backup(s, tmp_path / "bk")
    assert lifecycle.backup_reason(made, tmp_path / "my-db.sqlite3") == "daily"


def test_viewing_refuses_what_opening_refuses(tmp_path):
    import sqlite3

    import pytest

    from desktop_app.storage.errors import DatabaseCorrupt, DatabaseNotFound
    from desktop_app.storage.lifecycle import open_for_viewing

    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseNotFound, match="пуст"):
        open_for_viewing(empty)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE foo (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseCorrupt, match="другой программы"):
        open_for_viewing(other)
