"""The SQL behind the window's events table: one window of rows at a time.

The table never holds all events: it asks how many rows match, then fetches
the rows it is about to paint, a window at a time, already sorted and filtered
by SQLite. Search uses the trigram index of migration 0002 (case-folded, so
«гагарин» finds «Гагарина»); a query shorter than three letters, which a
trigram index cannot answer, falls back to a scan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from .schema import SORT_PREFIX
from .store import Store

if TYPE_CHECKING:
    # Only named: the focus's kind is a SummaryKind, a str, looked up by its value below,
    # so the window's table does not import the summary's domain code before its first paint.
    from ..domain.summary import SummaryKind


class Column(IntEnum):
    """The table's columns, in the order they are shown."""

    DEPARTMENT = 0
    AGREEMENTS = 1
    TITLE = 2
    TIMING = 3
    PLACE = 4
    PARTICIPANTS = 5
    RESULT = 6
    STATUS = 7
    NOTE = 8


# Each order matches an index of migration 0002 exactly (same expressions), so
# SQLite walks the index and stops after one window instead of sorting every row.
_P = SORT_PREFIX
_SORT_KEYS: dict[Column, str] = {
    # d.rowid settles ties that d.id already settles: departments.id, a TEXT PRIMARY KEY,
    # may be NULL as far as SQLite knows, so without it the planner cannot take the index
    # walk as distinct per department and sorted a whole department (17,000 events of
    # 100,000) in a temporary B-tree for every window of rows, the first one included.
    Column.DEPARTMENT: "d.position {dir}, d.name {dir}, d.id {dir}, d.rowid {dir}, e.position {dir}",
    Column.AGREEMENTS: (
        "(SELECT coalesce(nullif(a.short_name, ''), a.title) FROM event_agreements ea "
        "JOIN agreements a ON a.id = ea.agreement_id WHERE ea.event_id = e.id "
        "ORDER BY ea.position LIMIT 1) {dir}, e.position {dir}"
    ),
    Column.TITLE: f"substr(e.title, 1, {_P}) {{dir}}",
    Column.TIMING: "e.starts_on {dir}, e.ends_on {dir}",
    Column.PLACE: f"substr(e.place, 1, {_P}) {{dir}}",
    Column.PARTICIPANTS: f"substr(e.participants, 1, {_P}) {{dir}}",
    Column.RESULT: f"substr(e.result, 1, {_P}) {{dir}}",
    Column.STATUS: "e.status {dir}",
    Column.NOTE: f"substr(e.note, 1, {_P}) {{dir}}",
}

MIN_INDEXED_SEARCH = 3


@dataclass(frozen=True)
class EventFocus:
    """The events behind one count of the summary (see domain.summary.CountRow.key)."""

    kind: SummaryKind
    key: str


# Each condition selects the events a summary count counts, so a clicked count and
# the rows it shows agree.
_FOCUS_SQL: dict[str, str] = {
    "department": "e.department_id = ?",
    "agreement": (
        "EXISTS (SELECT 1 FROM event_agreements ea WHERE ea.event_id = e.id "
        "AND ea.agreement_id = ?)"
    ),
    "region": (
        "EXISTS (SELECT 1 FROM event_agreements ea JOIN agreement_regions ar "
        "ON ar.agreement_id = ea.agreement_id JOIN regions r ON r.id = ar.region_id "
        "WHERE ea.event_id = e.id AND r.name = ?)"
    ),
    "month": "substr(e.starts_on, 1, 7) = ?",
    "status": "e.status = ?",
}


@dataclass(frozen=True)
class EventQuery:
    """What the table shows: a date range, optional filters, a search and an order.

    ``focus`` narrows the rows to the events of one summary count.
    """

    start: date
    end: date
    department_id: str | None = None
    statuses: tuple[str, ...] = ()
    search: str = ""
    sort_column: Column = Column.DEPARTMENT
    descending: bool = False
    focus: EventFocus | None = None


def _fold(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split())


def _where(query: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (events ``e``, departments ``d``) and its parameters."""
    # The unary plus keeps SQLite from reaching for the date index: with a whole
    # quarter selected, walking the sort column's index is far cheaper.
    where = ["+e.starts_on BETWEEN ? AND ?"]
    params: list[Any] = [query.start.isoformat(), query.end.isoformat()]
    if query.department_id:
        where.append("e.department_id = ?")
        params.append(query.department_id)
    if query.statuses:
        where.append(f"e.status IN ({','.join('?' * len(query.statuses))})")
        params.extend(query.statuses)
    if query.focus is not None:
        where.append(_FOCUS_SQL[str(query.focus.kind)])
        params.append(query.focus.key)
    text = _fold(query.search)
    if text:
        if len(text) >= MIN_INDEXED_SEARCH:
            # A phrase query: the text is matched as typed, quotes doubled.
            where.append(
                "e.rowid IN (SELECT rowid FROM events_search WHERE events_search MATCH ?)"
            )
            params.append(_phrase(text))
        else:
            variants = dict.fromkeys([text, text.lower(), text.upper(), text.capitalize()])
            fields = (
                "(e.title || ' ' || e.timing || ' ' || e.place || ' ' || e.participants"
                " || ' ' || e.result || ' ' || e.note)"
            )
            where.append("(" + " OR ".join(f"instr({fields}, ?) > 0" for _ in variants) + ")")
            params.extend(variants)
    return " AND ".join(where), params


def _order(query: EventQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    return _SORT_KEYS[Column(query.sort_column)].format(dir=direction)


def search_is_indexed(text: str) -> bool:
    """Whether a search can use the index (else it scans every row of the period)."""
    return len(_fold(text)) >= MIN_INDEXED_SEARCH


def _ordered_rowids(store: Store, query: EventQuery, offset: int, limit: int) -> list[int]:
    where, params = _where(query)
    sql = (
        "SELECT e.rowid FROM departments d JOIN events e ON d.id = e.department_id "
        f"WHERE {where} ORDER BY {_order(query)} LIMIT ? OFFSET ?"
    )
    return [r[0] for r in store.conn.execute(sql, [*params, limit, offset])]


def may_hold_more_events_than(store: Store, limit: int) -> bool:
    """Whether the file may hold more than ``limit`` events, at the cost of one B-tree
    descent: the largest rowid bounds their number (deleted rows leave it higher, never
    lower), where a count reads every event and even an OFFSET reads ``limit`` of them."""
    row = store.conn.execute("SELECT max(rowid) FROM events").fetchone()
    return (row[0] or 0) > limit


def _phrase(text: str) -> str:
    """A phrase query for the search index: the folded text matched as typed, quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def count_events(store: Store, query: EventQuery) -> int:
    text = _fold(query.search)
    if (len(text) >= MIN_INDEXED_SEARCH and not query.department_id and not query.statuses
            and query.focus is None and store.covers_every_event(query.start, query.end)):
        # Every event is in the period and the search index holds one entry per event
        # (its triggers keep it so): the index alone counts the matches, without looking
        # each one up among 100,000 events (17,651 matches: ~7 ms instead of ~40).
        return store.conn.execute(
            "SELECT count(*) FROM events_search WHERE events_search MATCH ?", [_phrase(text)]
        ).fetchone()[0]
    where, params = _where(query)
    sql = f"SELECT count(*) FROM events e WHERE {where}"
    return store.conn.execute(sql, params).fetchone()[0]


# The columns a row of the table needs; long texts are cut by SQL so that a
# window of rows costs the same whatever the size of the reports' prose.
_PREVIEW = 300
_ROW_SQL = (
    "SELECT e.rowid AS rowid, e.id, e.department_id, d.name AS department, "
    "coalesce(nullif(d.short_name, ''), d.name) AS department_short, "
    f"substr(e.title, 1, {_PREVIEW}) AS title, e.timing, "
    f"substr(e.place, 1, {_PREVIEW}) AS place, "
    f"substr(e.participants, 1, {_PREVIEW}) AS participants, "
    f"substr(e.result, 1, {_PREVIEW}) AS result, e.status, "
    f"substr(e.note, 1, {_PREVIEW}) AS note, e.starts_on, e.ends_on "
    "FROM events e JOIN departments d ON d.id = e.department_id"
)


def event_rows(store: Store, query: EventQuery, offset: int, limit: int) -> list[dict[str, Any]]:
    """One window of the table: rows ``offset`` … ``offset+limit-1`` in the query's order.

    Each row is a dict with the id, department (full and short), the texts cut
    to a preview length, status, dates and ``agreements`` (short names, in order).
    """
    rowids = _ordered_rowids(store, query, offset, limit)
    if not rowids:
        return []
    sql = f"{_ROW_SQL} WHERE e.rowid IN ({','.join('?' * len(rowids))})"
    found = {r["rowid"]: r for r in _dict_rows(store, sql, rowids)}
    rows = [found[i] for i in rowids if i in found]
    names = agreement_names(store, [r["id"] for r in rows])
    for r in rows:
        r["agreements"] = names.get(r["id"], [])
    return rows


def _dict_rows(store: Store, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cursor = store.conn.execute(sql, list(params))
    keys = [c[0] for c in cursor.description]
    return [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]


def agreement_names(store: Store, event_ids: Iterable[str]) -> dict[str, list[str]]:
    """Event id → the short names (or titles) of its agreements, in order."""
    ids = list(event_ids)
    out: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for event_id, name in store.conn.execute(
            "SELECT ea.event_id, coalesce(nullif(a.short_name, ''), a.title) "
            "FROM event_agreements ea JOIN agreements a ON a.id = ea.agreement_id "
            f"WHERE ea.event_id IN ({marks}) ORDER BY ea.event_id, ea.position",
            chunk,
        ):
            out.setdefault(event_id, []).append(name)
    return out


def row_of_event(store: Store, query: EventQuery, event_id: str, limit: int = 5000) -> int | None:
    """Where an event sits in the query's order (None if it is not among the first ``limit``)."""
    row = store.conn.execute("SELECT rowid FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    rowids = _ordered_rowids(store, query, 0, limit)
    return rowids.index(row[0]) if row[0] in rowids else None


def department_counts(
    store: Store, start: date, end: date, statuses: Sequence[str] = ()
) -> dict[str, int]:
    """Department id → number of its events in the date range (departments without events absent)."""
    query = EventQuery(start=start, end=end, statuses=tuple(statuses))
    where, params = _where(query)
    sql = f"SELECT e.department_id, count(*) FROM events e WHERE {where} GROUP BY e.department_id"
    return dict(store.conn.execute(sql, params).fetchall())


def event_details(store: Store, event_id: str) -> dict[str, Any] | None:
    """Everything the side panel shows: the event plus its department and agreement titles."""
    event = store.find_event(event_id)
    if event is None:
        return None
    department = store.conn.execute(
        "SELECT name FROM departments WHERE id = ?", [event.department_id]
    ).fetchone()
    titles = dict(
        store.conn.execute(
            f"SELECT id, title FROM agreements WHERE id IN ({','.join('?' * len(event.agreement_ids))})",
            event.agreement_ids,
        ).fetchall()
    ) if event.agreement_ids else {}
    return {
        "event": event,
        "department": department[0] if department else "",
        "agreements": [titles.get(a, a) for a in event.agreement_ids],
    }


def newest_event_date(store: Store) -> date | None:
    """The start of the latest event (the window opens on its quarter the first time)."""
    row = store.conn.execute("SELECT max(starts_on) FROM events").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None
