"""The summary's query and the events list narrowed to one count: they must agree."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.entities import EventStatus
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.summary import SummaryKind
from desktop_app.storage import event_list
from desktop_app.storage.event_list import EventFocus, EventQuery
from desktop_app.storage.summary_query import store_summary, summary_facts

Q1 = ReportPeriod.quarter(2020, 1)


def test_every_count_of_the_demo_is_the_number_of_rows_its_filter_shows(demo_store):
    summary = store_summary(demo_store, Q1)
    assert summary.total == 29
    checked = 0
    for kind, _title, rows in summary.sections():
        for row in rows:
            query = EventQuery(Q1.start, Q1.end, focus=EventFocus(kind, row.key))
            assert event_list.count_events(demo_store, query) == row.events, (kind, row.label)
            shown = event_list.event_rows(demo_store, query, 0, 100)
            assert len(shown) == row.events
            checked += 1
    assert checked == 5 + 8 + 9 + 3 + 4


def test_focus_combines_with_the_department_choice_and_the_status(demo_store):
    sport = next(d for d in demo_store.departments() if d.short_name == "Спорт")
    summary = store_summary(demo_store, Q1, [sport.id])
    moscow = next(r for r in summary.agreements if r.label == "Москва")
    assert moscow.events == 3  # the three sport rows 27–29 name Moscow
    query = EventQuery(Q1.start, Q1.end, department_id=sport.id,
                       focus=EventFocus(SummaryKind.AGREEMENT, moscow.key))
    assert event_list.count_events(demo_store, query) == 3
    assert event_list.count_events(demo_store, replace(query, statuses=("перенесено",))) == 0


def test_facts_carry_every_agreement_of_an_event(demo_store):
    row17 = next(f for f in summary_facts(demo_store, Q1.start, Q1.end) if len(f.agreement_ids) == 5)
    event = demo_store.event(row17.id)
    assert sorted(row17.agreement_ids) == sorted(event.agreement_ids)


def test_the_year_before_is_read_only_when_that_period_has_events(demo_store):
    assert store_summary(demo_store, Q1).previous_period is None
    later = store_summary(demo_store, ReportPeriod.quarter(2021, 1))
    assert later.previous_period == Q1
    assert later.total == 0 and later.previous_total == 29
    culture = next(r for r in later.departments if r.label == "Культура")
    assert (culture.events, culture.previous) == (0, 8)
    # An event a year later counts now, beside the 14 of 2020.
    first = demo_store.events_in_period(Q1)[0]
    moved = replace(first, id="next-year", starts_on=date(2021, 2, 1), ends_on=date(2021, 2, 1),
                    status=EventStatus.PLANNED, position=0)
    demo_store.save_event(moved)
    later = store_summary(demo_store, ReportPeriod.quarter(2021, 1))
    moscow = next(r for r in later.agreements if r.label == "Москва")
    assert (moscow.events, moscow.previous) == (1, 14)
    assert {r.key: r.events for r in later.statuses}["запланировано"] == 1
