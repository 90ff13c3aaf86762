"""The one object that owns the database connection and its transactions.

Callers get domain records, never cursors. Every write runs in one
transaction, bumps the record's version and lands in the change log.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.entities import Event, EventStatus
from . import records, schema
from .database import open_database, settle_upsert_support, translate_error
from .errors import RecordNotFound, StorageError, VersionConflict
from .guard import guarded as _guarded
from .guard import now
from .protected import remember_database
from .reference import ReferenceRecords

if TYPE_CHECKING:
    from sqlite_utils import Database


def current_user() -> str:
    import getpass  # loads termios and pwd: see Store.user

    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "неизвестный пользователь"


class Store(ReferenceRecords):
    """Reads run on the plain connection ``conn``; writes go through ``db``, the
    sqlite-utils wrapper of that same connection, created (and sqlite-utils,
    ~50 ms, imported) at its first use, so the window paints without it."""

    def __init__(
        self, db: Database | sqlite3.Connection, path: Path | None = None, readonly: bool = False
    ) -> None:
        self._db: Database | None
        if isinstance(db, sqlite3.Connection):
            # What Database(conn) would set; open_database has already done it.
            db.execute("PRAGMA recursive_triggers=on;")
            self.conn = db
            self._db = None
        else:
            settle_upsert_support(db)
            self.conn = db.conn
            self._db = db
        self.path = path
        self.readonly = readonly
        self._on_close: list[Callable[[], None]] = []
        self.closed = False

    @cached_property
    def user(self) -> str:
        """Who writes, for the change log: asked at the first write, not at the window's start."""
        return current_user()

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        readonly: bool = False,
        before_migration: Callable[[Path], None] | None = None,
    ) -> Store:
        conn = open_database(
            path, create=create, readonly=readonly, before_migration=before_migration
        )
        remember_database(path)
        return cls(conn, Path(path), readonly)

    @classmethod
    def in_memory(cls) -> Store:
        store = cls(sqlite3.connect(":memory:", isolation_level=None))
        store.conn.execute("PRAGMA foreign_keys = ON")
        schema.upgrade(store.db)
        return store

    def for_worker(self, readonly: bool = False) -> Store | None:
        """A Store of its own on the same file, for a worker thread (an SQLite connection
        belongs to the thread that opened it); None for a database in memory."""
        if self.path is None:
            return None
        return Store.open(self.path, create=False, readonly=readonly or self.readonly)

    @property
    def db(self) -> Database:
        """The sqlite-utils wrapper of ``conn``, for writes."""
        if self._db is None:
            from sqlite_utils import Database

            db = Database(self.conn, execute_plugins=False)
            settle_upsert_support(db)
            self._db = db
        return self._db

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read as dicts (what sqlite-utils' rows_where gives), on the plain connection."""
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def close(self) -> None:
        self.closed = True
        try:
            self.conn.close()
        finally:
            for release in self._on_close:
                release()
            self._on_close.clear()

    def on_close(self, release: Callable[[], None]) -> None:
        """Run ``release`` (e.g. drop the single-writer lock) when the store closes."""
        self._on_close.append(release)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group several writes: all land or none do."""
        try:
            with self.db.atomic():
                yield self
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path or "") from exc

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """Reads that must agree (a report's table and the records it carries) in one read
        transaction: a write another program or window commits meanwhile is seen by all of
        them or by none. Inside a transaction already, that one does."""
        if self.conn.in_transaction:
            yield self
            return
        try:
            self.conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise translate_error(exc, self.path or "") from exc
        try:
            yield self
        finally:
            if self.conn.in_transaction:  # a write inside ends it itself
                self.conn.execute("COMMIT")

    # -- the change log --------------------------------------------------

    def _log(self, entity: str, entity_id: str, action: str, before: Any, after: Any) -> None:
        self.db["change_log"].insert(
            {
                "at": now(),
                "user": self.user,
                "entity": entity,
                "entity_id": entity_id,
                "action": action,
                "before": records.snapshot(before) if before is not None else None,
                "after": records.snapshot(after) if after is not None else None,
            }
        )

    @_guarded
    def change_log(
        self,
        entity_id: str | None = None,
        user: str | None = None,
        since: str | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        # Imported here: history builds on this module. Its filter is the only one over the log.
        from .history import change_rows

        return change_rows(self, entity_id=entity_id, user=user, since_at=since, limit=limit)

    # -- events ----------------------------------------------------------

    def _links(
        self, where: str, params: list[Any]
    ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """The agreement ids and region names, in order, of the events ``where`` (a
        condition on ``events e``) selects: one statement each, whatever their number."""
        links: dict[str, list[str]] = {}
        regions: dict[str, list[str]] = {}
        for found, sql in (
            (links, "SELECT ea.event_id, ea.agreement_id FROM event_agreements ea "
                    "JOIN events e ON e.id = ea.event_id WHERE {} "
                    "ORDER BY ea.event_id, ea.position"),
            (regions, "SELECT er.event_id, g.name FROM event_regions er "
                      "JOIN events e ON e.id = er.event_id JOIN regions g ON g.id = er.region_id "
                      "WHERE {} ORDER BY er.event_id, er.position"),
        ):
            for event_id, value in self.conn.execute(sql.format(where), params):
                found.setdefault(event_id, []).append(value)
        return links, regions

    def _events_from_rows(self, rows: list[dict[str, Any]]) -> list[Event]:
        links: dict[str, list[str]] = {}
        regions: dict[str, list[str]] = {}
        ids = [r["id"] for r in rows]
        # Chunks keep the parameter count under SQLite's limit on old builds.
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found, named = self._links(f"e.id IN ({','.join('?' * len(chunk))})", chunk)
            links |= found
            regions |= named
        return [records.event_from_row(r, links.get(r["id"], []), regions.get(r["id"], []))
                for r in rows]

    @_guarded
    def event(self, event_id: str) -> Event:
        rows = [dict(r) for r in self.db["events"].rows_where("id = ?", [event_id])]
        if not rows:
            raise RecordNotFound(f"Мероприятие не найдено ({event_id}).")
        return self._events_from_rows(rows)[0]

    @_guarded
    def find_event(self, event_id: str) -> Event | None:
        rows = [dict(r) for r in self.db["events"].rows_where("id = ?", [event_id])]
        return self._events_from_rows(rows)[0] if rows else None

    @_guarded
    def events_by_id(self, ids: Iterable[str]) -> list[Event]:
        """The stored events among ``ids``, read in chunks (an import meets thousands)."""
        unique = list(dict.fromkeys(ids))
        rows: list[dict[str, Any]] = []
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            rows += self._rows(
                f"SELECT * FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        return self._events_from_rows(rows)

    @_guarded
    def events_between(
        self,
        start: date,
        end: date,
        department_ids: Iterable[str] | None = None,
        statuses: Iterable[EventStatus] | None = None,
    ) -> list[Event]:
        """Events that start inside [start, end], in report order.

        One statement whatever the count: each event's agreements and regions come with
        its row as JSON arrays, so the period's rows are read once (three statements
        read them three times, half the report's time on 10,000 events).
        """
        params: list[Any] = [start.isoformat(), end.isoformat()]
        # A file of one quarter, exported whole: every row qualifies, and reading the
        # table through in its own order is cheaper than a lookup per row through an
        # index (0.04 s of 10,000 events). With a filter, an index narrows it.
        whole = department_ids is None and statuses is None and self.covers_every_event(start, end)
        where = "e.starts_on BETWEEN ? AND ?"
        if department_ids is not None:
            ids = list(department_ids)
            where += f" AND e.department_id IN ({','.join('?' * len(ids))})"
            params += ids
        if statuses is not None:
            sts = [str(s) for s in statuses]
            where += f" AND e.status IN ({','.join('?' * len(sts))})"
            params += sts
        cursor = self.conn.execute(
            f"SELECT {records.EVENT_COLUMNS_SQL}, "
            # ORDER BY in the subquery: json_group_array keeps the order rows reach it
            "(SELECT json_group_array(agreement_id) FROM (SELECT agreement_id "
            " FROM event_agreements WHERE event_id = e.id ORDER BY position)), "
            # Few events name regions: a probe of the index first is cheaper than the subquery.
            "CASE WHEN EXISTS (SELECT 1 FROM event_regions WHERE event_id = e.id) THEN "
            "(SELECT json_group_array(name) FROM (SELECT g.name FROM event_regions er "
            " JOIN regions g ON g.id = er.region_id WHERE er.event_id = e.id "
            " ORDER BY er.position)) ELSE '[]' END "
            f"FROM events e {'NOT INDEXED' if whole else ''} JOIN departments d "
            f"ON d.id = e.department_id "
            f"WHERE {where} ORDER BY d.position, d.name, e.position, e.created_at",
            params,
        )
        return records.events_from_tuples(cursor)

    def covers_every_event(self, start: date, end: date) -> bool:
        """Whether every event of the file starts inside [start, end] (an empty file: yes).
        Two index descents: min() and max() in one SELECT would read the whole index."""
        first, last = self.conn.execute(
            "SELECT (SELECT min(starts_on) FROM events), (SELECT max(starts_on) FROM events)"
        ).fetchone()
        return first is None or (start.isoformat() <= first and last <= end.isoformat())

    def events_in_period(self, period: Any, **kwargs: Any) -> list[Event]:
        """Events of a ReportPeriod (anything with ``start`` and ``end`` dates)."""
        return self.events_between(period.start, period.end, **kwargs)

    def _next_position(self) -> int:
        row = self.db.execute("SELECT coalesce(max(position), 0) FROM events").fetchone()
        return row[0] + 1

    def _write_event(self, event: Event, old: Event | None) -> Event:
        self._check_event(event)
        stamp = now()
        saved = replace(
            event,
            version=(old.version + 1) if old else max(event.version, 1),
            created_at=old.created_at if old else (event.created_at or stamp),
            updated_at=stamp,
            position=event.position or (old.position if old else self._next_position()),
            agreement_ids=list(event.agreement_ids),
            participant_regions=list(event.participant_regions),
        )
        self.db["events"].upsert(records.event_row(saved), pk="id")
        self.db.execute("DELETE FROM event_agreements WHERE event_id = ?", [saved.id])
        self.db.execute("DELETE FROM event_regions WHERE event_id = ?", [saved.id])
        self._insert_links(saved)
        self._log("event", saved.id, "update" if old else "create", old, saved)
        return saved

    def _insert_links(self, event: Event) -> None:
        """The event's agreements and participant regions, in order (regions once each)."""
        self.db["event_agreements"].insert_all(
            {"event_id": event.id, "agreement_id": a, "position": i}
            for i, a in enumerate(event.agreement_ids)
        )
        self.db["event_regions"].insert_all(
            {"event_id": event.id, "region_id": self._region_id(name), "position": i}
            for i, name in enumerate(dict.fromkeys(event.participant_regions))
        )

    def _check_event(self, event: Event) -> None:
        if not event.title.strip():
            raise StorageError("У мероприятия должно быть наименование.")
        if len(set(event.agreement_ids)) != len(event.agreement_ids):
            raise StorageError("Одно соглашение указано у мероприятия дважды.")

    @_guarded
    def save_event(self, event: Event, expected_version: int | None = None) -> Event:
        """Create or update one event; ``expected_version`` guards against lost edits."""
        with self.transaction():
            old = self.find_event(event.id)
            if expected_version is not None and old and old.version != expected_version:
                raise VersionConflict(
                    "Мероприятие изменено в другом месте после того, как вы его открыли."
                )
            return self._write_event(event, old)

    @_guarded
    def save_events(self, events: Iterable[Event]) -> list[Event]:
        with self.transaction():
            return [self._write_event(e, self.find_event(e.id)) for e in events]

    @_guarded
    def delete_event(self, event_id: str) -> Event:
        with self.transaction():
            old = self.event(event_id)
            self.db.execute("DELETE FROM events WHERE id = ?", [event_id])
            self._log("event", event_id, "delete", old, None)
        return old

    @_guarded
    def restore_event(self, event: Event) -> Event:
        """Put a deleted event back exactly as it was (undo of a delete)."""
        with self.transaction():
            if self.find_event(event.id):
                raise StorageError("Мероприятие уже существует.")
            self.db["events"].insert(records.event_row(event))
            self._insert_links(event)
            self._log("event", event.id, "restore", None, event)
        return event

    # -- settings kept in the file (home region, etc.) ----------------------

    @_guarded
    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @_guarded
    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")

    # -- whole-file facts ---------------------------------------------------

    def _existing(self, table: str, record_id: str) -> dict[str, Any] | None:
        rows = list(self.db[table].rows_where("id = ?", [record_id]))
        return dict(rows[0]) if rows else None

    def _count(self, table: str, where: str | None = None, params: list[Any] | None = None) -> int:
        sql = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
        return self.conn.execute(sql, params or []).fetchone()[0]

    @_guarded
    def has_events(self) -> bool:
        """Whether the file holds any event (EXISTS stops at the first row; count(*) reads all)."""
        return bool(self.conn.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0])

    @_guarded
    def counts(self) -> dict[str, int]:
        return {
            "events": self._count("events"),
            "agreements": self._count("agreements"),
            "departments": self._count("departments"),
            "regions": self._count("regions"),
        }

    @_guarded
    def integrity(self) -> str:
        """"ok", or what SQLite's checks found wrong."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            return "; ".join(problems[:5])
        fk = self.db.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            return f"нарушены связи между таблицами: {len(fk)} записей"
        return "ok"

    @property
    def schema_version(self) -> int:
        return schema.schema_version(self.conn)
