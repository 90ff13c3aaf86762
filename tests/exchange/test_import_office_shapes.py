"""Other offices' layouts import with every field right, with nothing but --create-missing.

The shapes are built in code (office_shapes.py); each event is checked field
by field: department, agreements, title, dates by calendar day, place,
participants, counts, partner, result, note and status.
"""

from __future__ import annotations

from typing import Any

import pytest
from office_shapes import ECONOMY, EVENTS, PERIOD, SHAPES, OfficeShape, expected

from desktop_app.exchange.import_plan import Action, apply_plan
from desktop_app.exchange.importer import import_files, read_report
from desktop_app.storage.store import Store


def imported(shape: OfficeShape, tmp_path) -> tuple[Store, list[str]]:
    store = Store.in_memory()
    plan = import_files(store, [shape.build(tmp_path)], create_missing=True,
                        department="" if shape.department_given else ECONOMY)
    assert not plan.unmatched
    apply_plan(store, plan, backup=False)
    warnings = plan.warnings + [w for r in plan.rows for w in r.warnings]
    return store, warnings


def field_errors(store: Store, shape: OfficeShape) -> dict[str, list[str]]:
    """Title → the fields that came out wrong (a missing event: «нет»)."""
    depts = {d.id: d.name for d in store.departments()}
    titles = {a.id: a.title for a in store.agreements()}
    got: dict[str, dict[str, Any]] = {}
    for event in store.events_between(*_year()):
        got[event.title] = {
            "department": depts[event.department_id],
            "agreements": [titles[a] for a in event.agreement_ids],
            "starts_on": event.starts_on, "ends_on": event.ends_on, "place": event.place,
            "participants": event.participants, "participants_count": event.participants_count,
            "participant_regions": event.participant_regions, "result": event.result,
            "note": event.note, "status": event.status,
        }
    errors = {}
    for title, want in expected(shape).items():
        have = got.get(title)
        wrong = ["нет"] if have is None else [f"{k}: {have[k]!r} ≠ {v!r}" for k, v in
                                              want.items() if have[k] != v]
        if wrong:
            errors[title] = wrong
    extra = set(got) - set(expected(shape))
    if extra:
        errors["лишние"] = sorted(extra)
    return errors


def _year():
    from datetime import date

    return date(2021, 1, 1), date(2021, 12, 31)


@pytest.mark.parametrize("make", SHAPES, ids=lambda m: m.__name__)
def test_office_shape_imports_every_field(make, tmp_path):
    shape = make()
    store, _warnings = imported(shape, tmp_path)
    assert field_errors(store, shape) == {}
    # The two Belarus agreements differ only in date and №: two records, not one.
    agreements = {a for want in expected(shape).values() for a in want["agreements"]}
    assert store.counts()["agreements"] == len(agreements)
    assert store.counts()["departments"] == len({w["department"] for w in expected(shape).values()})


def test_an_unknown_column_is_named_and_ignored_not_refused(tmp_path):
    shape = next(m for m in SHAPES if m.__name__ == "dotted_numbers_partner_column")()
    _store, warnings = imported(shape, tmp_path)
    assert any("Источник финансирования" in w and "не распознаны" in w for w in warnings)


def test_office_shapes_are_clean_of_warnings_but_for_what_they_lack(tmp_path):
    for make in SHAPES:
        shape = make()
        _store, warnings = imported(shape, tmp_path)
        unexpected = [w for w in warnings if "не распознаны" not in w]
        assert unexpected == [], shape.name


def test_events_outside_the_files_period_are_listed(tmp_path):
    shape = next(m for m in SHAPES if m.__name__ == "plan_with_agreement_sections")()
    shape.blocks[2] = "за II квартал 2021 года"
    plan = import_files(Store.in_memory(), [shape.build(tmp_path)], create_missing=True)
    outside = [w for r in plan.rows for w in r.warnings if "вне периода" in w]
    assert len(outside) == 6 and "12.03.2021" in outside[0]
    assert all(r.action is Action.ADD for r in plan.rows)


def test_a_count_only_column_fills_the_printed_participants_too(tmp_path):
    """«Количество участников» alone: «Участники» reads as the reference words it, the count kept."""
    counts = ["1", "21", "11", "24", "около 40 человек", ""]
    rows = [["№", "Соглашение", "Мероприятие", "Сроки", "Количество участников"]]
    rows += [[str(n), e.agreement, e.title, e.timing, c]
             for n, (e, c) in enumerate(zip(EVENTS, counts, strict=True), 1)]
    path = OfficeShape("counts", "xlsx", [f"Отчет {PERIOD}", rows], ()).build(tmp_path)
    table, _package = read_report(path)
    assert [(r.participants, r.count) for r in table.rows] == [
        ("Всего 1 участник", 1), ("Всего 21 участник", 21), ("Всего 11 участников", 11),
        ("Всего 24 участника", 24), ("около 40 человек", None), ("", None)]
    store = Store.in_memory()
    plan = import_files(store, [path], create_missing=True, department=ECONOMY)
    apply_plan(store, plan, backup=False)
    got = {e.title: (e.participants, e.participants_count) for e in store.events_between(*_year())}
    assert got[EVENTS[1].title] == ("Всего 21 участник", 21)
    assert got[EVENTS[4].title] == ("около 40 человек", 40)
