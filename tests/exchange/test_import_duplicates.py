"""Re-import and repeated rows: one event is one event, however its timing is spaced.

A clerk imports an office's report again after it was corrected, or a file lists a
row twice. Nothing may be added twice; a different event must still be added.
"""

from __future__ import annotations

import copy

import pytest
from import_helpers import Q1
from report_shapes import Shape, build_docx, build_xlsx, reference_rows

from desktop_app.exchange.import_plan import Action, apply_plan
from desktop_app.exchange.importer import import_files
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
    assert [r.number for r in repeated] == [3]
    assert repeated[0].reason.startswith("повтор") and "№ 2" in repeated[0].reason
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
