"""The window's SQL: counts, windows, order, search and filters on the demo report."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.entities import EventStatus
from desktop_app.storage.event_list import (
    Column,
    EventQuery,
    count_events,
    department_counts,
    event_rows,
    row_of_event,
)

Q1 = EventQuery(start=date(2020, 1, 1), end=date(2020, 3, 31))


def test_windows_cover_the_period_in_report_order(demo_store):
    assert count_events(demo_store, Q1) == 29
    rows = event_rows(demo_store, Q1, 0, 10) + event_rows(demo_store, Q1, 10, 100)
    assert len(rows) == 29
    expected = [e.id for e in demo_store.events_in_period(_q1())]
    assert [r["id"] for r in rows] == expected
    assert all(r["agreements"] for r in rows)


def test_search_folds_case_and_yo(demo_store):
    found = event_rows(demo_store, replace(Q1, search="гагарин"), 0, 100)
    assert found and all("гагарин" in _text(demo_store, r["id"]).lower() for r in found)
    assert count_events(demo_store, replace(Q1, search="ГАГАРИН")) == len(found)
    # «ё» typed or not finds the same rows.
    assert count_events(demo_store, replace(Q1, search="лётчик")) == count_events(
        demo_store, replace(Q1, search="летчик")
    ) > 0
    # Two letters are searched by a scan, still case-insensitively.
    short = count_events(demo_store, replace(Q1, search="вц"))
    assert short == count_events(demo_store, replace(Q1, search="ВЦ")) > 0
    assert count_events(demo_store, replace(Q1, search="zzzz")) == 0


def test_search_follows_edits_and_deletes(demo_store):
    event = demo_store.events_in_period(_q1())[0]
    event.title = "Совещание о морошке"
    demo_store.save_event(event)
    assert [r["id"] for r in event_rows(demo_store, replace(Q1, search="морошк"), 0, 9)] == [
        event.id
    ]
    demo_store.delete_event(event.id)
    assert count_events(demo_store, replace(Q1, search="морошк")) == 0
    demo_store.restore_event(event)
    assert count_events(demo_store, replace(Q1, search="морошк")) == 1


def test_sort_by_each_column_keeps_every_row(demo_store):
    for column in Column:
        for descending in (False, True):
            rows = event_rows(demo_store, replace(Q1, sort_column=column, descending=descending), 0, 100)
            assert len(rows) == 29, column
    titles = [r["title"] for r in event_rows(demo_store, replace(Q1, sort_column=Column.TITLE), 0, 100)]
    assert [t[:40] for t in titles] == sorted(t[:40] for t in titles)


def test_filters_and_counts(demo_store):
    counts = department_counts(demo_store, Q1.start, Q1.end)
    assert sum(counts.values()) == 29
    dept_id, n = max(counts.items(), key=lambda kv: kv[1])
    rows = event_rows(demo_store, replace(Q1, department_id=dept_id), 0, 100)
    assert len(rows) == n and {r["department_id"] for r in rows} == {dept_id}
    assert count_events(demo_store, replace(Q1, statuses=(str(EventStatus.DONE),))) == sum(
        1 for e in demo_store.events_in_period(_q1()) if e.status is EventStatus.DONE
    )
    assert count_events(demo_store, replace(Q1, start=date(2021, 1, 1), end=date(2021, 3, 31))) == 0


def test_row_of_event(demo_store):
    rows = event_rows(demo_store, Q1, 0, 100)
    assert row_of_event(demo_store, Q1, rows[17]["id"]) == 17
    assert row_of_event(demo_store, Q1, "no-such-id") is None


def _q1():
    from desktop_app.domain.periods import ReportPeriod

    return ReportPeriod.quarter(2020, 1)


def _text(store, event_id):
    e = store.event(event_id)
    return " ".join([e.title, e.timing, e.place, e.participants, e.result, e.note]).replace("ё", "е")


def test_report_order_walks_the_indexes_without_sorting(demo_store):
    """A window of rows in report order reads the departments' and the events' indexes in
    order and stops: no temporary B-tree that sorts every event of a department first."""
    from desktop_app.storage.event_list import _order, _where

    for descending in (False, True):
        query = replace(Q1, descending=descending)
        where, params = _where(query)
        plan = demo_store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT e.rowid FROM departments d JOIN events e "
            f"ON d.id = e.department_id WHERE {where} ORDER BY {_order(query)} LIMIT 200",
            params,
        ).fetchall()
        details = " | ".join(row[-1] for row in plan)
        assert "TEMP B-TREE" not in details, details
        assert "departments_order" in details and "events_list_department" in details
    # The order itself is the report's, forwards and backwards.
    forwards = [r["id"] for r in event_rows(demo_store, Q1, 0, 100)]
    backwards = [r["id"] for r in event_rows(demo_store, replace(Q1, descending=True), 0, 100)]
    assert forwards == [e.id for e in demo_store.events_in_period(_q1())]
    assert backwards == forwards[::-1]


def test_a_file_may_hold_more_events_than_its_largest_rowid_says_never_fewer(demo_store):
    from desktop_app.storage.event_list import may_hold_more_events_than

    assert may_hold_more_events_than(demo_store, 28)
    assert not may_hold_more_events_than(demo_store, 29)
    for event in demo_store.events_in_period(_q1())[:5]:
        demo_store.delete_event(event.id)
    # 24 events left: still a bound from above (a file is taken for larger, never smaller).
    assert may_hold_more_events_than(demo_store, 24)


def test_a_search_count_over_the_whole_file_is_the_count_of_the_rows_shown(demo_store):
    # When every event is in the period, the search index alone counts the matches; an
    # event outside the period must not be counted once there is one.
    from desktop_app.storage import event_list

    query = replace(Q1, search="Смоленск")
    shown = len(event_rows(demo_store, query, 0, 1000))
    statements: list[str] = []
    demo_store.conn.set_trace_callback(statements.append)
    assert count_events(demo_store, query) == shown > 0
    assert any("FROM events_search WHERE" in s and "FROM events e" not in s for s in statements)
    event = demo_store.events_in_period(_q1())[0]
    later = replace(event, id="later-one", starts_on=date(2020, 5, 5), ends_on=date(2020, 5, 5),
                    timing="5 мая", title="Смоленск в мае")
    demo_store.save_event(later)
    assert count_events(demo_store, query) == shown  # the May event is not in Q1
    assert count_events(demo_store, replace(query, end=date(2020, 6, 30))) == shown + 1
    assert event_list.count_events(demo_store, replace(query, department_id=event.department_id)) \
        == len(event_rows(demo_store, replace(query, department_id=event.department_id), 0, 1000))
