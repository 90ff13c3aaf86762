"""Shared checks for the import tests: the store against the reference report."""

from __future__ import annotations

from report_shapes import reference_rows

from desktop_app.domain.matching import match_key
from desktop_app.domain.periods import ReportPeriod
from desktop_app.storage.store import Store

Q1 = ReportPeriod.quarter(2020, 1)
FIELDS = ("title", "timing", "place", "participants", "result", "note", "participants_count",
          "repeat_agreement")


def assert_matches_reference(store: Store, *, report_order: bool = False) -> None:
    """Every field of the 29 reference events, in entry order, department and agreements by name.

    ``report_order``: the events came from a printed table without its records part, which
    lists a run's events by date, so they are paired with the reference by their texts.
    """
    events = store.events_in_period(Q1)
    ref = reference_rows()
    assert len(events) == len(ref) == 29
    if report_order:
        depts_by_id = {d.id: d.name for d in store.departments()}
        # Rows may share a title (two sales of breeding stock; one competition under three
        # agreements): the participants and the result tell them apart.
        by_key = {(depts_by_id[e.department_id], e.title, e.participants, e.result): e
                  for e in events}
        assert len(by_key) == 29
        events = [by_key[(row["department_name"], row["title"], row["participants"],
                          row["result"])] for row in ref]
    # A repeated agreement cell belongs to a printed position, which the date order moves.
    fields = [f for f in FIELDS if not (report_order and f == "repeat_agreement")]
    depts = {d.id: d.name for d in store.departments()}
    titles = {a.id: a.title for a in store.agreements()}
    for event, row in zip(events, ref, strict=True):
        got = {f: getattr(event, f) for f in fields}
        want = {f: row[f] for f in fields}
        assert got == want, f"row {row['number']}"
        assert depts[event.department_id] == row["department_name"], f"row {row['number']}"
        assert [match_key(titles[a]) for a in event.agreement_ids] == [
            match_key(t) for t in row["agreement_titles"]
        ], f"row {row['number']}"
