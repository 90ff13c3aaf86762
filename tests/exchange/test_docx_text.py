"""The DOCX written as text (docx_text) is the file python-docx writes (docx_report).

The export takes the text way whenever it can; python-docx stays for the summary
appendix and for templates the text way leaves to it. Either way the user gets the
same parts with the same bytes, bar the time stamps and the records' item id.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document

from desktop_app.demo import load_demo
from desktop_app.domain.periods import ReportPeriod
from desktop_app.domain.report import ReportStyle
from desktop_app.exchange.docx_report import save_docx
from desktop_app.exchange.docx_text import load_template, save_docx_text
from desktop_app.exchange.package import embed_package, read_package
from desktop_app.exchange.report_service import build_store_report, export_report_file
from desktop_app.storage.store import Store

Q1 = ReportPeriod.quarter(2020, 1)
# The core properties' dates, the records' export time and their item id.
_STAMPS = re.compile(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ|"exported_at": "[^"]*"|\{[0-9A-F-]{36}\}')


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: _STAMPS.sub(b"STAMP", archive.read(name)) for name in archive.namelist()}


@pytest.fixture(scope="module")
def store() -> Store:
    store = Store.in_memory()
    load_demo(store)
    return store


def _region_template(folder: Path) -> Path:
    """python-docx's own default document as a region's blank: a thumbnail, a
    stylesWithEffects part, core properties of 2013 — all of which the export replaces."""
    template = Document()
    template.add_paragraph("Бланк региона & Co")
    template.add_paragraph("{title}")
    template.add_paragraph("{period}")
    table = template.add_table(rows=2, cols=8)
    table.cell(1, 0).text = "x"
    template.add_paragraph("{signature}")
    template.add_paragraph("{executor}")
    path = folder / "blank.docx"
    template.save(str(path))
    return path


def _entries(path: Path) -> list[tuple]:
    with zipfile.ZipFile(path) as archive:
        return [(i.filename, i.compress_type, i.external_attr, i.flag_bits, i.create_system,
                 i.extract_version, i.extra) for i in archive.infolist()]


@pytest.mark.parametrize("kind", ["default", "region", "in pieces"])
def test_text_way_writes_the_parts_python_docx_writes(tmp_path, store, kind, monkeypatch):
    template = None if kind == "default" else _region_template(tmp_path)
    if kind == "in pieces":  # the document's rows and the records streamed a few at a time
        from desktop_app.exchange import docx_text, package

        monkeypatch.setattr(docx_text, "ROWS_PER_PIECE", 3)
        monkeypatch.setattr(package, "DATA_PIECE", 700)
    style = ReportStyle(signature="Министр\nИ.И. Иванов", executor="Петров П.П., 8 (4812) 00-00-00")
    report = build_store_report(store, Q1)
    parts = load_template(template)
    assert parts is not None
    text, python_docx = tmp_path / "text.docx", tmp_path / "python_docx.docx"
    from desktop_app.exchange.package import package_contents, records_parts

    # Written without the main part's digest, as python-docx's way writes the records.
    assert save_docx_text(report, text, style, parts, template,
                          lambda _digest: records_parts(package_contents(store, report)))
    save_docx(report, python_docx, style, template,
              lambda document: embed_package(document, store, report))
    ours, theirs = _parts(text), _parts(python_docx)
    assert list(ours) == list(theirs)
    assert _entries(text) == _entries(python_docx)  # streamed entries as writestr makes them
    with zipfile.ZipFile(text) as ours_zip, zipfile.ZipFile(python_docx) as theirs_zip:
        # Dated now, as writestr dates them (a streamed entry by a plain name says 1980).
        assert {i.date_time[:3] for i in ours_zip.infolist()} == \
            {i.date_time[:3] for i in theirs_zip.infolist()}
        assert all(i.date_time[0] > 1980 for i in ours_zip.infolist())
    for name in theirs:
        assert ours[name] == theirs[name], name
    assert "docProps/thumbnail.jpeg" not in ours
    # The records part reads back with every event.
    package = read_package(text)
    assert package is not None and len(package.events) == len(report.event_rows())


def test_export_takes_the_text_way_without_importing_python_docx(tmp_path):
    """The reason the text way exists: the export's process never imports python-docx."""
    db = tmp_path / "r.db"
    script = (
        "import sys\n"
        "from desktop_app.demo import load_demo\n"
        "from desktop_app.domain.periods import ReportPeriod\n"
        "from desktop_app.exchange.report_service import export_report_file\n"
        "from desktop_app.storage.store import Store\n"
        f"store = Store.in_memory()\nload_demo(store)\n"
        f"export_report_file(store, ReportPeriod.quarter(2020, 1), None, 'docx', {str(db.with_suffix('.docx'))!r})\n"
        "print(sorted(m for m in sys.modules if m == 'docx' or m.startswith('docx.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
    assert read_package(db.with_suffix(".docx")) is not None


def test_a_template_with_records_goes_the_python_docx_way(tmp_path, store):
    """An exported report used as the template: python-docx replaces its records in place;
    the text way declines it, and the export still carries one records part, the new one."""
    first = export_report_file(store, Q1, None, "docx", tmp_path / "first.docx")
    assert load_template(first) is None
    dept = store.departments()[2].id
    second = export_report_file(store, Q1, [dept], "docx", tmp_path / "second.docx",
                                template=first)
    with zipfile.ZipFile(second) as archive:
        items = [n for n in archive.namelist() if re.fullmatch(r"customXml/item\d+\.xml", n)]
        ours = [n for n in items if b"urn:interreg:package:1" in archive.read(n)[:400]]
    assert len(ours) == 1
    package = read_package(second)
    assert package is not None
    assert {e.event.department_id for e in package.events} == {dept}


def test_a_broken_template_still_gets_the_plain_message(tmp_path, store):
    bad = tmp_path / "t.docx"
    bad.write_bytes(b"not a docx")
    assert load_template(bad) is None
    from desktop_app.exchange.files import ExportError

    with pytest.raises(ExportError, match="не является документом Word"):
        export_report_file(store, Q1, None, "docx", tmp_path / "out.docx", template=bad)
