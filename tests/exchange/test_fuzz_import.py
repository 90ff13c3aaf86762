"""Thousands of damaged DOCX and XLSX files through the importer.

Each case mutates a valid export: its raw bytes (a damaged download), or one
XML part inside an otherwise valid zip (a hand-edited or hostile file). The
importer must answer with a UserError or import something sane, and a failure
must leave the database exactly as it was.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.errors import UserError
from desktop_app.exchange.import_plan import apply_plan
from desktop_app.exchange.importer import import_files
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

Q1 = ReportPeriod.quarter(2020, 1)
# openpyxl warns about the broken parts it is fed here; that is the point.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")
# CI runs the same cases every time (a red build must be reproducible); set
# INTERREG_FUZZ_RANDOM=1 to explore new ones locally.
FUZZ = settings(
    max_examples=700,
    deadline=None,
    database=None,
    derandomize=not os.environ.get("INTERREG_FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)

# Pieces a hostile or broken file might hold where the reader expects table XML.
SNIPPETS = [
    b'<!DOCTYPE d [<!ENTITY s SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b"&s;", b"&b;", b"&#0;", b"&#xFFFF;", b"\x00", b"\xff\xfe",
    b"<w:tc>", b"</w:tc>", b"<w:tr>", b"</w:tr>", b"<w:tbl>", b"</w:tbl>",
    b'<w:gridSpan w:val="99999"/>', b'<w:gridSpan w:val="-3"/>', b'<w:gridSpan w:val="x"/>',
    b'<w:vMerge w:val="restart"/>', b"<w:vMerge/>", b"<w:br/>",
    b'<w:t xml:space="preserve">' + "Х".encode() * 150_000 + b"</w:t>",
    b'<c r="XFD1048576" t="s"><v>999999</v></c>', b'<c r="A1" t="n"><v>1e400</v></c>',
    b'<mergeCell ref="A1:XFD1048576"/>', b'<mergeCell ref="B2:A1"/>', b'<row r="-1">',
    "I квартал".encode(), b"1.", "29 февраля -1 марта".encode(), "31 апреля".encode(), b"",
    b'{"events": [{"id": null}]}', b'"version": -1', b'"starts_on": "2020-13-45"',
]


def _texts(store: Store) -> str:
    rows = store.db.execute("SELECT title || place || participants || result FROM events")
    return "".join(r[0] for r in rows)


def _state(store: Store) -> tuple:
    log = store.db.execute("SELECT count(*), coalesce(max(id), 0) FROM change_log").fetchone()
    versions = store.db.execute(
        "SELECT group_concat(id || ':' || version, ',') FROM (SELECT * FROM events ORDER BY id)"
    ).fetchone()[0]
    return tuple(store.counts().items()), tuple(log), versions


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("originals")
    store = Store.in_memory()
    load_demo(store)
    # One department's part: a real shape, small enough for thousands of cases.
    dept = store.departments()[2].id
    out = {}
    for fmt in ("docx", "xlsx"):
        path = export_report_file(store, Q1, [dept], fmt, folder / f"r.{fmt}")
        out[fmt] = path.read_bytes()
    return out


@pytest.fixture(scope="module")
def target() -> Store:
    store = Store.in_memory()
    load_demo(store)
    return store


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _import_checked(store: Store, path: Path, create_missing: bool) -> str:
    """Import inside an outer transaction that is rolled back, so cases stay independent."""
    before = _state(store)
    store.db.execute("BEGIN")
    try:
        try:
            plan = import_files(store, [path], create_missing=create_missing)
            apply_plan(store, plan)
        except UserError as exc:
            assert str(exc).strip(), "a refusal must say why"
            assert _state(store) == before, "a failed import changed the database"
            return "refused"
        assert store.integrity() == "ok"
        assert "root:x:0:0" not in _texts(store), "an external entity was resolved"
        return "imported"
    finally:
        store.db.execute("ROLLBACK")
        assert _state(store) == before


def _rezip(original: bytes, member: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == member else src.read(info))
    return out.getvalue()


def _xml_members(original: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        names = [n for n in zf.namelist() if n.endswith((".xml", ".rels"))]
    # The parts the importer reads first get most of the cases.
    main = [n for n in names if n in ("word/document.xml", "xl/worksheets/sheet1.xml")
            or n.startswith("customXml/item") or n.endswith("sharedStrings.xml")]
    return main * 4 + names


# A case is a small recipe (positions and choices), applied outside hypothesis, so
# that a failing case prints as a few numbers rather than a whole file.
XML_OPS = st.lists(
    st.tuples(st.sampled_from(["snippet", "random", "delete", "duplicate", "number"]),
              st.integers(0, 10**9), st.integers(0, 400), st.integers(0, 10**12)),
    min_size=1, max_size=4,
)
BYTE_OPS = st.tuples(
    st.sampled_from(["flip", "flip", "truncate", "splice"]),
    st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 255)), min_size=1, max_size=12),
)


def mutate_xml(data: bytes, ops: list[tuple[str, int, int, int]]) -> bytes:
    for op, at, length, value in ops:
        i = at % (len(data) + 1)
        j = min(len(data), i + length)
        if op == "snippet":
            data = data[:i] + SNIPPETS[value % len(SNIPPETS)] + data[j:]
        elif op == "random":
            data = data[:i] + value.to_bytes(6, "little")[: length % 7] + data[j:]
        elif op == "delete":
            data = data[:i] + data[j:]
        elif op == "duplicate":
            data = data[:j] + data[i:j] + data[j:]
        else:
            digits = [k for k in range(i, min(len(data), i + 4000)) if 48 <= data[k] <= 57]
            if digits:
                k = digits[value % len(digits)]
                data = data[:k] + str(value - 10**6).encode() + data[k + 1:]
    return data


def mutate_bytes(data: bytes, recipe: tuple[str, list[tuple[int, int]]]) -> bytes:
    kind, points = recipe
    buf = bytearray(data)
    if kind == "flip":
        for at, value in points:
            buf[at % len(buf)] = value
    elif kind == "truncate":
        del buf[points[0][0] % len(buf):]
    else:
        i = points[0][0] % len(buf)
        buf[i:i + points[0][1] % 64] = bytes(v for _, v in points)
    return bytes(buf)


def _run(fmt: str, mutated: bytes, workdir: Path, target: Store, create_missing: bool,
         tally: dict[str, int]) -> None:
    path = workdir / f"case.{fmt}"
    path.write_bytes(mutated)
    tally[_import_checked(target, path, create_missing)] += 1


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_fuzz_xml_inside_valid_zip(fmt, originals, target, workdir):
    original = originals[fmt]
    members = _xml_members(original)
    tally = {"refused": 0, "imported": 0}

    with zipfile.ZipFile(io.BytesIO(original)) as zf:
        parts = {name: zf.read(name) for name in set(members)}

    @FUZZ
    @given(member=st.sampled_from(members), ops=XML_OPS, create_missing=st.booleans())
    def case(member, ops, create_missing):
        mutated = _rezip(original, member, mutate_xml(parts[member], ops))
        _run(fmt, mutated, workdir, target, create_missing, tally)

    case()
    print(fmt, "xml mutations:", tally)
    # Both outcomes must occur, or the mutations are not reaching the reader.
    assert tally["refused"] > 20 and tally["imported"] > 20


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_fuzz_raw_bytes(fmt, originals, target, workdir):
    original = originals[fmt]
    tally = {"refused": 0, "imported": 0}

    @settings(FUZZ, max_examples=500)
    @given(recipe=BYTE_OPS, create_missing=st.booleans())
    def case(recipe, create_missing):
        _run(fmt, mutate_bytes(original, recipe), workdir, target, create_missing, tally)

    case()
    print(fmt, "byte mutations:", tally)
    assert tally["refused"] > 50


def test_unmodified_exports_import(originals, target, workdir):
    """The baseline the mutations start from is a file the importer accepts."""
    for fmt, data in originals.items():
        path = workdir / f"plain.{fmt}"
        path.write_bytes(data)
        assert _import_checked(target, path, True) == "imported"
