"""The checks on untrusted files: zip bombs, encrypted parts, DTDs and entities, huge text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.exchange import safety


def _zip(entries: dict[str, bytes], path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def test_ordinary_office_shapes_pass(tmp_path: Path):
    text = ("<w:t>Форум «Россия» — всего 150 человек</w:t>" * 20000).encode()
    archive = _zip({"word/document.xml": text, "[Content_Types].xml": b"<Types/>"},
                   tmp_path / "ok.docx")
    safety.check_zip_file(archive)


def test_bomb_refused_by_ratio_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    bomb = _zip({"word/document.xml": b"\0" * (20 * 1024 * 1024)}, tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 100_000

    def no_reading(*args, **kwargs):
        raise AssertionError("the archive was unpacked before it was checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    with pytest.raises(safety.UnsafeFile, match="архивные бомбы"):
        safety.check_zip_file(bomb)


def test_entry_count_and_sizes_capped(tmp_path: Path):
    many = _zip({f"x/{i}.xml": b"<a/>" for i in range(60)}, tmp_path / "many.docx")
    with pytest.raises(safety.UnsafeFile, match="слишком много частей"):
        safety.check_zip_file(many, safety.ZipLimits(max_entries=50))
    big = _zip({"a.xml": b"<a>" + bytes(range(256)) * 8000 + b"</a>"}, tmp_path / "big.docx")
    with pytest.raises(safety.UnsafeFile, match="слишком велика"):
        safety.check_zip_file(big, safety.ZipLimits(max_entry_size=1_000_000))
    two = _zip({"a.xml": b"1" * 600_000, "b.xml": b"2" * 600_000}, tmp_path / "two.docx")
    with pytest.raises(safety.UnsafeFile, match="слишком велик"):
        safety.check_zip_file(two, safety.ZipLimits(max_total_size=1_000_000))


def test_lying_header_cannot_unpack_more_than_declared(tmp_path: Path):
    """zipfile stops at the declared size, so checking declared sizes is enough."""
    path = _zip({"a.xml": b"A" * 100_000}, tmp_path / "liar.docx")
    data = bytearray(path.read_bytes())
    # Declare 10 bytes in both the local header and the central directory.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    data[22:26] = (10).to_bytes(4, "little")
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        safety.check_zip(zf)
        with pytest.raises(zipfile.BadZipFile):
            zf.read("a.xml")  # checksum fails: never 100,000 bytes into memory as "10"


def test_encrypted_entry_refused(tmp_path: Path):
    path = _zip({"word/document.xml": b"<doc/>"}, tmp_path / "enc.docx")
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag as a password-protected zip carries it.
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 0x1
    data[6] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(safety.UnsafeFile, match="паролем"):
        safety.check_zip_file(path)


def test_not_a_zip(tmp_path: Path):
    p = tmp_path / "x.docx"
    p.write_bytes(b"PK\x03\x04 and then nothing")
    with pytest.raises(safety.UnsafeFile, match="повреждён"):
        safety.check_zip_file(p)


def test_external_entity_never_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("ПАРОЛЬ-123", encoding="utf-8")
    xxe = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
           "<d>&s;</d>").encode()
    with pytest.raises(safety.UnsafeFile, match="DTD"):
        safety.parse_xml(xxe)
    # Even the bare parser leaves the entity unexpanded.
    from lxml import etree

    root = etree.fromstring(xxe, safety.safe_xml_parser())
    assert "ПАРОЛЬ" not in etree.tostring(root, encoding="unicode")


def test_billion_laughs_refused_quickly():
    lol = b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lololololol">' + b"".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9)
    ) + b"]><l>&j;</l>"
    with pytest.raises(safety.UnsafeFile):
        safety.parse_xml(lol)


def test_broken_and_empty_xml():
    for data in (b"", b"<a><b></a>", b"\xff\xfe<a/>", b"<a/>" + b"\0"):
        with pytest.raises(safety.UnsafeFile):
            safety.parse_xml(data)
    assert safety.parse_xml(b"<a><!-- c --><b/></a>").tag == "a"


def test_text_cap():
    assert safety.check_text("всего 150 человек") == "всего 150 человек"
    with pytest.raises(safety.UnsafeFile, match="слишком длинный"):
        safety.check_text("я" * (safety.MAX_TEXT + 1))
    assert issubclass(safety.UnsafeFile, UserError)
