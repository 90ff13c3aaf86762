"""Every report shape offices produce imports to exactly the reference's 29 events."""

from __future__ import annotations

import pytest
from import_helpers import Q1, assert_matches_reference
from report_shapes import Shape, build_docx, build_xlsx

from desktop_app.demo import load_demo
from desktop_app.exchange.import_plan import Action, apply_plan
from desktop_app.exchange.importer import import_files
from desktop_app.storage.store import Store

SHAPES = {
    "reference": Shape(),
    "blank-cells-first-cell-sections": Shape(merge="blank", sections="first_cell"),
    "no-column-numbers-two-title-paragraphs": Shape(column_numbers=False, title_paragraphs=2),
    "table-per-department": Shape(split="department"),
    "split-across-pages-without-header": Shape(split="pages", merge="blank"),
    "agreements-as-line-breaks": Shape(multi="breaks", header_breaks=False),
    "agreements-blank-line-separated": Shape(multi="blank_lines", sections="first_cell"),
    "clean-text": Shape(debris=False, messy_spaces=False),
}


def _import(store: Store, path, **kw) -> None:
    plan = import_files(store, [path], **kw)
    assert not plan.unmatched
    apply_plan(store, plan, backup=False)


@pytest.mark.parametrize("name", SHAPES)
def test_docx_shape_imports_every_field_into_an_empty_database(name, tmp_path):
    path = build_docx(tmp_path / f"{name}.docx", SHAPES[name])
    store = Store.in_memory()
    _import(store, path, create_missing=True)
    assert_matches_reference(store)
    assert store.counts()["departments"] == 5
    assert store.counts()["agreements"] == 8  # spelling variants met one record


@pytest.mark.parametrize("name", ["reference", "blank-cells-first-cell-sections",
                                  "agreements-blank-line-separated",
                                  "no-column-numbers-two-title-paragraphs"])
def test_xlsx_shape_imports_every_field_into_an_empty_database(name, tmp_path):
    path = build_xlsx(tmp_path / f"{name}.xlsx", SHAPES[name])
    store = Store.in_memory()
    _import(store, path, create_missing=True)
    assert_matches_reference(store)


def test_names_meet_the_stored_records_despite_spelling(tmp_path):
    """Stored departments and agreements (typed differently in the file) are reused, not duplicated."""
    store = Store.in_memory()
    load_demo(store)
    for event in store.events_in_period(Q1):
        store.delete_event(event.id)
    before = store.counts()
    _import(store, build_docx(tmp_path / "r.docx"))  # no --create-missing needed
    assert store.counts()["agreements"] == before["agreements"]
    assert store.counts()["departments"] == before["departments"]
    assert_matches_reference(store)


@pytest.mark.parametrize("builder", [build_docx, build_xlsx])
def test_importing_the_same_file_twice_adds_nothing(builder, tmp_path):
    path = builder(tmp_path / ("r.docx" if builder is build_docx else "r.xlsx"))
    store = Store.in_memory()
    _import(store, path, create_missing=True)
    plan = import_files(store, [path])
    assert {r.action for r in plan.rows} == {Action.SKIP}
    assert all(r.reason == "уже есть в базе" for r in plan.rows)
    assert not plan.writes_anything()
    apply_plan(store, plan, backup=False)
    assert store.counts()["events"] == 29


def test_a_docx_and_an_xlsx_of_the_same_report_do_not_duplicate(tmp_path):
    store = Store.in_memory()
    _import(store, build_docx(tmp_path / "r.docx"), create_missing=True)
    _import(store, build_xlsx(tmp_path / "r.xlsx", Shape(multi="blank_lines")))
    assert store.counts()["events"] == 29


def test_the_reference_events_already_in_the_database_are_skipped(demo_store, tmp_path):
    plan = import_files(demo_store, [build_docx(tmp_path / "r.docx")])
    assert plan.count(Action.SKIP) == 29 and not plan.unmatched


def test_import_plan_writes_nothing(tmp_path):
    store = Store.in_memory()
    before = store.counts()
    import_files(store, [build_docx(tmp_path / "r.docx")], create_missing=True)
    assert store.counts() == before
    assert (before["events"], before["agreements"], before["departments"]) == (0, 0, 0)
