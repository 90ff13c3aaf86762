"""The program's own export, untouched since: its records part names the SHA-256 of the
main part it was written with, and an import finding that very main part takes the
records as the table's rows instead of reading the table (the same plan, a second sooner
at 10,000 events). Anything else about the main part and the table is read as before."""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from import_helpers import Q1

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import Layout
from desktop_app.exchange import importer
from desktop_app.exchange.docx_reader import read_docx
from desktop_app.exchange.import_plan import Action, PlannedRow, apply_plan
from desktop_app.exchange.importer import ReadFile, import_files, read_report
from desktop_app.exchange.package import (
    DIGEST_ATTRIBUTE,
    NAMESPACE,
    PackageContents,
    read_package,
    records_parts,
    table_vouched_for,
)
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

ITEM = re.compile(r"^customXml/item\d+\.xml$")


@pytest.fixture
def origin():
    store = Store.in_memory()
    load_demo(store)
    return store


def export(store: Store, path: Path, layout: Layout = Layout.PER_EVENT) -> Path:
    return export_report_file(store, Q1, None, "docx", path, layout=layout)


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rewrite(path: Path, name: str, data: bytes) -> None:
    """The package with one part's bytes replaced, the others as they were."""
    parts = members(path)
    parts[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, blob in parts.items():
            archive.writestr(member, blob)


def records_name(path: Path) -> str:
    """The records part (the template brings a custom XML part of its own too)."""
    return next(n for n, blob in members(path).items()
                if ITEM.match(n) and NAMESPACE.encode() in blob[:400])


def table_way(path: Path) -> list[ReadFile]:
    """The file read the usual way: its table, paired with its records."""
    return [ReadFile(path, read_docx(path), read_package(path))]


def rows_but_location(rows: list[PlannedRow]) -> list[tuple]:
    return [(r.file, r.number, r.action, r.reason, r.event, r.local, r.exact, r.edited_in_word,
             r.warnings, r.resolution) for r in rows]


def test_the_records_part_names_the_digest_of_the_main_part_it_was_written_with(origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    parts = members(path)
    head = parts[records_name(path)][:400]
    claimed = re.search(DIGEST_ATTRIBUTE.encode() + rb'="([0-9a-f]{64})"', head)
    assert claimed is not None
    assert claimed.group(1).decode() == hashlib.sha256(parts["word/document.xml"]).hexdigest()
    assert table_vouched_for(path)


@pytest.mark.parametrize("layout", [Layout.PER_EVENT, Layout.PER_AGREEMENT])
def test_an_untouched_export_plans_as_its_table_would_without_reading_it(
        origin, tmp_path, layout, monkeypatch):
    path = export(origin, tmp_path / "a.docx", layout)
    usual = import_files(Store.in_memory(), [path], read=table_way(path))
    read: list[Path] = []
    monkeypatch.setattr(importer, "read_docx", lambda p, **kw: read.append(p) or read_docx(p, **kw))
    table, package = read_report(path)
    assert table is None and package is not None and not read
    target = Store.in_memory()
    plan = import_files(target, [path])
    assert not read
    assert rows_but_location(plan.rows) == rows_but_location(usual.rows)
    assert [r.number for r in plan.rows] == list(range(1, 30))
    assert (plan.warnings, plan.ignored_columns) == (usual.warnings, usual.ignored_columns)
    summary = apply_plan(target, plan, backup=False)
    assert summary.added == 29
    stored = {e.id: e for e in origin.events_in_period(Q1)}
    for event in target.events_in_period(Q1):
        assert replace(event, position=0) == replace(stored[event.id], position=0)


def test_against_a_database_that_moved_on_it_plans_as_its_table_would(origin, tmp_path):
    """Skipped, updated, older and conflicting records come out the same either way."""
    target = Store.in_memory()
    first = export(origin, tmp_path / "a.docx")
    apply_plan(target, import_files(target, [first]), backup=False)
    events = origin.events_in_period(Q1)
    origin.save_event(replace(events[1], place="г. Тула"))  # newer in the file
    origin.save_event(replace(events[2], place="г. Орёл"))  # changed on both sides
    target.save_event(replace(target.event(events[2].id), place="г. Брянск"))
    target.save_event(replace(target.event(events[3].id), note="уточнено"))  # newer here
    second = export(origin, tmp_path / "b.docx")
    assert table_vouched_for(second)
    plan = import_files(target, [second])
    usual = import_files(target, [second], read=table_way(second))
    assert rows_but_location(plan.rows) == rows_but_location(usual.rows)
    actions = {r.event.id: r.action for r in plan.rows}
    assert (actions[events[1].id], actions[events[2].id], actions[events[3].id]) == (
        Action.UPDATE, Action.CONFLICT, Action.SKIP)


def test_a_main_part_changed_by_one_byte_has_its_table_read(origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    document = members(path)["word/document.xml"]
    edited = document.replace("Продажа племенного скота".encode(),
                              "Продажа племенного скота!".encode(), 1)
    assert edited != document
    rewrite(path, "word/document.xml", edited)
    assert not table_vouched_for(path)
    table, package = read_report(path)
    assert table is not None and package is not None
    plan = import_files(Store.in_memory(), [path])
    [row] = [r for r in plan.rows if r.edited_in_word]
    assert row.event.title == "Продажа племенного скота!"


def test_a_records_part_naming_another_digest_has_the_table_read(origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    name = records_name(path)
    blob = members(path)[name]
    forged = re.sub(rb'document-sha256="[0-9a-f]{64}"', b'document-sha256="' + b"0" * 64 + b'"',
                    blob, count=1)
    assert forged != blob
    rewrite(path, name, forged)
    assert not table_vouched_for(path)
    table, _package = read_report(path)
    assert table is not None and len(table.rows) == 29


def test_a_records_part_from_an_older_version_has_the_table_read(origin, tmp_path):
    """Files exported before the digest was written name none: read as they always were."""
    path = export(origin, tmp_path / "a.docx")
    name = records_name(path)
    blob = members(path)[name]
    older = re.sub(rb' document-sha256="[0-9a-f]{64}"', b"", blob, count=1)
    assert older != blob
    rewrite(path, name, older)
    assert not table_vouched_for(path)
    table, package = read_report(path)
    assert table is not None and package is not None
    plan = import_files(Store.in_memory(), [path])
    assert [r.action for r in plan.rows] == [Action.ADD] * 29
    assert not plan.edited_rows


def test_records_that_do_not_read_have_the_table_read_even_with_the_right_digest(
        origin, tmp_path):
    path = export(origin, tmp_path / "a.docx")
    name = records_name(path)
    blob = members(path)[name]
    damaged = blob.replace(b'"events": [', b'"events": [[', 1)
    assert damaged != blob
    rewrite(path, name, damaged)
    assert table_vouched_for(path)  # the main part is untouched: only the JSON is broken
    table, package = read_report(path)
    assert package is None and table is not None and len(table.rows) == 29
    plan = import_files(Store.in_memory(), [path], create_missing=True)
    assert [r.action for r in plan.rows] == [Action.ADD] * 29


def test_records_missing_an_event_of_the_report_vouch_for_no_table():
    """Records that lost an event (deleted while the report was written) would number the
    table's rows wrongly: they name no digest, and the table is read."""
    complete = PackageContents(['{"id": "e1"}'], [], [], Q1)
    lacking = PackageContents(['{"id": "e1"}'], [], [], Q1, complete=False)
    digest = "ab" * 32
    assert f'{DIGEST_ATTRIBUTE}="{digest}"'.encode() in b"".join(
        records_parts(complete, digest)[0])
    assert DIGEST_ATTRIBUTE.encode() not in b"".join(records_parts(lacking, digest)[0])
    assert DIGEST_ATTRIBUTE.encode() not in b"".join(records_parts(complete)[0])


def test_an_event_deleted_while_the_export_runs_leaves_the_records_without_a_digest(
        origin, tmp_path, monkeypatch):
    from desktop_app.storage import package_rows

    gone = origin.events_in_period(Q1)[4].id
    real = package_rows.event_record_values

    def lose_one(store, ids, *args):
        return real(store, [i for i in ids if i != gone], *args)

    monkeypatch.setattr(package_rows, "event_record_values", lose_one)
    path = export(origin, tmp_path / "a.docx")
    assert not table_vouched_for(path)
    table, package = read_report(path)
    assert table is not None and len(table.rows) == 29 and len(package.events) == 28


def test_invisible_characters_read_the_same_either_way(origin, tmp_path):
    """A soft hyphen or a zero-width space in a text: the table reader drops them, and the
    row once looked «edited in Word» when read, but not when taken from the records."""
    event = origin.events_in_period(Q1)[2]
    origin.save_event(replace(event, note="пере\u00adдано\u200b в срок", place="г.\u2060Тула"))
    path = export(origin, tmp_path / "a.docx")
    plan = import_files(Store.in_memory(), [path])
    usual = import_files(Store.in_memory(), [path], read=table_way(path))
    assert not usual.edited_rows
    assert rows_but_location(plan.rows) == rows_but_location(usual.rows)


@pytest.mark.parametrize("untouched", [True, False], ids=["untouched", "saved in Word"])
def test_the_programs_report_of_an_empty_period_imports_nothing_and_says_so(
        origin, tmp_path, untouched):
    """Importing a folder of quarterly exports: one quarter without events must not stop
    the others (the table alone has no numbered row, which refuses a file from elsewhere)."""
    empty = export_report_file(origin, ReportPeriod.quarter(2021, 4), None, "docx",
                               tmp_path / "empty.docx")
    if not untouched:
        name = records_name(empty)
        rewrite(empty, name, re.sub(rb' document-sha256="[0-9a-f]{64}"', b"",
                                    members(empty)[name], count=1))
    assert table_vouched_for(empty) is untouched
    full = export(origin, tmp_path / "full.docx")
    target = Store.in_memory()
    plan = import_files(target, [empty, full])
    assert [r.action for r in plan.rows] == [Action.ADD] * 29
    assert "empty.docx: в отчёте нет мероприятий (выгружен пустой период) — загружать " \
        "нечего." in plan.warnings
    assert apply_plan(target, plan, backup=False).added == 29


def test_an_empty_table_without_the_programs_records_is_still_refused(origin, tmp_path):
    from desktop_app.exchange.report_file import ImportFileError

    empty = export_report_file(origin, ReportPeriod.quarter(2021, 4), None, "docx",
                               tmp_path / "empty.docx")
    rewrite(empty, records_name(empty), b"<other/>")  # a custom XML part of someone else's
    with pytest.raises(ImportFileError, match="нет ни одной пронумерованной строки"):
        read_report(empty)


def test_columns_mapped_by_hand_have_the_table_read(origin, tmp_path):
    """«--columns» (or the window's mapping step) asks for the table as mapped."""
    from desktop_app.exchange.importer import ReadOptions

    path = export(origin, tmp_path / "a.docx")
    table, package = read_report(path, ReadOptions(columns=read_docx(path).columns))
    assert table is not None and len(table.rows) == 29 and package is not None
    assert read_report(path, ReadOptions(remembered={"x": {0: "title"}}))[0] is None


@pytest.mark.parametrize("part", ["word/document.xml", "_rels/.rels"])
def test_a_damaged_export_is_refused_naming_the_file(origin, tmp_path, part):
    """The digest check reads the main part (named by the package's relationships): a part
    that does not unpack is refused in plain words, naming the file, as the reader does."""
    from desktop_app.exchange.report_file import ImportFileError

    path = export(origin, tmp_path / "a.docx")
    parts = members(path)
    with zipfile.ZipFile(path, "w") as archive:  # stored: its bytes sit in the file as they are
        for member, blob in parts.items():
            archive.writestr(member, blob, zipfile.ZIP_STORED if member == part
                             else zipfile.ZIP_DEFLATED)
    data = bytearray(path.read_bytes())
    at = data.index(parts[part][:60]) + 50
    data[at] ^= 0xFF  # a damaged sector: the part's checksum no longer holds
    path.write_bytes(bytes(data))
    with pytest.raises(ImportFileError, match="«a.docx».*повреждён"):
        table_vouched_for(path)
    with pytest.raises(ImportFileError, match="«a.docx».*повреждён"):
        read_report(path)
