"""Re-import and repeated rows: one event is one event, however its timing is spaced.

A clerk imports an office's report again after it was corrected, or a file lists a
row twice. Nothing may be added twice; a different event must still be added.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

import pytest
from import_helpers import Q1
from report_shapes import Shape, build_docx, build_xlsx, reference_rows

from desktop_app.demo import load_demo
from desktop_app.domain.entities import new_id
from desktop_app.domain.periods import ReportPeriod
from desktop_app.exchange.import_plan import Action, apply_plan
from desktop_app.exchange.importer import import_files
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

CLEAN = Shape(debris=False, messy_spaces=False)
BUILDERS = {"docx": build_docx, "xlsx": build_xlsx}


def _imported(tmp_path, builder=build_docx) -> Store:
    store = Store.in_memory()
    plan = import_files(store, [builder(tmp_path / f"first{_suffix(builder)}", CLEAN)],
                        create_missing=True)
    apply_plan(store, plan, backup=False)
    assert store.counts()["events"] == 29
    return store


def _suffix(builder) -> str:
    return ".docx" if builder is build_docx else ".xlsx"


def _renumbered(rows):
    for n, row in enumerate(rows, start=1):
        row["number"] = n
    return rows


@pytest.mark.parametrize("timing", ["29 - 31 января", "29 -31 января", "29-  31  января",
                                    "29–31 января", "29 — 31 Января"])
@pytest.mark.parametrize("kind", BUILDERS)
def test_reimport_with_the_timing_spaced_differently_adds_nothing(tmp_path, timing, kind):
    builder = BUILDERS[kind]
    store = _imported(tmp_path, builder)
    rows = reference_rows()
    assert rows[0]["timing"] == "29-31 января"
    rows[0]["timing"] = timing
    plan = import_files(store, [builder(tmp_path / f"again{_suffix(builder)}", CLEAN, rows)])
    first = next(r for r in plan.rows if r.number == 1)
    assert first.action is Action.SKIP and first.reason.startswith("уже есть в базе")
    assert plan.count(Action.ADD) == 0
    apply_plan(store, plan, backup=False)
    assert store.counts()["events"] == 29


def test_reimport_with_another_date_is_a_new_event(tmp_path):
    store = _imported(tmp_path)
    rows = reference_rows()
    rows[0]["timing"] = "29-30 января"
    plan = import_files(store, [build_docx(tmp_path / "again.docx", CLEAN, rows)])
    assert [r.number for r in plan.rows if r.action is Action.ADD] == [1]
    apply_plan(store, plan, backup=False)
    assert store.counts()["events"] == 30


@pytest.mark.parametrize("kind", BUILDERS)
def test_the_same_row_twice_in_one_file_is_added_once_and_reported(tmp_path, kind):
    builder = BUILDERS[kind]
    rows = reference_rows()
    twin = copy.deepcopy(rows[1])
    twin["timing"] = twin["timing"].replace(" ", "  ")  # «5  февраля»: spacing differs too
    rows = _renumbered(rows[:2] + [twin] + rows[2:])
    store = Store.in_memory()
    plan = import_files(store, [builder(tmp_path / f"r{_suffix(builder)}", CLEAN, rows)],
                        create_missing=True)
    repeated = [r for r in plan.rows if r.action is Action.SKIP]
    name = f"r{_suffix(builder)}"
    assert [(r.file, r.number, r.reason) for r in repeated] == [
        (name, 3, f"повтор: то же, что {name}, № 2")]
    assert repeated[0].location.startswith("таблица ") and repeated[0].event.title == rows[1]["title"]
    assert plan.count(Action.ADD) == 29
    apply_plan(store, plan, backup=False)
    titles = [e.title for e in store.events_in_period(Q1)]
    assert titles.count(rows[1]["title"]) == 1
    assert store.counts()["events"] == 29


def test_rows_alike_but_for_the_department_or_agreement_are_both_added(tmp_path):
    """The repeat check must not swallow two different events with one title and date."""
    rows = reference_rows()
    # The same title and date under the same agreement is one event...
    same = copy.deepcopy(rows[13])
    # ...but the same title and date under another agreement is another event.
    other = copy.deepcopy(rows[13])
    other["agreements"], other["agreement_texts"] = rows[4]["agreements"], rows[4]["agreement_texts"]
    other["agreement_titles"] = rows[4]["agreement_titles"]
    rows = _renumbered(rows + [same, other])
    store = Store.in_memory()
    plan = import_files(store, [build_docx(tmp_path / "r.docx", CLEAN, rows)], create_missing=True)
    assert [r.number for r in plan.rows if r.action is Action.SKIP] == [30]
    assert plan.count(Action.ADD) == 30


def _origin_with_later_quarters() -> Store:
    """The demo's first quarter of 2020 plus events in April 2020 and in February 2021."""
    origin = Store.in_memory()
    load_demo(origin)
    demo = origin.events_in_period(Q1)
    later = [  # (a demo event to copy, title, timing as typed, its kind, first and last day)
        (0, "Совещание по итогам квартала", "14 апреля", "day", date(2020, 4, 14), date(2020, 4, 14)),
        (3, "Выставка ремёсел", "20-22 мая", "day_range", date(2020, 5, 20), date(2020, 5, 22)),
        (5, "Семинар для специалистов", "5 февраля", "day", date(2021, 2, 5), date(2021, 2, 5)),
        (6, "Консультации по обмену опытом", "в течение квартала", "whole_period",
         date(2020, 4, 1), date(2020, 6, 30)),
    ]
    origin.save_events([
        replace(demo[i], id=new_id(), version=0, title=title, timing=timing, timing_kind=kind,
                starts_on=first, ends_on=last)
        for i, title, timing, kind, first, last in later])
    return origin


def test_a_docx_with_records_after_its_xlsx_finds_every_event_already_there(tmp_path):
    """An office sends its reports as XLSX (no records inside), later as DOCX: the DOCX's
    records carry ids this database never saw, and each is found as the event already here —
    across quarters and years, in one import of several files."""
    origin = _origin_with_later_quarters()
    periods = [Q1, ReportPeriod.quarter(2020, 2), ReportPeriod.quarter(2021, 1)]
    store = Store.in_memory()
    for n, period in enumerate(periods):
        xlsx = export_report_file(origin, period, None, "xlsx", tmp_path / f"{n}.xlsx")
        apply_plan(store, import_files(store, [xlsx], create_missing=True), backup=False)
    assert store.counts()["events"] == 33
    def key(e):
        return e.title, e.starts_on, e.ends_on, tuple(e.agreement_ids)

    here = {key(e): e.id for e in store.events_between(date(2020, 1, 1), date(2021, 12, 31))}
    assert len(here) == 33
    # Q1 2020 first, then its later quarter, then the next year's first quarter: a quarter
    # looked up once must not stand in for another.
    docs = [export_report_file(origin, p, None, "docx", tmp_path / f"{n}.docx")
            for n, p in enumerate(periods)]
    plan = import_files(store, docs)
    assert len(plan.rows) == 33
    for row in plan.rows:
        assert row.action is Action.SKIP, (row.event.title, row.reason)
        assert row.reason == ("уже есть в базе (совпадают департамент, наименование, сроки "
                              "и соглашения)")
        assert row.local.id == here[key(row.event)]
    apply_plan(store, plan, backup=False)
    assert store.counts()["events"] == 33


def test_the_programs_own_xlsx_read_back_into_its_database_adds_nothing(tmp_path):
    """The report prints «1 квартал» as «I квартал» and «29 февраля - 01 марта» as
    «29 февраля – 1 марта»: read back, its rows are still the events they came from."""
    store = Store.in_memory()
    load_demo(store)
    typed = {e.timing for e in store.events_in_period(Q1)}
    assert {"1 квартал", "29 февраля -01 марта", "Январь-март"} <= typed
    path = export_report_file(store, Q1, None, "xlsx", tmp_path / "r.xlsx")
    plan = import_files(store, [path])
    assert [(r.event.title, r.reason) for r in plan.rows if r.action is not Action.SKIP] == []
    assert all(r.reason.startswith("уже есть в базе") for r in plan.rows)
    apply_plan(store, plan, backup=False)
    assert store.counts()["events"] == 29


def _one_row_file(tmp_path, name, timings):
    rows = reference_rows()
    extra = []
    for timing in timings:
        row = copy.deepcopy(rows[13])
        row["timing"] = timing
        extra.append(row)
    return build_docx(tmp_path / name, CLEAN, _renumbered(rows + extra))


@pytest.mark.parametrize(("first", "second", "same"), [
    ("ежемесячно", "каждый месяц", True),
    ("ежемесячно", "еженедельно", False),
    ("в течение квартала", "постоянно", True),
    ("в течение квартала", "ежемесячно", False),
    ("по согласованию сторон", "по  согласованию  сторон", True),
    ("по согласованию сторон", "по мере готовности", False),
    ("5 февраля", "05.02", True),
    ("5 февраля", "6 февраля", False),
])
def test_rows_repeat_when_their_timings_mean_the_same(tmp_path, first, second, same):
    """«каждый месяц» is «ежемесячно», but not «еженедельно»; free text matches as text."""
    store = Store.in_memory()
    plan = import_files(store, [_one_row_file(tmp_path, "r.docx", [first, second])],
                        create_missing=True)
    last = plan.rows[-1]
    if same:
        assert last.action is Action.SKIP and last.reason == "повтор: то же, что r.docx, № 30"
        assert plan.count(Action.ADD) == 30
    else:
        assert last.action is Action.ADD and plan.count(Action.ADD) == 31


def test_an_event_already_here_names_what_the_file_says_otherwise(tmp_path):
    """The database's version stays; the clerk is told which texts the file has otherwise."""
    store = _imported(tmp_path)
    rows = reference_rows()
    rows[0]["place"] = "г. Смоленск, другой зал"
    rows[0]["result"] = "Итоги уточнены"
    rows[1]["note"] = rows[1]["note"] + " (уточнено)"
    rows[2]["participants"] = "Другие участники"
    plan = import_files(store, [build_docx(tmp_path / "again.docx", CLEAN, rows)])
    assert [(r.file, r.number, r.action, r.reason) for r in plan.rows[:4]] == [
        ("again.docx", 1, Action.SKIP,
         "уже есть в базе: в файле иначе место, результат — оставлено как в базе"),
        ("again.docx", 2, Action.SKIP,
         "уже есть в базе: в файле иначе примечание — оставлено как в базе"),
        ("again.docx", 3, Action.SKIP,
         "уже есть в базе: в файле иначе участники — оставлено как в базе"),
        ("again.docx", 4, Action.SKIP, "уже есть в базе"),
    ]
    assert all(r.location.startswith("таблица ") for r in plan.rows)
    assert plan.rows[0].local.place == reference_rows()[0]["place"]
    assert plan.rows[0].event.place == "г. Смоленск, другой зал"
    apply_plan(store, plan, backup=False)
    assert store.counts()["events"] == 29
