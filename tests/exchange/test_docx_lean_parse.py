"""The DOCX reader parses the main part without its run/paragraph properties and cell
widths (docx_reader.without_formatting): it must read every document exactly as the
whole part reads, and fall back to the whole part wherever the cut is not sure."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from import_helpers import Q1
from office_shapes import SHAPES as OFFICE_SHAPES
from report_shapes import Shape, build_docx

from desktop_app.demo import load_demo
from desktop_app.exchange import docx_reader
from desktop_app.exchange.docx_reader import read_docx, without_formatting
from desktop_app.exchange.report_file import ImportFileError
from desktop_app.exchange.report_service import export_report_file
from desktop_app.storage.store import Store

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _part(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


def _with_part(source: Path, target: Path, data: bytes) -> Path:
    """A copy of ``source`` whose main part is ``data``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            new.writestr(item, data if item.filename == "word/document.xml"
                         else old.read(item.filename))
    return target


def _read_whole(path: Path, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as patch:
        patch.setattr(docx_reader, "without_formatting", lambda data: None)
        return read_docx(path)


def _documents(folder: Path) -> list[Path]:
    store = Store.in_memory()
    load_demo(store)
    ours = folder / "ours.docx"
    export_report_file(store, Q1, None, "docx", ours)
    shapes = [build_docx(folder / "reference.docx", Shape()),
              build_docx(folder / "blank.docx", Shape(merge="blank", multi="breaks")),
              build_docx(folder / "split.docx", Shape(split="department"))]
    office = [make().build(folder) for make in OFFICE_SHAPES if make().kind == "docx"]
    return [ours, *shapes, *office]


def test_the_lean_part_reads_as_the_whole_part(tmp_path, monkeypatch):
    documents = _documents(tmp_path)
    assert len(documents) > 6
    for path in documents:
        data = _part(path)
        lean = without_formatting(data)
        assert lean is not None and len(lean) < len(data), path.name  # the cut was made
        assert read_docx(path) == _read_whole(path, monkeypatch), path.name


def test_formatting_of_a_word_document_is_cut_only_where_sure():
    part = (f'<?xml version="1.0"?><w:document {W_NS}><w:body><w:p><w:pPr><w:jc w:val="left"/>'
            '<w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times" '
            'w:hAnsi="Times"/><w:b w:val="0"/></w:rPr><w:t>а</w:t></w:r><w:r><w:rPr>'
            '<w:rFonts w:eastAsia="Шрифт"/></w:rPr><w:t>б</w:t></w:r><w:r><w:rPr>'
            '<w:b w:val="1" w:val="0"/></w:rPr><w:t>в</w:t></w:r><w:r><w:rPr><w:lang '
            "w:val='ru-RU'/></w:rPr><w:t>г</w:t></w:r></w:p></w:body></w:document>")
    lean = without_formatting(part.encode()).decode()
    # Whole elements of empty ones with plain values go, nested paragraph-mark runs too...
    assert '<w:pPr><w:jc w:val="left"/></w:pPr>' in lean
    assert "Times" not in lean and '<w:b w:val="0"/>' not in lean
    # ...a non-ASCII value, a name given twice and single quotes stay as they were.
    assert "Шрифт" in lean and 'w:val="1" w:val="0"' in lean and "w:val='ru-RU'" in lean
    assert lean.count("<w:t>") == 4


@pytest.mark.parametrize("change", [
    lambda d: d.replace(b"<w:body>", b"<w:body><!-- a comment -->", 1),
    lambda d: d.replace(b"<w:body>", b"<w:body><?pi x?>", 1),
    lambda d: d.replace(b"<w:body>", b'<w:body xmlns:w="urn:other">', 1),
    lambda d: d.replace(W_NS.encode(), b'xmlns:w="urn:other"', 1),
    lambda d: d.replace(b"<w:body>", "<w:body><w:p><w:r><w:t>Да!</w:t></w:r></w:p>".encode(), 1)
    .replace(b"<w:body>", b"<w:body><![CDATA[x]]>", 1),
    lambda d: d.replace(b"<w:body>", b"<w:body><?pi?>", 1).replace(b"?>", b">", 1),
], ids=["comment", "processing instruction", "w declared twice", "w is another namespace",
        "CDATA beside an exclamation mark", "a second <? past the start"])
def test_parts_the_cut_is_not_sure_of_are_read_whole(change, tmp_path):
    data = change(_part(build_docx(tmp_path / "r.docx", Shape())))
    assert without_formatting(data) is None


def test_question_and_exclamation_marks_in_text_still_allow_the_cut(tmp_path):
    data = _part(build_docx(tmp_path / "r.docx", Shape()))
    text = "<w:body><w:p><w:r><w:t>Да! Нет? А?</w:t></w:r></w:p>".encode()
    data = data.replace(b"<w:body>", text, 1)
    assert without_formatting(data) is not None


def test_a_part_over_the_size_limit_is_refused_as_before(monkeypatch, tmp_path):
    path = build_docx(tmp_path / "r.docx", Shape())
    monkeypatch.setattr(docx_reader.safety, "MAX_XML", len(_part(path)) - 1)
    assert without_formatting(_part(path)) is None
    with pytest.raises(ImportFileError, match="слишком велика"):
        read_docx(path)


@pytest.mark.parametrize("damage", [
    b'<w:rPr><w:b w:val="0"></w:rPr>',  # an element left open inside the properties
    b'<w:rPr><w:b w:val="0" w:val="1"/></w:rPr>',  # an attribute given twice
    b'<w:rPr><w:b w:val="0/></w:rPr>',  # a value never closed
], ids=["element left open", "attribute twice", "value never closed"])
def test_a_part_damaged_inside_its_formatting_is_still_refused(damage, tmp_path):
    source = build_docx(tmp_path / "r.docx", Shape())
    data = _part(source).replace(b"<w:r>", b"<w:r>" + damage, 1)
    path = _with_part(source, tmp_path / "damaged.docx", data)
    with pytest.raises(ImportFileError, match="повреждён"):
        read_docx(path)


def test_a_lean_part_that_does_not_parse_falls_back_to_the_whole(monkeypatch, tmp_path):
    path = build_docx(tmp_path / "r.docx", Shape())
    monkeypatch.setattr(docx_reader, "without_formatting", lambda data: b"<not xml")
    assert read_docx(path) == _read_whole(path, monkeypatch)
