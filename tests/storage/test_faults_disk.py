"""Writes that fail half-way (a full disk, an I/O error) end in a plain message and an
unchanged database.

Two layers of fault: SQLite's own «database or disk is full» (a page limit on
the real file), and a connection wrapper that makes the N-th statement of a
write fail — for every N the write reaches — so each step of every transaction
is interrupted once.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from desktop_app.demo import load_demo
from desktop_app.domain.entities import Agreement, Event
from desktop_app.errors import UserError
from desktop_app.storage.errors import DiskFull, StorageError
from desktop_app.storage.store import Store

Q1 = (date(2020, 1, 1), date(2020, 3, 31))


class FailingConnection:
    """A sqlite3 connection whose N-th execute (counted after arm()) raises ``error``."""

    def __init__(self, conn: sqlite3.Connection, error: Exception) -> None:
        self._conn = conn
        self._error = error
        self.fail_at: int | None = None
        self.calls = 0
        self.fired = False

    def arm(self, n: int | None) -> None:
        self.fail_at, self.calls = n, 0
        if n is not None:
            self.fired = False

    def _tick(self) -> None:
        if self.fail_at is None:
            return
        self.calls += 1
        if self.calls == self.fail_at:
            self.fired = True
            raise self._error

    def execute(self, *args: Any, **kwargs: Any):
        self._tick()
        return self._conn.execute(*args, **kwargs)

    def executemany(self, *args: Any, **kwargs: Any):
        self._tick()
        return self._conn.executemany(*args, **kwargs)

    def executescript(self, *args: Any, **kwargs: Any):
        self._tick()
        return self._conn.executescript(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _snapshot(store: Store) -> tuple:
    rows = store.db.execute(
        "SELECT group_concat(id || ':' || version || ':' || title || ':' || result, '|') "
        "FROM (SELECT * FROM events ORDER BY id)"
    ).fetchone()[0]
    links = store.db.execute("SELECT count(*) FROM event_agreements").fetchone()[0]
    log = store.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    agreements = [(a.id, a.version, a.title, tuple(a.partner_regions)) for a in store.agreements()]
    return tuple(store.counts().items()), rows, links, log, tuple(agreements)


@pytest.fixture
def demo_file(db_path: Path) -> Path:
    with Store.open(db_path) as s:
        load_demo(s)
    return db_path


def _faulty_store(path: Path, error: Exception) -> tuple[Store, FailingConnection]:
    plain = Store.open(path)
    wrapper = FailingConnection(plain.db.conn, error)
    db = Database(wrapper)  # the same pragmas: the real connection was opened by Store.open
    return Store(db, path), wrapper


def _writes_names() -> list[str]:
    return ["create", "update", "delete", "batch", "agreement", "new agreement"]


def _writes(store: Store) -> dict[str, Callable[[], object]]:
    events = store.events_between(*Q1)
    dept = events[0].department_id
    agreement = store.agreements()[0]

    def new_event(i: int) -> Event:
        return Event(department_id=dept, title=f"Новое {i}", timing="5 февраля",
                     starts_on=date(2020, 2, 5), ends_on=date(2020, 2, 5),
                     agreement_ids=[agreement.id], participant_regions=["Новая земля"])

    return {
        "create": lambda: store.save_event(new_event(0)),
        "update": lambda: store.save_event(
            replace(events[0], title="Изменено", agreement_ids=[agreement.id]),
            expected_version=events[0].version),
        "delete": lambda: store.delete_event(events[1].id),
        "batch": lambda: store.save_events([new_event(i) for i in range(5)]),
        "agreement": lambda: store.save_agreement(
            replace(agreement, title="Новое название", partner_regions=["Тверская область"])),
        "new agreement": lambda: store.save_agreement(Agreement(title="Ещё одно")),
    }


@pytest.mark.parametrize("error, kind, words", [
    (sqlite3.OperationalError("database or disk is full"), DiskFull, "не хватает места"),
    (sqlite3.OperationalError("disk I/O error"), StorageError, "Ошибка ввода-вывода"),
])
def test_every_step_of_every_write_can_fail_cleanly(demo_file: Path, tmp_path: Path,
                                                    error, kind, words):
    interrupted = recovered = copies = 0

    def fresh() -> tuple[Store, FailingConnection]:
        nonlocal copies
        copies += 1
        path = tmp_path / f"copy{copies}.sqlite3"
        shutil.copyfile(demo_file, path)
        store, wrapper = _faulty_store(path, error)
        # sqlite-utils probes once per connection whether SQLite has upserts; a
        # fault inside that probe is a separate problem (test below).
        assert store.db.supports_on_conflict
        return store, wrapper

    for name in _writes_names():
        store, wrapper = fresh()
        for n in range(1, 200):
            before = _snapshot(store)
            write = _writes(store)[name]
            wrapper.arm(n)
            try:
                write()
            except UserError as exc:
                wrapper.arm(None)
                assert wrapper.fired, f"{name}: a failure that was not injected: {exc}"
                assert isinstance(exc, kind), (name, n, exc)
                assert words in str(exc)
                assert _snapshot(store) == before, f"{name} left a trace after failing at step {n}"
                assert not store.db.conn.in_transaction
                interrupted += 1
                continue  # unchanged, so the same file serves the next step
            wrapper.arm(None)
            assert _snapshot(store) != before, f"{name} reported success but wrote nothing"
            assert store.integrity() == "ok"
            store.close()
            if not wrapper.fired:
                break  # n is past the write's last statement
            recovered += 1  # sqlite-utils retried a read's savepoint release: fine
            store, wrapper = fresh()
        else:
            pytest.fail(f"{name} never finished")
    # Every write takes several statements; each was interrupted once.
    assert interrupted > 30
    assert recovered < interrupted


def test_real_full_disk_from_sqlite(demo_file: Path):
    """SQLite's own SQLITE_FULL (the file may not grow), not a simulated exception."""
    with Store.open(demo_file) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages}")
        before = _snapshot(store)
        event = store.events_between(*Q1)[0]
        with pytest.raises(DiskFull, match="Освободите место"):
            store.save_event(replace(event, result="отчёт " * 40_000))
        assert _snapshot(store) == before
        with pytest.raises(DiskFull):
            store.save_events([replace(e, result="x" * 50_000) for e in store.events_between(*Q1)])
        assert _snapshot(store) == before
        # Space freed: the same store carries on.
        store.db.execute("PRAGMA max_page_count = 1073741823")
        store.save_event(replace(event, result="отчёт " * 40_000))
        assert store.integrity() == "ok"
    with Store.open(demo_file) as again:
        assert again.counts()["events"] == 29 and again.integrity() == "ok"


def test_failure_on_the_first_write_of_a_session_does_not_break_later_ones(demo_file: Path):
    """sqlite-utils caches "no upsert support" if its one-off probe hits a full disk or a
    busy file; from then on every new event silently fails to insert (FOREIGN KEY error)."""
    store, wrapper = _faulty_store(demo_file, sqlite3.OperationalError("database is locked"))
    write = _writes(store)["create"]
    for n in range(1, 40):
        wrapper.arm(n)
        try:
            write()
        except UserError:
            wrapper.arm(None)
            continue
        break
    wrapper.arm(None)
    created = store.save_event(replace(store.events_between(*Q1)[0], id="after-the-fault",
                                       title="Сохраняется после сбоя", version=0))
    assert store.event(created.id).title == "Сохраняется после сбоя"
