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
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter, itemgetter
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


_search_fields = attrgetter("title", "timing", "place", "participants", "result", "note")


def _search_text(event: Event) -> str:
    """schema.SEARCH_BODY of an event's row, computed here from its fields."""
    return " ".join(_search_fields(event)).replace("ё", "е").replace("Ё", "Е")


def _search_texts(events: Sequence[Event]) -> list[str]:
    """``_search_text`` of each event, joined, folded and split in C: one string for all."""
    joined = "\x01".join(map(" ".join, map(_search_fields, events)))
    texts = joined.replace("ё", "е").replace("Ё", "Е").split("\x01")
    if len(texts) != len(events):  # a text holding the separator (never from a document)
        return [_search_text(event) for event in events]
    return texts


def _search_rows(conn: sqlite3.Connection, items: Sequence[tuple[Event, bool]],
                 stored: Iterable[str], last_rowid: int) -> tuple[list[str], list[tuple[int, str]]]:
    """The ids of the events the write leaves and their (rowid, search text) in rowid
    order: a stored event keeps its rowid, a new one gets the one SQLite would pick (the
    largest plus one, in order of first appearance); an event met twice is indexed by its
    last state."""
    last: dict[str, Event] = {}
    for event, _as_in_file in items:
        last[event.id] = event  # the first appearance keeps its place in the dict
    rowids = dict(conn.execute(
        "SELECT id, rowid FROM events WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(stored))]).fetchall())
    numbers = []
    for event_id in last:
        rowid = rowids.get(event_id)
        if rowid is None:
            rowid = last_rowid = last_rowid + 1
        numbers.append(rowid)
    rows = list(zip(numbers, _search_texts(list(last.values())), strict=True))
    if rowids:  # stored events keep their places: the new ones' follow them all
        rows.sort(key=itemgetter(0))
    return list(last), rows


def _drop_search_triggers(conn: sqlite3.Connection) -> list[tuple[str, str]] | None:
    """Drop the per-row search triggers and return them; None for a file without the
    search index. The triggers tokenise row by row (9 of 10 seconds of 10,000 new events)."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events' "
        f"AND name IN ({','.join('?' * len(schema.SEARCH_TRIGGERS))})",
        schema.SEARCH_TRIGGERS,
    ).fetchall()
    if len(triggers) != len(schema.SEARCH_TRIGGERS):
        return None
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    return triggers


def _index_search_rows(conn: sqlite3.Connection, ids: list[str],
                       rows: list[tuple[int, str]]) -> None:
    """Replace the search entries of the events written by ``rows`` (rowid order).

    One statement: FTS5 merges its segments after every statement, and rows out of order
    made the insert six times slower. The texts travel as one JSON array, so SQLite
    tokenises them all in one call that does not hold the GIL (a per-row executemany
    takes it back after every row, and a thread working beside it stalls that row for a
    whole switch interval). A text holding NUL (never from a document) goes row by row:
    SQLite's JSON functions would cut it there."""
    with _search_hash_size(conn, _SEARCH_HASH_BYTES):
        conn.execute("DELETE FROM events_search WHERE rowid IN (SELECT rowid FROM events "
                     "WHERE id IN (SELECT value FROM json_each(?)))", [json.dumps(ids)])
        if not rows:
            return
        first = rows[0][0]
        if rows[-1][0] - first == len(rows) - 1:
            # Consecutive rowids (all new, the usual import): the texts alone, each one's
            # rowid from its place in the array — a third less for SQLite to unpack.
            payload = json.dumps([text for _rowid, text in rows], ensure_ascii=False)
            insert = ("INSERT INTO events_search(rowid, body) SELECT ? + key, value "
                      "FROM json_each(?)")
            params: list[Any] = [first, payload]
        else:
            payload = json.dumps(rows, ensure_ascii=False)
            insert = ("INSERT INTO events_search(rowid, body) SELECT json_extract(value, "
                      "'$[0]'), json_extract(value, '$[1]') FROM json_each(?)")
            params = [payload]
        if "\\u0000" in payload:  # JSON's escape of NUL (or a text that spells it)
            conn.executemany("INSERT INTO events_search(rowid, body) VALUES (?, ?)", rows)
        else:
            conn.execute(insert, params)


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
        conn = store.conn
        current = {e.id: e for e in store.events_by_id(e.id for e, _exact in items)}
        regions = _region_ids(store, items)
        position = store._next_position()  # noqa: SLF001
        rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM events").fetchone()[0]
        stamp = now()
        triggers = _drop_search_triggers(conn)
        with ThreadPoolExecutor(max_workers=1) as pool:
            # The rows, links and change-log JSON are made in Python while SQLite fills
            # the search index (10,000 events: ~0.35 s in one call without the GIL; their
            # text is at hand, so it needs no rows yet). On two cores the Python side then
            # takes no time of its own. An error on either side stops the write after both.
            work = pool.submit(_prepare, store, items, dict(current), regions, position,
                               rowid, stamp)
            if triggers is not None:
                _index_search_rows(conn, *_search_rows(conn, items, current, rowid))
            rows = work.result()
        ids = [json.dumps(list(rows.links))]
        conn.execute("DELETE FROM event_agreements WHERE event_id IN "
                     "(SELECT value FROM json_each(?))", ids)
        conn.execute("DELETE FROM event_regions WHERE event_id IN "
                     "(SELECT value FROM json_each(?))", ids)
        with _indexes_built_after(conn, len(rows.inserts)):
            conn.executemany(_INSERT, rows.inserts)
            conn.executemany(_UPDATE, rows.updates)
        for _name, sql in triggers or ():
            conn.execute(sql)
        conn.executemany(
            "INSERT INTO event_agreements (event_id, agreement_id, position) VALUES (?, ?, ?)",
            [link for links in rows.links.values() for link in links])
        conn.executemany(
            "INSERT INTO event_regions (event_id, region_id, position) VALUES (?, ?, ?)",
            [link for links in rows.region_links.values() for link in links])
        conn.executemany(
            "INSERT INTO change_log (at, user, entity, entity_id, action, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", rows.log)
    return rows.saved


def _region_ids(store: Store, items: Sequence[tuple[Event, bool]]) -> dict[str, int]:
    """Every region the events name → its id; names not yet stored are added here, in
    the order the events name them (as saving them one by one would)."""
    regions = dict(store.conn.execute("SELECT name, id FROM regions").fetchall())
    for event, _as_in_file in items:
        for name in event.participant_regions:
            if name not in regions:
                regions[name] = store._region_id(name)  # noqa: SLF001
    return regions


@dataclass
class _Rows:
    """What a bulk write sends to SQLite, made in Python (see :func:`_prepare`)."""

    inserts: list[tuple[Any, ...]] = field(default_factory=list)
    updates: list[tuple[Any, ...]] = field(default_factory=list)
    # By event: an event met twice keeps the links of its last state.
    links: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)
    region_links: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    log: list[tuple[Any, ...]] = field(default_factory=list)
    saved: list[Event] = field(default_factory=list)


def _prepare(store: Store, items: Sequence[tuple[Event, bool]], current: dict[str, Event],
             regions: dict[str, int], position: int, rowid: int, stamp: str) -> _Rows:
    """The rows of the write, without touching the connection (this runs in a worker
    thread while the caller's thread writes the search index)."""
    rows = _Rows()
    changes: list[tuple[Event | None, Event]] = []  # (before, after) for the change log
    for event, as_in_file in items:
        store._check_event(event)  # noqa: SLF001
        old = current.get(event.id)
        if not event.position and old is None:
            event_position = position  # the next one is counted below, after every event
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
            rows.inserts.append((rowid, *values))
        else:
            rows.updates.append(values[1:] + values[:1])  # id last, for WHERE
        rows.links[saved.id] = [(saved.id, a, i) for i, a in enumerate(saved.agreement_ids)]
        rows.region_links[saved.id] = [
            (saved.id, regions[name], i)
            for i, name in enumerate(dict.fromkeys(saved.participant_regions))]
        changes.append((old, saved))
        current[saved.id] = written
        position = max(position, written.position + 1)  # as _next_position would see it
        rows.saved.append(saved)
    rows.log = _log_rows(changes, stamp, store.user)
    return rows


def _log_rows(changes: Sequence[tuple[Event | None, Event]], stamp: str,
              user: str) -> list[tuple[Any, ...]]:
    return [(stamp, user, "event", after.id, "update" if before is not None else "create",
             event_snapshot(before) if before is not None else None, event_snapshot(after))
            for before, after in changes]
