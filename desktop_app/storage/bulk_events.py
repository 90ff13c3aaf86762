"""Writing many events at once (an import): the same rows, links and change-log
entries as :meth:`Store.save_event` one by one, written set by set.

Saving 10,000 events one at a time costs 10,000 look-ups, upserts that each
ask SQLite for the table's columns, and 40,000 small statements; here the
stored versions are read in chunks and every table gets one ``executemany``.
The caller's transaction makes it all or nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import fields
from datetime import date
from typing import Any

from ..domain.entities import Event, event_with
from . import records, schema
from .guard import guarded, now
from .store import Store

_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_COLUMNS = tuple(records.event_row(Event("", "", "", date.min, date.min)))
# New rows get their rowid here, the one SQLite would pick (the largest plus one, in
# order), so their search entries can be written from the text at hand (see below).
_INSERT = (
    f"INSERT INTO events (rowid, {', '.join(_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})"
)
# The fields schema.SEARCH_BODY joins, at their places in an events row.
_SEARCH_AT = tuple(_COLUMNS.index(c) for c in
                   ("title", "timing", "place", "participants", "result", "note"))
_UPDATE = (
    f"UPDATE events SET {', '.join(f'{c} = ?' for c in _COLUMNS if c != 'id')} WHERE id = ?"
)


# The fields in sorted order and one encoder: json.dumps(sort_keys=True) would sort
# and build an encoder again for each of 10,000 snapshots.
_SORTED_FIELDS = tuple(sorted(_EVENT_FIELDS))
_ENCODE = json.JSONEncoder(ensure_ascii=False, default=str).encode


def event_snapshot(event: Event) -> str:
    """The change log's JSON of an event: what records.snapshot gives (keys sorted),
    without asdict's deep copy of every field."""
    fields_ = event.__dict__
    return _ENCODE({name: fields_[name] for name in _SORTED_FIELDS})


def _row_values(event: Event) -> tuple[Any, ...]:
    # _COLUMNS is event_row's own key order, so its values are already in place.
    return tuple(records.event_row(event).values())


def _search_body(values: tuple[Any, ...]) -> str:
    """schema.SEARCH_BODY of an events row, computed here from its values."""
    return " ".join([values[i] for i in _SEARCH_AT]).replace("ё", "е").replace("Ё", "Е")


@contextmanager
def _search_index_once(conn: sqlite3.Connection, ids: list[str], updated: list[str],
                       new_rows: list[tuple[int, str]]) -> Iterator[None]:
    """Write events without the per-row search triggers, then index those rows at once:
    the triggers tokenise row by row (9 of 10 seconds of 10,000 new events). ``ids`` are
    all the events written, ``updated`` those that existed, ``new_rows`` the (rowid,
    search text) of the new ones: their text is at hand, and reading it back out of the
    table cost a third of the index build. Inside the caller's transaction, so a failure
    restores the triggers too."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events' "
        f"AND name IN ({','.join('?' * len(schema.SEARCH_TRIGGERS))})",
        schema.SEARCH_TRIGGERS,
    ).fetchall()
    if len(triggers) != len(schema.SEARCH_TRIGGERS):  # a file without the search index
        yield
        return
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    # One statement each, rows in rowid order: FTS5 merges its segments after every
    # statement, and rows out of order made the insert six times slower.
    wanted = "SELECT rowid FROM events WHERE id IN (SELECT value FROM json_each(?))"
    with _search_hash_size(conn, _SEARCH_HASH_BYTES):
        conn.execute(f"DELETE FROM events_search WHERE rowid IN ({wanted})", [json.dumps(ids)])
        # Updated rows have older rowids than the new ones: written first, all stay in order.
        if updated:
            conn.execute(f"INSERT INTO events_search(rowid, body) SELECT rowid, "
                         f"{schema.SEARCH_BODY} FROM events WHERE id IN "
                         "(SELECT value FROM json_each(?)) ORDER BY rowid", [json.dumps(updated)])
        conn.executemany("INSERT INTO events_search(rowid, body) VALUES (?, ?)", new_rows)
    for _name, sql in triggers:
        conn.execute(sql)


# FTS5 writes its pending terms out as a new segment whenever they pass 'hashsize' (1 MiB
# unless the file says otherwise) and keeps merging those segments: the trigrams of 10,000
# events made some 25 of them. With room for them all the build is about a third faster.
_SEARCH_HASH_BYTES = 16 << 20
_FTS5_DEFAULT_HASH_BYTES = 1 << 20


@contextmanager
def _search_hash_size(conn: sqlite3.Connection, size: int) -> Iterator[None]:
    """The search index's 'hashsize' for one build, then the file's own value again."""
    row = conn.execute("SELECT v FROM events_search_config WHERE k = 'hashsize'").fetchone()
    before = int(row[0]) if row else _FTS5_DEFAULT_HASH_BYTES
    set_size = "INSERT INTO events_search(events_search, rank) VALUES ('hashsize', ?)"
    conn.execute(set_size, [max(size, before)])
    try:
        yield
    finally:
        conn.execute(set_size, [before])


# Page cache for one bulk write, in KiB (SQLite's default is 2 MiB): a 10,000-event
# import touches ~60 MB of table, index and search pages, and a small cache spills
# dirty pages to the WAL mid-transaction (a third of the write's system time).
_BULK_CACHE_KIB = 64 * 1024
# A bulk write that at least doubles the table drops its secondary indexes and builds
# them again after: one sort per index costs half of 10,000 scattered B-tree inserts.
_REBUILD_FROM = 1000


@contextmanager
def _large_page_cache(conn: sqlite3.Connection) -> Iterator[None]:
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    # Negative values are KiB, positive ones pages; only ever made larger.
    if before < 0 and -before < _BULK_CACHE_KIB:
        conn.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


@contextmanager
def _indexes_built_after(conn: sqlite3.Connection, new_rows: int) -> Iterator[None]:
    """Insert many rows into a table that holds fewer without its secondary indexes, then
    create them again from their own SQL. Inside the caller's transaction: a failure
    brings the indexes back with everything else."""
    existing = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    indexes = []
    if new_rows >= _REBUILD_FROM and new_rows >= existing:
        # Indexes SQLite makes for PRIMARY KEY/UNIQUE have no SQL and stay.
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
            "AND sql IS NOT NULL").fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    yield
    for _name, sql in indexes:
        conn.execute(sql)


@contextmanager
def pages_written_once(store: Store) -> Iterator[None]:
    """For a file this very write creates: commit straight into the file through a
    rollback journal, then return to WAL (the file keeps WAL, as every other does).

    In WAL mode the commit writes every page twice, into the WAL and then, at the
    checkpoint, into the file: ~60 MB each for 10,000 events, a tenth of the CPU.
    A new file has almost nothing for the journal to keep, and a commit through it is
    as atomic as through the WAL: a crash leaves the journal that undoes it. A
    failure leaves the file in journal mode; the command removes a new file then.
    """
    store.conn.execute("PRAGMA journal_mode = DELETE")
    yield
    store.conn.execute("PRAGMA journal_mode = WAL")


@guarded
def save_events_in_bulk(store: Store, items: Sequence[tuple[Event, bool]]) -> list[Event]:
    """Create or update each ``(event, as_in_file)`` in order; ``as_in_file`` keeps the
    version and updated_at the event had in the file it came from. Returns the events
    as saved (before that stamp), as :meth:`Store.save_event` would."""
    with store.transaction(), _large_page_cache(store.conn):
        current = {e.id: e for e in store.events_by_id(e.id for e, _exact in items)}
        regions = dict(store.conn.execute("SELECT name, id FROM regions").fetchall())
        position = store._next_position()  # noqa: SLF001
        rowid = store.conn.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
        stamp = now()
        inserts: list[tuple[Any, ...]] = []
        updates: list[tuple[Any, ...]] = []
        fresh: dict[str, tuple[int, tuple[Any, ...]]] = {}  # new events: rowid, row values
        updated: list[str] = []  # events that were stored before
        # By event: an event met twice keeps the links of its last state.
        links: dict[str, list[tuple[str, str, int]]] = {}
        region_links: dict[str, list[tuple[str, int, int]]] = {}
        changes: list[tuple[Event | None, Event]] = []  # (before, after) for the change log
        saved_all: list[Event] = []
        for event, as_in_file in items:
            store._check_event(event)  # noqa: SLF001
            old = current.get(event.id)
            if not event.position and old is None:
                event_position, position = position, position + 1
            else:
                event_position = event.position or old.position  # type: ignore[union-attr]
            saved = event_with(
                event,
                version=(old.version + 1) if old else max(event.version, 1),
                created_at=old.created_at if old else (event.created_at or stamp),
                updated_at=stamp,
                position=event_position,
                agreement_ids=list(event.agreement_ids),
                participant_regions=list(event.participant_regions),
            )
            written = saved
            if as_in_file:
                written = event_with(saved, version=max(event.version, 1),
                                   updated_at=event.updated_at or saved.updated_at)
            values = _row_values(written)
            if old is None:
                rowid += 1
                inserts.append((rowid, *values))
                fresh[saved.id] = (rowid, values)
            else:
                updates.append(values[1:] + values[:1])  # id last, for WHERE
                if saved.id in fresh:  # new in this write and met again: index its last text
                    fresh[saved.id] = (fresh[saved.id][0], values)
                else:
                    updated.append(saved.id)
            links[saved.id] = [(saved.id, a, i) for i, a in enumerate(saved.agreement_ids)]
            region_links[saved.id] = []
            for i, name in enumerate(dict.fromkeys(saved.participant_regions)):
                if name not in regions:
                    regions[name] = store._region_id(name)  # noqa: SLF001
                region_links[saved.id].append((saved.id, regions[name], i))
            changes.append((old, saved))
            current[saved.id] = written
            position = max(position, written.position + 1)  # as _next_position would see it
            saved_all.append(saved)
        conn = store.conn
        with ThreadPoolExecutor(max_workers=1) as pool:
            # The change log's JSON is built while SQLite writes rows, indexes and the
            # search index in C, without the GIL: on two cores it takes no time of its
            # own (10,000 events: ~0.2 s). A failed statement waits for it, then raises.
            log = pool.submit(_log_rows, changes, stamp, store.user)
            ids = [(i,) for i in links]
            conn.executemany("DELETE FROM event_agreements WHERE event_id = ?", ids)
            conn.executemany("DELETE FROM event_regions WHERE event_id = ?", ids)
            new_search = [(r, _search_body(values)) for r, values in fresh.values()]
            with _search_index_once(conn, list(links), updated, new_search), \
                    _indexes_built_after(conn, len(inserts)):
                conn.executemany(_INSERT, inserts)
                conn.executemany(_UPDATE, updates)
            conn.executemany(
                "INSERT INTO event_agreements (event_id, agreement_id, position) VALUES (?, ?, ?)",
                [link for rows in links.values() for link in rows])
            conn.executemany(
                "INSERT INTO event_regions (event_id, region_id, position) VALUES (?, ?, ?)",
                [link for rows in region_links.values() for link in rows])
            conn.executemany(
                "INSERT INTO change_log (at, user, entity, entity_id, action, before, after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", log.result())
    return saved_all


def _log_rows(changes: Sequence[tuple[Event | None, Event]], stamp: str,
              user: str) -> list[tuple[Any, ...]]:
    return [(stamp, user, "event", after.id, "update" if before is not None else "create",
             event_snapshot(before) if before is not None else None, event_snapshot(after))
            for before, after in changes]
