"""Storage round trips: what is saved comes back, versioned and logged."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.domain.entities import Agreement, Department, Event, EventStatus
from desktop_app.storage.errors import RecordInUse, VersionConflict
from desktop_app.storage.store import Store


def _event(dept: Department, agreements: list[Agreement], **kw) -> Event:
    base = dict(
        department_id=dept.id,
        title="Выставка «АГРОС экспо – 2020»",
        timing="29-31 января",
        starts_on=date(2020, 1, 29),
        ends_on=date(2020, 1, 31),
        agreement_ids=[a.id for a in agreements],
        place="г. Москва",
        participants="Всего 86 участников\nиз 5 регионов",
        participants_count=86,
        participant_regions=["г. Москва", "Брянская область"],
        result="Обмен опытом.",
        note="-",
    )
    base.update(kw)
    return Event(**base)


@pytest.fixture
def dept(store: Store) -> Department:
    return store.save_department(Department("Департамент по культуре", "Культура", 1))


@pytest.fixture
def agreements(store: Store) -> list[Agreement]:
    return [
        store.save_agreement(Agreement("Соглашение с Москвой", "Москва", ["г. Москва"])),
        store.save_agreement(
            Agreement("Трехстороннее соглашение", "Калуга и Брянск",
                      ["Калужская область", "Брянская область"], signed_on=date(2015, 3, 1))
        ),
    ]


def test_event_round_trip_keeps_every_field_and_agreement_order(store, dept, agreements):
    saved = store.save_event(_event(dept, list(reversed(agreements))))
    back = store.event(saved.id)
    assert back == saved
    assert back.agreement_ids == [agreements[1].id, agreements[0].id]
    assert back.participants == "Всего 86 участников\nиз 5 регионов"
    assert back.participant_regions == ["г. Москва", "Брянская область"]
    assert back.version == 1 and back.created_at and back.position == 1


def test_reopened_file_has_the_same_data(db_path, store, dept, agreements):
    saved = store.save_event(_event(dept, agreements))
    store.close()
    with Store.open(db_path) as again:
        assert again.event(saved.id) == saved
        assert again.agreement(agreements[1].id).partner_regions == [
            "Калужская область", "Брянская область"]
        assert again.agreement(agreements[1].id).signed_on == date(2015, 3, 1)


def test_update_bumps_version_and_logs_before_and_after(store, dept, agreements):
    saved = store.save_event(_event(dept, agreements))
    changed = store.save_event(
        Event(**{**saved.__dict__, "title": "Новое название", "status": EventStatus.POSTPONED,
                 "note": "Перенесено на II квартал"})
    )
    assert changed.version == 2
    assert changed.created_at == saved.created_at
    log = store.change_log(entity_id=saved.id)
    assert [e["action"] for e in log] == ["update", "create"]
    assert json.loads(log[0]["before"])["title"] == saved.title
    assert json.loads(log[0]["after"])["title"] == "Новое название"
    assert log[0]["user"]


def test_stale_edit_is_refused_not_silently_overwritten(store, dept, agreements):
    saved = store.save_event(_event(dept, agreements))
    store.save_event(Event(**{**saved.__dict__, "title": "Правка коллеги"}))
    with pytest.raises(VersionConflict):
        store.save_event(Event(**{**saved.__dict__, "title": "Моя правка"}),
                         expected_version=saved.version)
    assert store.event(saved.id).title == "Правка коллеги"


def test_delete_then_restore_brings_the_same_event_back(store, dept, agreements):
    saved = store.save_event(_event(dept, agreements))
    old = store.delete_event(saved.id)
    assert store.find_event(saved.id) is None
    store.restore_event(old)
    assert store.event(saved.id) == saved


def test_used_department_and_agreement_cannot_be_deleted(store, dept, agreements):
    store.save_event(_event(dept, agreements[:1]))
    with pytest.raises(RecordInUse, match="недействующ"):
        store.delete_department(dept.id)
    with pytest.raises(RecordInUse, match="недействующ"):
        store.delete_agreement(agreements[0].id)
    store.delete_agreement(agreements[1].id)
    assert [a.id for a in store.agreements()] == [agreements[0].id]


def test_failed_multi_row_change_writes_nothing(store, dept, agreements):
    good = _event(dept, agreements)
    bad = _event(dept, agreements, title="   ")
    with pytest.raises(Exception, match="наименование"):
        store.save_events([good, bad])
    assert store.counts()["events"] == 0
    assert store.change_log() == [r for r in store.change_log() if r["entity"] != "event"]


def test_events_in_period_are_those_starting_inside_it_in_report_order(store, dept, agreements):
    second = store.save_department(Department("Главное управление спорта", "Спорт", 2))
    jan = store.save_event(_event(dept, agreements))
    sport = store.save_event(_event(second, agreements, title="Кубок",
                                    starts_on=date(2020, 2, 1), ends_on=date(2020, 2, 2)))
    store.save_event(_event(dept, agreements, title="Апрель",
                            starts_on=date(2020, 4, 1), ends_on=date(2020, 4, 1)))
    mar = store.save_event(_event(dept, agreements, title="Март",
                                  starts_on=date(2020, 3, 9), ends_on=date(2020, 3, 12)))
    got = store.events_between(date(2020, 1, 1), date(2020, 3, 31))
    assert [e.id for e in got] == [jan.id, mar.id, sport.id]
    only_sport = store.events_between(date(2020, 1, 1), date(2020, 3, 31),
                                      department_ids=[second.id])
    assert [e.id for e in only_sport] == [sport.id]


def test_a_period_read_gives_each_event_as_a_read_by_id_does(store, dept, agreements):
    # The period's events come from one statement (links as JSON beside each row): every
    # field, the agreements and regions in the order saved, quotes and all, or none.
    odd = store.save_agreement(Agreement('Соглашение «с кавычками» "и\\ слэшем"', "Кавычки"))
    saved = [
        store.save_event(_event(dept, [odd, *reversed(agreements)],
                                participant_regions=["Тверская область", 'Край "Б"\\'])),
        store.save_event(_event(dept, [], title="Без соглашений", participant_regions=[],
                                status=EventStatus.POSTPONED, repeat_agreement=True,
                                participants_count=None)),
    ]
    got = store.events_between(date(2020, 1, 1), date(2020, 3, 31))
    assert got == [store.event(e.id) for e in saved] == saved
    assert got[0].agreement_ids == [odd.id, agreements[1].id, agreements[0].id]
    assert got[0].participant_regions == ["Тверская область", 'Край "Б"\\']
    assert got[1].agreement_ids == [] and got[1].participant_regions == []
    assert got[1].status is EventStatus.POSTPONED
    # ids that look like the array's own punctuation come back whole
    odd_ids = [store.save_agreement(Agreement(f"Соглашение {i}", "С", id=odd))
               for i, odd in enumerate(['a","b', "", "в\\"])]
    third = store.save_event(_event(dept, odd_ids, title="Странные ключи",
                                    participant_regions=["Тверская область", ""]))
    back = store.events_between(date(2020, 1, 1), date(2020, 3, 31))[-1]
    assert back == third
    assert back.agreement_ids == ['a","b', "", "в\\"]
    assert back.participant_regions == ["Тверская область", ""]


def test_integrity_and_counts(demo_store):
    assert demo_store.integrity() == "ok"
    assert demo_store.counts()["events"] == 29


def test_a_period_covering_the_whole_file_reads_the_table_through_with_the_same_result():
    # Exporting a file of one quarter: every row qualifies, so the events are read in the
    # table's own order (no index lookups); the events and their order are those the
    # date index gives once the file holds more than the period.
    from dataclasses import replace as _replace

    from desktop_app.demo import load_demo
    from desktop_app.domain.periods import ReportPeriod

    store = Store.in_memory()
    load_demo(store)
    q1 = ReportPeriod.quarter(2020, 1)
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    whole = store.events_between(q1.start, q1.end)
    assert any("NOT INDEXED" in s for s in statements)
    later = store.events_in_period(q1)[0]
    store.save_event(_replace(later, id="later", starts_on=date(2020, 5, 5),
                              ends_on=date(2020, 5, 5), timing="5 мая"))
    statements.clear()
    indexed = store.events_between(q1.start, q1.end)
    assert not any("NOT INDEXED" in s for s in statements)
    assert [e.id for e in indexed] == [e.id for e in whole]
    assert indexed == whole
    assert len(whole) == store.conn.execute(
        "SELECT count(*) FROM events WHERE starts_on BETWEEN '2020-01-01' AND '2020-06-30'"
    ).fetchone()[0] - 1
    # One department's part (or some statuses) of such a file: an index narrows it.
    store.delete_event("later")
    statements.clear()
    one = store.events_between(q1.start, q1.end, department_ids=[later.department_id])
    assert not any("NOT INDEXED" in s for s in statements)
    assert [e.id for e in one] == [e.id for e in whole if e.department_id == later.department_id]
