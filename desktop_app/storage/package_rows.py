"""The rows an exported DOCX carries, read in bulk: events by id with their links,
and the states each event has had, from the change log.

An export of 10,000 events reads these in a few queries (chunks of ids), not
one query per event: the change log is filtered by ``entity`` and ``entity_id``
together, which its index serves, where ``entity_id`` alone made SQLite read
the whole log for every event.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from .guard import guarded
from .store import Store

# Well under SQLite's limit on bound parameters (999 on old builds).
CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterator[tuple[list[str], str]]:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        yield chunk, ",".join("?" * len(chunk))


@guarded
def event_records(store: Store, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The events with these ids, in that order, as the plain values of their fields
    (dates as ISO text, flags as booleans, agreements and regions as lists of ids/names):
    what the data package stores, with no domain objects in between."""
    rows: dict[str, dict[str, Any]] = {}
    conn = store.conn
    for chunk, marks in _chunks(ids):
        cursor = conn.execute(f"SELECT * FROM events WHERE id IN ({marks})", chunk)
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            row["repeat_agreement"] = bool(row["repeat_agreement"])
            row["agreement_ids"] = []
            row["participant_regions"] = []
            rows[row["id"]] = row
        links, regions = store._links(f"e.id IN ({marks})", chunk)  # noqa: SLF001
        for event_id, found in links.items():
            rows[event_id]["agreement_ids"] = found
        for event_id, named in regions.items():
            rows[event_id]["participant_regions"] = named
    return [rows[i] for i in dict.fromkeys(ids) if i in rows]


@guarded
def revision_texts(store: Store, ids: Sequence[str], limit: int = 50) -> dict[str, list[str]]:
    """For each event id, the JSON snapshots of its last ``limit`` log entries, newest
    first («after» before «before» within an entry)."""
    out: dict[str, list[str]] = {i: [] for i in ids}
    entries: dict[str, int] = dict.fromkeys(ids, 0)
    if _most_events(store, len(out)):
        # The log read in its own order, newest first, each event's entries among them:
        # consecutive pages instead of a B-tree search per entry.
        queries = [("SELECT entity_id, before, after FROM change_log NOT INDEXED "
                    "WHERE entity = 'event' ORDER BY id DESC", [])]
    else:
        queries = [(f"SELECT entity_id, before, after FROM change_log WHERE entity = 'event' "
                    f"AND entity_id IN ({marks}) ORDER BY entity_id, id DESC", chunk)
                   for chunk, marks in _chunks(list(out))]
    for sql, params in queries:
        for event_id, before, after in store.conn.execute(sql, params):
            if entries.get(event_id, limit) >= limit:  # not asked for, or enough
                continue
            entries[event_id] += 1
            texts = out[event_id]
            if after:  # written out: a generator per entry cost more than the rest
                texts.append(after)
            if before:
                texts.append(before)
    return out


def _most_events(store: Store, n: int) -> bool:
    """Whether ``n`` events are nearly all of the file's: then reading a table through
    in its order is cheaper than looking each of them up (a file of one quarter)."""
    return n >= 1000 and 10 * n >= 9 * store.conn.execute("SELECT count(*) FROM events").fetchone()[0]


def revisions(store: Store, ids: Sequence[str], limit: int = 50) -> dict[str, list[dict[str, Any]]]:
    """The states each event has had here, newest first, as the change log keeps them."""
    out: dict[str, list[dict[str, Any]]] = {}
    for event_id, texts in revision_texts(store, ids, limit).items():
        states = out.setdefault(event_id, [])
        for text in texts:
            try:
                states.append(json.loads(text))
            except ValueError:
                continue
    return out


# The links of an event, in their order: what each is and where it comes from.
_LINKS = {
    "agreement_ids": ("agreement_id", "FROM event_agreements WHERE event_id = e.id "
                                      "ORDER BY position"),
    "participant_regions": ("g.name", "FROM event_regions er JOIN regions g "
                                      "ON g.id = er.region_id WHERE er.event_id = e.id "
                                      "ORDER BY er.position"),
}
_FLAGS = ("repeat_agreement",)
# Links most events have none of, and the table that says whether one has.
_RARE = {"participant_regions": "event_regions"}


def _value(key: str, columns: Sequence[str], *, as_json: bool) -> str:
    """SQL for an event's value: as JSON text (json_quote writes a string exactly as
    Python's json.dumps(ensure_ascii=False) does, and ", " separates a list's items),
    or as str() gives what json.loads reads back from that JSON (the content hash's
    form: a list joined by "|", a flag as True/False, NULL as "" — printf's %s writes
    it so)."""
    if key in _LINKS:
        value, source = _LINKS[key]
        if not as_json:
            listed = f"(SELECT group_concat(v, '|') FROM (SELECT {value} AS v {source}))"
            none = "NULL"
        else:
            items = f"(SELECT group_concat(v, ', ') FROM (SELECT json_quote({value}) AS v {source}))"
            listed, none = f"'[' || coalesce({items}, '') || ']'", "'[]'"
        if key not in _RARE:
            return listed
        # Few events name regions: a probe of the index first is cheaper than the subquery
        # (which sorts by position whatever it finds).
        return f"CASE WHEN EXISTS (SELECT 1 FROM {_RARE[key]} WHERE event_id = e.id) " \
               f"THEN {listed} ELSE {none} END"
    if key not in columns:
        raise KeyError(key)
    if key in _FLAGS:
        yes, no = ("true", "false") if as_json else ("True", "False")
        return f"CASE WHEN e.\"{key}\" THEN '{yes}' ELSE '{no}' END"
    return f'json_quote(e."{key}")' if as_json else f'e."{key}"'


def _printf(texts: Sequence[str], values: Sequence[str]) -> str:
    """SQL for texts[0] values[0] texts[1] values[1] …: one printf builds it, where a
    chain of || copies the growing text once per piece."""
    pattern = "%s".join(text.replace("%", "%%") for text in texts)
    return f"printf({_sql_text(pattern)}, {', '.join(values)})" if values else _sql_text(pattern)


def _members(keys: Sequence[str], columns: Sequence[str], *, first: bool) -> str:
    """SQL for the text of these keys' members ('"key": value'), each with its ", ":
    after it in the record's first group, before it in the others (so the groups and
    what goes between them join with no separator to add or leave out)."""
    names = [json.dumps(key, ensure_ascii=False) + ": " for key in keys]
    if first:
        texts = [names[0], *(", " + name for name in names[1:]), ", "] if names else [""]
    else:
        texts = [*(", " + name for name in names), ""]
    return _printf(texts, [_value(key, columns, as_json=True) for key in keys])


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@guarded
def event_record_values(
    store: Store, ids: Sequence[str], gaps: Sequence[str] = (), content: Sequence[str] = ()
) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    """The events with these ids, in that order, as the JSON text of the record
    :func:`event_records` reads, written by SQLite (``json_quote`` writes what
    ``json.dumps(value, ensure_ascii=False)`` does, keys sorted, ", " and ": " between).

    For each event: (id, department id, its agreement ids as a JSON array, the
    ``content`` fields' values as str() gives them joined by U+001F, the record's
    members '"key": value' but agreement_ids, in groups split at the keys ``gaps``,
    which the caller puts in between, agreement_ids among them): the first group's
    members each end with ", ", the others' each begin with it."""
    columns = [row[1] for row in store.conn.execute("PRAGMA table_info(events)")]
    keys = sorted({*columns, *_LINKS})
    bounds = sorted(gaps)
    groups = [[k for k in keys if (i == 0 or k > bounds[i - 1])
               and (i == len(bounds) or k < bounds[i])] for i in range(len(bounds) + 1)]
    # agreement_ids comes as its own value: the caller needs it anyway.
    groups = [[k for k in group if k != "agreement_ids"] for group in groups]
    fields = _printf(["", *["\x1f"] * (len(content) - 1), ""] if content else [""],
                     [_value(k, columns, as_json=False) for k in content])
    select = ", ".join(_members(group, columns, first=i == 0) for i, group in enumerate(groups))
    found: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {}
    query = (f"SELECT e.id, e.department_id, {_value('agreement_ids', columns, as_json=True)}, "
             f"{fields}, {select} FROM events e")
    wanted = set(ids)
    if _most_events(store, len(wanted)):
        # Through the table, the few others passed over (see _most_events).
        queries = [(query, [])]
    else:
        queries = [(f"{query} WHERE e.id IN ({marks})", chunk) for chunk, marks in _chunks(ids)]
    for sql, params in queries:
        for event_id, department_id, agreements, text, *members in store.conn.execute(sql, params):
            if event_id in wanted:
                found[event_id] = (event_id, department_id, agreements, text, tuple(members))
    return [found[i] for i in dict.fromkeys(ids) if i in found]
