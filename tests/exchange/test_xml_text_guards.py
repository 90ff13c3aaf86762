"""The XML and text guards' exact answers and limits (the messages end up in front of a clerk,
prefixed with the file's name)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from desktop_app.exchange import safety


def _refusal(call, *args) -> str:
    with pytest.raises(safety.UnsafeFile) as caught:
        call(*args)
    return str(caught.value)


def test_text_at_the_limit_passes_one_more_character_is_refused():
    assert safety.check_text("я" * 10, limit=10) == "я" * 10
    assert _refusal(safety.check_text, "я" * 11, "наименование", 10) == (
        "наименование слишком длинный (11 знаков, допускается до 10). "
        "Проверьте файл: похоже, он повреждён.")
    assert _refusal(safety.check_text, "я" * (safety.MAX_TEXT + 1)).startswith(
        f"текст ячейки слишком длинный ({safety.MAX_TEXT + 1} знаков, "
        f"допускается до {safety.MAX_TEXT}).")


def test_xml_size_limit(monkeypatch):
    monkeypatch.setattr(safety, "MAX_XML", 10)
    assert safety.parse_xml(b"<a>12</a>").text == "12"  # 9 bytes
    assert safety.parse_xml(b"<a>123</a>").text == "123"  # exactly 10
    assert _refusal(safety.parse_xml, b"<a>1234</a>") == "часть документа слишком велика."


def test_broken_xml_message():
    assert _refusal(safety.parse_xml, b"<a><b></a>") == (
        "документ внутри файла повреждён (XML не читается).")


def test_a_dtd_is_refused_even_without_entities():
    assert _refusal(safety.parse_xml, b'<!DOCTYPE a [<!ELEMENT a ANY>]><a/>') == (
        "документ содержит объявления DTD, которых не бывает в файлах Word и Excel; "
        "файл не открыт из соображений безопасности.")
    assert "DTD" in _refusal(safety.parse_xml, b'<!DOCTYPE a SYSTEM "a.dtd"><a/>')


def test_comments_and_processing_instructions_are_dropped():
    root = safety.parse_xml(b"<a><!-- x --><?pi y?><b>1</b></a>")
    assert [child.tag for child in root] == ["b"]


def test_the_parser_never_loads_or_fetches(tmp_path: Path):
    parser = safety.safe_xml_parser()
    outside = tmp_path / "x.xml"
    outside.write_text("<b>снаружи</b>", encoding="utf-8")
    xml = (f'<!DOCTYPE a [<!ENTITY e SYSTEM "{outside.as_uri()}">]><a>&e;</a>').encode()
    root = etree.fromstring(xml, parser)
    assert "снаружи" not in etree.tostring(root, encoding="unicode")
    # a huge text node is not allowed through libxml2's safety limit
    big = b"<a>" + b"x" * (11 * 1024 * 1024) + b"</a>"
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(big, parser)


def test_a_file_that_is_not_a_zip_is_called_damaged(tmp_path: Path):
    path = tmp_path / "r.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    assert _refusal(safety.check_zip_file, path) == (
        "файл повреждён (это не целый архив .docx/.xlsx).")
    missing = tmp_path / "нет.docx"
    assert "повреждён" in _refusal(safety.check_zip_file, missing)


def test_check_zip_file_applies_the_limits_given(tmp_path: Path):
    path = tmp_path / "r.docx"
    with zipfile.ZipFile(path, "w") as z:
        for i in range(3):
            z.writestr(f"{i}.xml", "<a/>")
    safety.check_zip_file(path, safety.ZipLimits(max_entries=3))
    assert "слишком много частей (3)" in _refusal(
        safety.check_zip_file, path, safety.ZipLimits(max_entries=2))


def test_the_parser_never_reads_an_external_dtd_from_disk(tmp_path: Path):
    """A document may point at any file on the clerk's disk as its DTD; it is never opened."""
    dtd = tmp_path / "x.dtd"
    dtd.write_text('<!ENTITY e "с диска"><!ATTLIST a x CDATA "с диска">', encoding="utf-8")
    xml = f'<!DOCTYPE a SYSTEM "{dtd.as_uri()}"><a>&e;</a>'.encode()
    root = etree.fromstring(xml, safety.safe_xml_parser())
    assert root.getroottree().docinfo.externalDTD is None
    assert "с диска" not in etree.tostring(root, encoding="unicode")
