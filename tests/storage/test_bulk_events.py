"""An import's set-based write leaves the file as saving the events one by one would."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from desktop_app.demo import load_demo
from desktop_app.domain.entities import Event
from desktop_app.domain.periods import ReportPeriod
from desktop_app.storage.bulk_events import save_events_in_bulk
from desktop_app.storage.errors import StorageError
from desktop_app.storage.imported_events import save_event_as_in_file
from desktop_app.storage.store import Store

Q1 = ReportPeriod.quarter(2020, 1)
STAMPS = ("created_at", "updated_at", "at", "id")


def _demo() -> Store:
    store = Store.in_memory()
    load_demo(store)
    return store


def _items(store: Store) -> list[tuple[Event, bool]]:
    demo = store.events_in_period(Q1)
    # «ё» is searched as «е»: the index holds the folded text. A record from elsewhere may
    # say it was created at another time; the file's own creation time stays.
    edited = replace(demo[3], place="Новое место: Ёлкино, ёлочный базар",
                     participant_regions=["Тверская область"],
                     agreement_ids=list(reversed(demo[3].agreement_ids)),
                     created_at="2000-01-01T00:00:00")
    from_file = replace(demo[5], result="Из файла", version=7, updated_at="2020-05-01T00:00:00")
    new = [Event(department_id=demo[0].department_id, title=f"Новое {n}", timing="5 февраля",
                 starts_on=demo[0].starts_on, ends_on=demo[0].ends_on,
                 agreement_ids=demo[n].agreement_ids, participant_regions=["Новая земля"],
                 id=f"new-{n}")
           for n in range(3)]
    packaged = replace(new[0], id="packaged", title="Из пакета", position=500, version=3,
                       updated_at="2020-04-01T00:00:00")
    again = replace(new[1], title="Новое 1, второй раз")  # the same event met twice
    return [(new[0], False), (edited, False), (packaged, True), (new[1], False),
            (from_file, True), (again, False), (new[2], False)]


def _state(store: Store) -> tuple[list[dict], list[tuple], list[tuple], list[dict], list, list]:
    events = [{k: v for k, v in r.items() if k not in STAMPS} | {"id": r["id"]}
              for r in store._rows("SELECT * FROM events ORDER BY id")]
    links = store.conn.execute("SELECT * FROM event_agreements ORDER BY event_id, position"
                               ).fetchall()
    regions = store.conn.execute(
        "SELECT er.event_id, g.name, er.position FROM event_regions er JOIN regions g "
        "ON g.id = er.region_id ORDER BY 1, 3").fetchall()

    def snap(text: str | None) -> dict | None:
        return None if text is None else {k: v for k, v in json.loads(text).items()
                                          if k not in STAMPS}

    log = [(r["user"], r["entity"], r["entity_id"], r["action"], snap(r["before"]),
            snap(r["after"])) for r in store._rows("SELECT * FROM change_log ORDER BY id")]
    region_names = store.conn.execute("SELECT name FROM regions ORDER BY name").fetchall()
    # The search index: one entry per event (none left over, none twice), with its text.
    search = store.conn.execute(
        "SELECT e.id, s.body FROM events_search s LEFT JOIN events e ON e.rowid = s.rowid "
        "ORDER BY 1").fetchall()
    return events, links, regions, log, region_names, search


def _new_only(store: Store) -> list[tuple[Event, bool]]:
    return [(e, as_in_file) for e, as_in_file in _items(store)
            if e.id.startswith("new") or e.id == "packaged"]


# Stored events among the new ones give the search index rows whose rowids are not
# consecutive (each with its own rowid in the JSON); new ones alone are consecutive
# (their rowids counted from the first).
@pytest.mark.parametrize("items", [_items, _new_only], ids=["updates and new", "new only"])
def test_bulk_write_equals_saving_one_by_one(items):
    one_by_one, bulk = _demo(), _demo()
    with one_by_one.transaction():
        for event, as_in_file in items(one_by_one):
            if as_in_file:
                save_event_as_in_file(one_by_one, event)
            else:
                one_by_one.save_event(event)
    save_events_in_bulk(bulk, items(bulk))
    assert _state(bulk) == _state(one_by_one)
    stored = bulk.event("packaged")
    assert (stored.version, stored.updated_at, stored.position) == (3, "2020-04-01T00:00:00", 500)
    assert bulk.event("new-1").title == "Новое 1, второй раз"
    assert bulk.integrity() == "ok"


def test_bulk_write_stamps_and_returns_the_events_as_saving_one_by_one():
    one_by_one, bulk = _demo(), _demo()
    before = {e.id: e for e in bulk.events_in_period(Q1)}
    items = _items(bulk)
    expected = []
    with one_by_one.transaction():
        for event, _as_in_file in _items(one_by_one):
            expected.append(one_by_one.save_event(event))
    returned = save_events_in_bulk(bulk, items)

    def unstamped(event: Event) -> Event:
        return replace(event, created_at="", updated_at="")

    assert [unstamped(e) for e in returned] == [unstamped(e) for e in expected]
    stamp = bulk.conn.execute("SELECT max(at) FROM change_log").fetchone()[0]
    assert stamp and all(e.updated_at == stamp for e in returned)
    assert _found(bulk, "Елкино, елочный") == 1
    for event, as_in_file in items:
        stored, old = bulk.event(event.id), before.get(event.id)
        # Created: when this file first got it; updated: now, or as the file says.
        assert stored.created_at == (old.created_at if old else stamp), event.id
        assert stored.updated_at == (event.updated_at if as_in_file else stamp), event.id


def _found(store: Store, text: str) -> int:
    return store.conn.execute(
        "SELECT count(*) FROM events_search WHERE events_search MATCH ?", [f'"{text}"']
    ).fetchone()[0]


def test_bulk_write_keeps_the_search_index_and_its_triggers():
    store = _demo()
    new = _items(store)[0][0]
    old = store.events_in_period(Q1)[2]
    assert _found(store, old.title[:20]) == 1
    save_events_in_bulk(store, [(replace(new, title="Уникальное словосочетание"), False),
                                (replace(old, title="Переименованное мероприятие"), False)])
    assert _found(store, "словосочет") == 1 and _found(store, "Переименованное") == 1
    assert _found(store, old.title[:20]) == 0
    # The per-row triggers are back for the window's own saves.
    store.save_event(replace(store.event(old.id), title="Ещё одно имя"))
    assert _found(store, "Ещё одно") == 0 and _found(store, "Еще одно") == 1


def test_a_refused_event_writes_nothing():
    store = _demo()
    before = _state(store)
    items = _items(store)
    items.insert(4, (replace(items[0][0], id="untitled", title="  "), False))
    with pytest.raises(StorageError):
        save_events_in_bulk(store, items)
    assert _state(store) == before


def _many_new(store: Store, count: int) -> list[tuple[Event, bool]]:
    first = store.events_in_period(Q1)[0]
    return [(replace(first, id=f"many-{n}", title=f"Мероприятие {n}", position=0), False)
            for n in range(count)]


def _indexes(store: Store) -> list[tuple]:
    return store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                              "AND tbl_name = 'events' ORDER BY name").fetchall()


def test_a_large_write_leaves_the_indexes_as_they_were():
    # Enough new rows to more than double the table: the write rebuilds its indexes.
    store = _demo()
    before = _indexes(store)
    save_events_in_bulk(store, _many_new(store, 1500))
    assert _indexes(store) == before
    assert store.integrity() == "ok"  # every index agrees with the table
    used = " ".join(r[-1] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events WHERE starts_on >= '2020-01-01'").fetchall())
    assert "events_period" in used
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -2000  # given back
    # The search index was built with a larger pending-terms buffer; the file keeps
    # FTS5's default (1 MiB) for the window's own writes.
    config = dict(store.conn.execute("SELECT k, v FROM events_search_config").fetchall())
    assert config.get("hashsize", 1 << 20) == 1 << 20
    assert _found(store, "Мероприятие 1499") == 1


def test_a_large_write_that_fails_midway_keeps_the_indexes():
    store = _demo()
    before, state = _indexes(store), _state(store)
    items = _many_new(store, 1500)
    # No such department: the insert itself fails, after the indexes were dropped.
    items[-1] = (replace(items[-1][0], department_id="нет такого"), False)
    with pytest.raises(StorageError, match="FOREIGN KEY"):
        save_events_in_bulk(store, items)
    assert _indexes(store) == before
    assert _state(store) == state
    assert store.integrity() == "ok"


# The search texts go to SQLite as one JSON array, whose functions end a text at NUL:
# a text holding one goes row by row instead, and is indexed whole. The texts are made
# joined by SOH and split again: a text holding that is made on its own.
@pytest.mark.parametrize("odd", ["\x00", "\x01"], ids=["NUL", "SOH"])
def test_a_text_with_a_control_character_is_indexed_whole_as_one_by_one(odd):
    one_by_one, bulk = _demo(), _demo()
    items = _items(bulk)
    items[0] = (replace(items[0][0], note=f"до{odd}после"), False)
    with one_by_one.transaction():
        for event, as_in_file in items:
            if as_in_file:
                save_event_as_in_file(one_by_one, event)
            else:
                one_by_one.save_event(event)
    save_events_in_bulk(bulk, items)
    assert _state(bulk) == _state(one_by_one)
    body = bulk.conn.execute("SELECT s.body FROM events_search s JOIN events e "
                             "ON e.rowid = s.rowid WHERE e.id = 'new-0'").fetchone()[0]
    assert body.endswith(f"до{odd}после")


def test_a_file_without_the_search_index_is_written_without_one():
    store = _demo()
    store.conn.execute("DROP TRIGGER events_search_insert")
    save_events_in_bulk(store, _many_new(store, 3))
    assert store.event("many-2").title == "Мероприятие 2"
    assert _found(store, "Мероприятие 2") == 0  # nothing indexed, and no error
    assert store.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                              "AND name = 'events_search_update'").fetchone()[0] == 1
