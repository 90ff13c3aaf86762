"""The exported DOCX as a data package: exact round trip, update, conflict, edits in Word."""

from __future__ import annotations

from dataclasses import replace

import docx
import pytest
from import_helpers import Q1, assert_matches_reference

from desktop_app.demo import load_demo
from desktop_app.errors import UserError
from desktop_app.exchange.docx_reader import read_docx
from desktop_app.exchange.import_plan import MINE, THEIRS, Action, apply_plan
from desktop_app.exchange.importer import import_files
from desktop_app.exchange.package import read_package
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

KEPT = ("id", "title", "timing", "timing_kind", "starts_on", "ends_on", "place", "participants",
        "participants_count", "participant_regions", "result", "note", "status",
        "repeat_agreement", "agreement_ids", "department_id", "version", "updated_at", "position")


@pytest.fixture
def origin():
    store = Store.in_memory()
    load_demo(store)
    return store


def export(store: Store, path):
    return export_report_file(store, Q1, None, "docx", path)


def do_import(store: Store, path, **kw):
    plan = import_files(store, [path], **kw)
    return plan, apply_plan(store, plan, backup=False)


def test_every_exported_docx_carries_all_its_records(origin, tmp_path):
    package = read_package(export(origin, tmp_path / "a.docx"))
    assert package is not None and package.period == Q1
    assert len(package.events) == 29
    assert {d.id for d in package.departments} == {d.id for d in origin.departments()}
    assert {a.id for a in package.agreements} == {a.id for a in origin.agreements()}
    stored = {e.id: e for e in origin.events_in_period(Q1)}
    for packed in package.events:
        assert packed.event == stored[packed.event.id]
        assert packed.history  # the states the exporting side knew


def test_a_document_from_elsewhere_has_no_package(tmp_path):
    from report_shapes import build_docx

    assert read_package(build_docx(tmp_path / "r.docx")) is None


def test_export_imports_into_an_empty_database_exactly_and_exports_the_same_table(origin, tmp_path):
    first = export(origin, tmp_path / "a.docx")
    target = Store.in_memory()
    plan, summary = do_import(target, first)  # no --create-missing: packaged records are exact
    assert summary.added == 29 and not plan.unmatched
    mine = {e.id: e for e in origin.events_in_period(Q1)}
    for event in target.events_in_period(Q1):
        for name in KEPT:
            assert getattr(event, name) == getattr(mine[event.id], name), name
    assert_matches_reference(target)
    second = export(target, tmp_path / "b.docx")
    assert read_docx(second).rows == read_docx(first).rows


def test_importing_the_package_twice_adds_nothing(origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    target = Store.in_memory()
    do_import(target, path)
    log_size = len(target.change_log())
    plan, summary = do_import(target, path)
    assert (summary.added, summary.updated, summary.skipped) == (0, 0, 29)
    assert len(target.change_log()) == log_size


def test_a_later_export_updates_the_events_it_carries(origin, tmp_path):
    target = Store.in_memory()
    do_import(target, export(origin, tmp_path / "a.docx"))
    event = origin.events_in_period(Q1)[3]
    changed = origin.save_event(replace(event, place="г. Тула"))
    plan, summary = do_import(target, export(origin, tmp_path / "a2.docx"))
    assert (summary.added, summary.updated) == (0, 1)
    updated = target.event(event.id)
    assert updated.place == "г. Тула"
    assert (updated.version, updated.updated_at) == (changed.version, changed.updated_at)
    # and the older file no longer changes anything: the database is newer
    plan = import_files(target, [tmp_path / "a.docx"])
    row = next(r for r in plan.rows if r.event.id == event.id)
    assert row.action is Action.SKIP and row.reason == "в базе более новая версия"


def _both_changed(origin: Store, tmp_path):
    target = Store.in_memory()
    do_import(target, export(origin, tmp_path / "a.docx"))
    event = origin.events_in_period(Q1)[3]
    origin.save_event(replace(event, place="г. Орёл"))
    target.save_event(replace(target.event(event.id), place="г. Брянск"))
    return target, event.id, export(origin, tmp_path / "a2.docx")


def test_when_both_sides_changed_an_event_it_is_a_conflict_and_nothing_is_overwritten(
    origin, tmp_path
):
    target, event_id, path = _both_changed(origin, tmp_path)
    plan = import_files(target, [path])
    [conflict] = plan.conflicts
    assert conflict.local.place == "г. Брянск" and conflict.event.place == "г. Орёл"
    summary = apply_plan(target, plan, backup=False)
    assert summary.conflicts_open and target.event(event_id).place == "г. Брянск"


@pytest.mark.parametrize(("choice", "place"), [(THEIRS, "г. Орёл"), (MINE, "г. Брянск")])
def test_the_user_decides_a_conflict(origin, tmp_path, choice, place):
    target, event_id, path = _both_changed(origin, tmp_path)
    plan = import_files(target, [path])
    plan.resolve_conflicts(choice)
    apply_plan(target, plan, backup=False)
    assert target.event(event_id).place == place
    again = import_files(target, [path])
    if choice == THEIRS:
        assert not again.conflicts


def _edit_cell_in_word(path, number: int, column: int, text: str) -> None:
    document = docx.Document(str(path))
    for row in document.tables[0].rows:
        if row.cells[0].text.strip() == f"{number}.":
            row.cells[column].text = text
    document.save(str(path))


def test_a_row_edited_in_word_after_export_wins_and_is_named(origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    target = Store.in_memory()
    do_import(target, path)
    _edit_cell_in_word(path, 5, 4, "г. Вязьма")
    assert read_package(path) is not None  # Word-side saving keeps the package
    plan, summary = do_import(target, path)
    assert summary.updated == 1 and len(summary.edited_rows) == 1
    assert "№ 5" in summary.text() and "изменённые в Word" in summary.text()
    event = next(e for e in target.events_in_period(Q1) if e.place == "г. Вязьма")
    assert event.title == "Продажа племенного скота"
    plan, summary = do_import(target, path)
    assert summary.updated == 0 and summary.added == 0


def test_an_edited_row_imports_with_its_visible_text_into_an_empty_database(origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    agros = next(row.cells[0].text.strip() for row in docx.Document(str(path)).tables[0].rows
                 if row.cells[2].text.startswith("Выставка «АГРОС"))
    _edit_cell_in_word(path, int(agros.rstrip(".")), 3, "30-31 января")
    target = Store.in_memory()
    plan, summary = do_import(target, path)
    assert summary.added == 29 and len(summary.edited_rows) == 1
    event = next(e for e in target.events_in_period(Q1) if e.title.startswith("Выставка «АГРОС"))
    assert event.timing == "30-31 января" and event.starts_on.day == 30


def test_a_failure_midway_leaves_the_database_exactly_as_it_was(origin, tmp_path, monkeypatch):
    path = export(origin, tmp_path / "a.docx")
    target = Store.in_memory()
    plan = import_files(target, [path])
    # The disk fills up midway: after the records, departments and agreements are
    # written and some of the events' links too.
    target.conn.execute(
        "CREATE TRIGGER disk_full AFTER INSERT ON event_agreements "
        "WHEN (SELECT count(*) FROM event_agreements) >= 10 "
        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(UserError):
        apply_plan(target, plan, backup=False)
    assert target.counts()["events"] == 0
    assert target.counts()["departments"] == 0 and target.counts()["agreements"] == 0
    assert target.change_log() == []


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_the_programs_own_report_imports_exactly_without_warnings(origin, tmp_path, kind):
    # An XLSX carries no records part: its visible text is all there is, so the dates are
    # printed as typed for the round trip to be exact (canonical dates are the same days).
    path = export_report_file(origin, Q1, None, kind, tmp_path / f"own.{kind}",
                              dates_as_typed=kind == "xlsx")
    target = Store.in_memory()
    plan, summary = do_import(target, path, create_missing=True)
    assert plan.warnings == [] and [w for r in plan.rows for w in r.warnings] == []
    assert summary.added == 29
    assert_matches_reference(target, report_order=kind == "xlsx")
def test_a_package_in_many_pieces_reads_whole(origin, tmp_path, monkeypatch):
    # A safe XML parser refuses one text node over 10 MB (10,000 events make ~27 MB),
    # so the payload is written in pieces; small pieces here stand in for that.
    import zipfile

    from desktop_app.exchange import package as package_module

    monkeypatch.setattr(package_module, "DATA_PIECE", 5000)
    path = export(origin, tmp_path / "a.docx")
    with zipfile.ZipFile(path) as archive:
        items = [archive.read(n) for n in archive.namelist() if n.startswith("customXml/item")]
    ours = next(blob for blob in items if package_module.NAMESPACE.encode() in blob[:400])
    assert ours.count(b"<ir:data>") > 5
    package = read_package(path)
    assert package is not None and len(package.events) == 29
    target = Store.in_memory()
    _plan, summary = do_import(target, path)
    assert summary.added == 29


def test_text_that_xml_cannot_hold_travels_escaped_in_the_package(origin, tmp_path):
    event = origin.events_in_period(Q1)[0]
    odd = "Выставка <&> «ё»\ufffe\uffff"
    origin.save_event(replace(event, title=odd))
    package = read_package(export(origin, tmp_path / "a.docx"))
    assert package is not None
    assert next(pe.event.title for pe in package.events if pe.event.id == event.id) == odd


def _row_numbered(document, number: int):
    return next(row for row in document.tables[0].rows
                if row.cells[0].text.strip() == f"{number}.")


def test_a_row_deleted_in_word_leaves_its_record_out_and_says_so(origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    document = docx.Document(str(path))
    row = _row_numbered(document, 7)
    title = row.cells[2].text
    row._tr.getparent().remove(row._tr)
    document.save(str(path))
    plan = import_files(Store.in_memory(), [path])
    [lost] = [r for r in plan.rows if r.action is Action.SKIP]
    assert (lost.file, lost.number, lost.event.title) == ("a.docx", 0, title)
    assert lost.reason == "строки нет в таблице документа (удалена в Word?)"
    assert lost.warnings == [f"a.docx: мероприятие «{title[:60]}» есть в данных файла, "
                             "но его строка удалена из таблицы — пропущено."]
    assert [r.action for r in plan.rows].count(Action.ADD) == 28
    target = Store.in_memory()
    assert apply_plan(target, import_files(target, [path]), backup=False).added == 28
    assert title not in {e.title for e in target.events_in_period(Q1)}


def test_a_row_added_in_word_imports_as_a_new_event_beside_the_records(origin, tmp_path):
    from copy import deepcopy

    path = export(origin, tmp_path / "a.docx")
    document = docx.Document(str(path))
    last = _row_numbered(document, 29)
    added = deepcopy(last._tr)
    last._tr.addnext(added)
    document.save(str(path))
    document = docx.Document(str(path))
    rows = [r for r in document.tables[0].rows if r.cells[0].text.strip() == "29."]
    new = rows[1]
    new.cells[0].text, new.cells[2].text = "30.", "Семинар, добавленный в Word"
    document.save(str(path))
    target = Store.in_memory()
    plan = import_files(target, [path], create_missing=True)
    [extra] = [r for r in plan.rows if r.event.title == "Семинар, добавленный в Word"]
    assert (extra.number, extra.action, extra.reason) == (30, Action.ADD, "новое мероприятие")
    assert not extra.exact  # a row of the visible table: no version from the file
    assert apply_plan(target, plan, backup=False).added == 30
    origin_dept = {d.id for d in origin.departments()}
    new_event = next(e for e in target.events_in_period(Q1)
                     if e.title == "Семинар, добавленный в Word")
    assert new_event.department_id in origin_dept  # the department of the rows above it


def test_an_edit_is_seen_when_the_title_no_longer_names_the_period(origin, tmp_path):
    """The records still know the period: a row edited in Word in a file whose title was
    rewritten (no «за I квартал») is still taken as edited, its dates read in that period."""
    path = export(origin, tmp_path / "a.docx")
    document = docx.Document(str(path))
    for paragraph in document.paragraphs:
        if "квартал" in paragraph.text:
            for run in paragraph.runs:
                run.text = ""
            paragraph.runs[0].text = "Отчёт департаментов"
    document.save(str(path))
    _edit_cell_in_word(path, 5, 4, "г. Вязьма")
    target = Store.in_memory()
    plan, summary = do_import(target, path)
    assert len(summary.edited_rows) == 1
    assert any(e.place == "г. Вязьма" for e in target.events_in_period(Q1))
