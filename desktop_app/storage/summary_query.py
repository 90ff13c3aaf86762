"""The SQL behind the period's summary: the events' facts in one query, no texts read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..domain.periods import MIN_YEAR, ReportPeriod
from ..domain.summary import EventFacts, Summary, build_summary, previous_period
from .store import Store

__all__ = ["has_events_between", "store_summary", "summary_facts"]

# group_concat's order is unspecified, which a count does not mind; ids are UUIDs
# (no commas), so the list splits back safely.
_FACTS_SQL = (
    "SELECT e.id, e.department_id, e.status, e.starts_on, "
    "(SELECT group_concat(ea.agreement_id) FROM event_agreements ea WHERE ea.event_id = e.id) "
    "FROM events e WHERE e.starts_on BETWEEN ? AND ?"
)


def summary_facts(
    store: Store, start: date, end: date, department_ids: Sequence[str] | None = None
) -> list[EventFacts]:
    """Department, status, start and agreements of every event starting in [start, end]."""
    sql = _FACTS_SQL
    params: list[Any] = [start.isoformat(), end.isoformat()]
    if department_ids is not None:
        ids = list(department_ids)
        sql += f" AND e.department_id IN ({','.join('?' * len(ids))})"
        params += ids
    return [
        EventFacts(
            id=event_id,
            department_id=department_id,
            status=status,
            starts_on=date.fromisoformat(starts_on),
            agreement_ids=tuple(links.split(",")) if links else (),
        )
        for event_id, department_id, status, starts_on, links in store.conn.execute(sql, params)
    ]


def has_events_between(store: Store, start: date, end: date) -> bool:
    row = store.conn.execute(
        "SELECT 1 FROM events WHERE starts_on BETWEEN ? AND ? LIMIT 1",
        [start.isoformat(), end.isoformat()],
    ).fetchone()
    return row is not None


def store_summary(
    store: Store, period: ReportPeriod, department_ids: Sequence[str] | None = None
) -> Summary:
    """The summary of a period (all departments, or these), with the year before beside it
    when the file holds any event of that period."""
    events = summary_facts(store, period.start, period.end, department_ids)
    before = previous_period(period) if period.year > MIN_YEAR else None
    previous = None
    if before is not None and has_events_between(store, before.start, before.end):
        previous = summary_facts(store, before.start, before.end, department_ids)
    return build_summary(
        period, store.departments(), store.agreements(), events, previous, department_ids
    )
