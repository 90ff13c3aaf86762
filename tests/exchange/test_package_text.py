"""The records part written as text (SQLite's JSON of each record, the XML by hand) is
the very text the plain way — each record a dict through json.dumps, the part a tree
through lxml — gives: the importer and older copies of the program read it unchanged."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from import_helpers import Q1
from lxml import etree

from desktop_app.demo import load_demo
from desktop_app.domain.entities import EventStatus
from desktop_app.exchange import package as pkg
from desktop_app.exchange.report_service import build_store_report
from desktop_app.storage.package_rows import event_records
from desktop_app.storage.store import Store

ODD = 'Кавычки " и \\ обратная черта, <&>, таб\tи\r\nперевод, \x01\x1f\x7f, «ё» \u2028 😀'


@pytest.fixture
def store() -> Store:
    store = Store.in_memory()
    load_demo(store)
    events = store.events_in_period(Q1)
    regions = ["Тверская область", 'Край "Д"']
    store.save_event(replace(events[0], title=ODD, note=ODD, participants_count=None,
                             repeat_agreement=True, participant_regions=regions,
                             status=EventStatus.PLANNED))
    agreements = [a.id for a in store.agreements()]
    # Agreements in an order that is neither the ids' nor the titles'.
    store.save_event(replace(events[1], agreement_ids=[agreements[3], agreements[0],
                                                       agreements[2]], participants_count=0))
    return store


def _joined(contents) -> str:
    """The payload's JSON text whole (the export writes it in pieces)."""
    return "".join(pkg._texts(contents))


def _payload(contents) -> str:
    """The payload made safe for XML at once, as the export once wrote it: the reference
    the pieces are held to (surrogates, U+FFFE and U+FFFF as \\u escapes)."""
    payload = _joined(contents)
    try:
        payload.encode("utf-8")
    except UnicodeEncodeError:
        return pkg._xml_safe(payload)
    return pkg._xml_safe(payload) if pkg._has_non_xml_char(payload) else payload


def _item_xml(payload: str) -> bytes:
    """The records part for this payload, whole."""
    return b"".join(pkg._item_pieces(payload[start:start + pkg.DATA_PIECE]
                                     for start in range(0, max(len(payload), 1), pkg.DATA_PIECE)))


def plain_records(store: Store, report) -> list[str]:
    """The records part's events as the plain way writes them (the format's definition)."""
    keys = pkg.MatchKeys()
    ids = list(dict.fromkeys(row.event_id for row in report.event_rows()))
    records = event_records(store, ids)
    history = pkg._history(store, ids, keys)
    printed = pkg.printed_row_hashes(report, keys)
    for record in records:
        record["row_hash"] = printed[record["id"]]
        record["history"] = history[record["id"]]
    return [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]


def test_each_record_is_the_text_json_dumps_gives(store):
    report = build_store_report(store, Q1)
    contents = pkg.package_contents(store, report)
    assert contents.events == plain_records(store, report)
    assert any(len(json.loads(t)["history"]) > 1 for t in contents.events)  # edited ones
    odd = next(json.loads(t) for t in contents.events if json.loads(t)["title"] == ODD)
    assert odd["repeat_agreement"] is True and odd["participants_count"] is None
    assert odd["participant_regions"] == ["Тверская область", 'Край "Д"']
    assert {d.id for d in contents.departments} == {json.loads(t)["department_id"]
                                                    for t in contents.events}


@pytest.mark.parametrize("payload", ["", '{"a": "<&>\\r"}', "ё" * 2500 + "&" * 10])
def test_the_part_is_the_xml_lxml_writes(payload, monkeypatch):
    monkeypatch.setattr(pkg, "DATA_PIECE", 1000)
    root = etree.Element(f"{{{pkg.NAMESPACE}}}package", nsmap={"ir": pkg.NAMESPACE})
    root.set("format", str(pkg.FORMAT))
    for start in range(0, max(len(payload), 1), pkg.DATA_PIECE):
        etree.SubElement(root, f"{{{pkg.NAMESPACE}}}data").text = payload[start:start + 1000]
    expected = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    assert _item_xml(payload) == expected


@pytest.mark.parametrize("sizes", [[], [5], [40, 3, 3, 120, 1], [17] * 9, [1000]])
def test_the_payload_in_pieces_is_the_payload_cut_every_data_piece(sizes, monkeypatch):
    # The export writes the payload a piece at a time; the pieces must be the one text
    # cut every DATA_PIECE characters, whatever the events' lengths (one longer than a
    # piece, pieces ending inside ", ", the last piece short or exactly full).
    monkeypatch.setattr(pkg, "DATA_PIECE", 32)
    events = [json.dumps({"id": f"e{i}", "t": "ё" * n}, ensure_ascii=False)
              for i, n in enumerate(sizes)]
    contents = pkg.PackageContents(events, [], [], None)
    whole = _joined(contents)
    pieces = list(pkg._payload_pieces(contents))
    assert "".join(pieces) == whole
    assert all(len(p) == 32 for p in pieces[:-1]) and 0 < len(pieces[-1]) <= 32
    assert json.loads(whole)["events"] == [json.loads(e) for e in events]


@pytest.mark.parametrize("odd", ["\ud800 одинокий", "\ufffe и \uffff", "<&>\r", "простой"],
                         ids=["lone surrogate", "non-characters", "markup", "plain"])
def test_the_streamed_part_is_the_part_of_the_checked_payload(odd, monkeypatch):
    # Written piece by piece, each piece made XML-safe on its own: read back, the same
    # JSON as the whole payload checked at once, with the odd text where it was.
    monkeypatch.setattr(pkg, "DATA_PIECE", 7)
    record = json.dumps({"id": "e1", "title": odd * 3}, ensure_ascii=False)
    contents = pkg.PackageContents([record, record.replace("e1", "e2")], [], [], None)
    pieces, _props = pkg.records_parts(contents)
    blob = b"".join(pieces)
    root = etree.fromstring(blob)
    payload = "".join(d.text or "" for d in root.iterfind(f"{{{pkg.NAMESPACE}}}data"))
    expected = json.loads(_payload(contents))
    got = json.loads(payload)
    assert got["events"] == expected["events"]
    assert got["events"][0]["title"] == odd * 3


def test_printed_row_hashes_are_the_row_hash_of_each_printed_row(store):
    report = build_store_report(store, Q1)
    expected = {row.event_id: pkg.row_hash({name: getattr(row, name) for name in pkg.ROW_FIELDS})
                for row in report.event_rows()}
    assert pkg.printed_row_hashes(report) == expected


def test_content_hash_is_the_formats_digest_of_every_kind_of_value():
    # The definition older files were written with: their history must keep matching.
    import hashlib

    def defined(fields, department, agreements):
        parts = [pkg.match_key(department), "|".join(pkg.match_key(a) for a in agreements)]
        for name in pkg.CONTENT_FIELDS:
            value = fields.get(name)
            if isinstance(value, list):
                value = "|".join(value)
            parts.append("" if value is None else str(value))
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]

    fields = {"title": ODD, "timing": "", "participants_count": 12, "repeat_agreement": True,
              "participant_regions": ["Тверская область", "Край"], "status": EventStatus.DONE,
              "note": None, "starts_on": "2020-01-02"}
    for state in (fields, {**fields, "repeat_agreement": False, "participants_count": None,
                           "participant_regions": []}, {}):
        assert pkg.content_hash(state, "Департамент «Ё»", ["Согл. 1", "Согл. 2"]) == defined(
            state, "Департамент «Ё»", ["Согл. 1", "Согл. 2"])


def test_a_snapshot_that_is_the_stored_record_hashes_as_its_json_does(store, monkeypatch):
    # The stored state's snapshot is hashed from SQLite's text of the record's fields,
    # not its JSON: the history must be what reading every snapshot's JSON gives.
    report = build_store_report(store, Q1)
    rows = pkg.read_package_rows(store, pkg.report_event_ids(report))
    depts = {d.id: d.name for d in rows.departments}
    titles = {a.id: a.title for a in rows.agreements}
    expected = pkg._state_hashes(rows.revisions, depts, titles, pkg.MatchKeys())
    read = []
    original = pkg.content_hash
    monkeypatch.setattr(pkg, "content_hash",
                        lambda state, *rest: read.append(state) or original(state, *rest))
    contents = pkg.contents_from_rows(rows, report)
    history = {json.loads(t)["id"]: json.loads(t)["history"] for t in contents.events}
    assert history == expected
    snapshots = sum(len(texts) for texts in rows.revisions.values())
    assert len(read) < snapshots - len(rows.found) // 2  # most stored states skip the JSON


@pytest.mark.parametrize("odd", ["\ud800 одинокий", "\ufffe и \uffff", "<&>\r", "простой"],
                         ids=["lone surrogate", "non-characters", "markup", "plain"])
def test_the_attached_part_is_the_part_of_the_checked_payload(odd):
    # attach_contents skips _payload's own checks and lets the part's encode find a lone
    # surrogate: the bytes must be the ones the checked payload gives.
    import docx

    record = json.dumps({"id": "e1", "title": odd}, ensure_ascii=False)
    contents = pkg.PackageContents([record], [], [], None)
    document = docx.Document()
    pkg.attach_contents(document, contents)
    blob = next(rel.target_part.blob for rel in document.part.rels.values()
                if rel.reltype == pkg.RT_CUSTOM_XML and pkg._is_ours(rel.target_part.blob))
    stamp = re.compile(rb'"exported_at": "[^"]*"')
    assert stamp.sub(b"", blob) == stamp.sub(b"", _item_xml(_payload(contents)))
    assert json.loads(_payload(contents))["events"][0]["title"] == odd


def test_a_period_without_events_gives_an_empty_records_part():
    empty = Store.in_memory()
    contents = pkg.package_contents(empty, build_store_report(empty, Q1))
    assert contents.events == [] and contents.departments == []
    assert json.loads(_payload(contents))["events"] == []


def test_reading_the_tables_through_gives_what_looking_each_event_up_gives(store, monkeypatch):
    # Nearly all of a file's events are read by going through its tables: the same rows,
    # in the report's order, and each event's newest log entries only.
    from desktop_app.storage import package_rows

    report = build_store_report(store, Q1)
    ids = list(dict.fromkeys(row.event_id for row in report.event_rows()))[1:]
    looked_up = {}
    for through in (False, True):
        monkeypatch.setattr(package_rows, "_most_events", lambda *_, t=through: t)
        looked_up[through] = (
            package_rows.event_record_values(store, ids, pkg._GAPS, pkg.CONTENT_FIELDS),
            package_rows.revision_texts(store, ids, limit=1),
            package_rows.revision_texts(store, ids),
        )
    assert looked_up[True] == looked_up[False]
    records, newest, texts = looked_up[True]
    assert [r[0] for r in records] == ids
    assert list(texts) == ids and all(len(newest[i]) <= 2 for i in ids)
    assert any(len(t) > 2 for t in texts.values())


def test_a_printed_field_left_as_none_hashes_as_an_empty_one():
    from types import SimpleNamespace

    rows = [SimpleNamespace(event_id="a", title="Форум № 1", timing=None, place="Тверь",
                            participants="", result=None, note="—"),
            SimpleNamespace(event_id="b", title="форум №1", timing="", place="тверь",
                            participants=None, result="", note="-")]
    report = SimpleNamespace(event_rows=lambda: rows)
    hashes = pkg.printed_row_hashes(report)
    assert hashes == {r.event_id: pkg.row_hash(vars(r)) for r in rows}
    assert hashes["a"] == hashes["b"]


def test_row_hashes_of_many_rows_are_each_rows_row_hash():
    # The import hashes its 10,000 visible rows at once: each must be the row_hash of that
    # row alone (a field left None or empty, odd spacing, case, quotes and dashes alike).
    from types import SimpleNamespace

    rows = [SimpleNamespace(title=ODD, timing="5 февраля", place=None, participants="",
                            result="  «Итог» — да ", note="-"),
            SimpleNamespace(title="odd", timing="", place="г. Москва", participants="Все",
                            result='"итог" - ДА', note=None),
            SimpleNamespace(title=ODD, timing="5 февраля", place=None, participants="",
                            result="  «Итог» — да ", note="-")]
    expected = [pkg.row_hash({name: getattr(r, name) for name in pkg.ROW_FIELDS}) for r in rows]
    assert pkg.row_hashes(rows) == expected
    assert pkg.row_hashes(rows, pkg.MatchKeys({"odd": "x"})) != expected  # the keys it is given
    assert expected[0] == expected[2] != expected[1]


def test_row_hashes_do_not_see_soft_hyphens_or_zero_width_characters():
    """The DOCX reader drops them: a row printed with them must hash as it reads back."""
    from types import SimpleNamespace

    printed = {name: "" for name in pkg.ROW_FIELDS} | {
        "title": "Пере\u00adдача дан\u200bных", "note": "\ufeffв срок\u2060"}
    read = printed | {"title": "Передача данных", "note": "в срок"}
    assert pkg.row_hash(printed) == pkg.row_hash(read)
    rows = [SimpleNamespace(**printed), SimpleNamespace(**read)]
    assert pkg.row_hashes(rows) == [pkg.row_hash(read)] * 2
    assert pkg.row_hash(printed) != pkg.row_hash(read | {"title": "Передача"})
