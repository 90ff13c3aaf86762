"""The zip-directory guard on the real import path, and where exactly its limits lie.

The files here are ones only the directory check can stop: the parts the reader
would unpack are small enough for its own per-part cap, so if the import skipped
the directory check, the reader would unpack the bomb (which the test forbids).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from report_shapes import build_docx

from desktop_app.exchange import safety
from desktop_app.exchange.importer import import_files
from desktop_app.exchange.report_file import ImportFileError
from desktop_app.storage.store import Store


def _forbid_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    def unpack(*args, **kwargs):
        pytest.fail("the archive was unpacked before its directory was checked")

    monkeypatch.setattr(zipfile.ZipFile, "open", unpack)
    monkeypatch.setattr(zipfile.ZipFile, "read", unpack)


def _with_extra_parts(source: Path, target: Path, parts: dict[str, bytes]) -> Path:
    """A real report with ``parts`` added: Word would open it, the reader would too."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for name, data in parts.items():
            dst.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def _refused(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    store = Store.in_memory()
    _forbid_unpacking(monkeypatch)
    with pytest.raises(ImportFileError) as caught:
        import_files(store, [path], create_missing=True)
    monkeypatch.undo()
    assert store.counts()["events"] == 0
    return str(caught.value)


def test_a_highly_compressed_document_is_refused_on_import_before_unpacking(tmp_path, monkeypatch):
    # 40 MB of zeros: under the reader's per-part cap, so only the ratio check stops it.
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (40 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    message = _refused(bomb, monkeypatch)
    assert "bomb.docx" in message and "архивные бомбы" in message


def test_a_report_with_thousands_of_extra_parts_is_refused_on_import(tmp_path, monkeypatch):
    # The reader only opens the parts it knows; the count is seen in the directory alone.
    extra = {f"extra/part{i}.xml": b"<a/>" for i in range(safety.LIMITS.max_entries)}
    path = _with_extra_parts(build_docx(tmp_path / "r.docx"), tmp_path / "many.docx", extra)
    message = _refused(path, monkeypatch)
    assert "many.docx" in message and "слишком много частей" in message


def test_an_ordinary_report_passes_the_guard(tmp_path):
    path = build_docx(tmp_path / "r.docx")
    safety.check_zip_file(path)
    store = Store.in_memory()
    assert len(import_files(store, [path], create_missing=True).rows) == 29


# -- the limits, one step either side ------------------------------------------------

LIMITS = safety.ZipLimits(max_entries=3, max_entry_size=1000, max_total_size=1500,
                          max_ratio=10.0, ratio_floor=500)


def _archive(parts: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return zipfile.ZipFile(io.BytesIO(buffer.getvalue()))


def _noise(n: int, seed: int = 1) -> bytes:
    """Bytes that do not compress, so only sizes (not ratios) matter."""
    import random

    return random.Random(seed).randbytes(n)


def test_entry_count_limit_is_inclusive():
    safety.check_zip(_archive({f"{i}.xml": b"<a/>" for i in range(3)}), limits=LIMITS)
    with pytest.raises(safety.UnsafeFile, match=r"слишком много частей \(4\)"):
        safety.check_zip(_archive({f"{i}.xml": b"<a/>" for i in range(4)}), limits=LIMITS)


def test_entry_size_limit_is_inclusive():
    safety.check_zip(_archive({"a.xml": _noise(1000)}), limits=LIMITS)
    with pytest.raises(safety.UnsafeFile, match="«a.xml» после распаковки слишком велика"):
        safety.check_zip(_archive({"a.xml": _noise(1001)}), limits=LIMITS)


def test_total_size_limit_counts_every_part():
    safety.check_zip(_archive({"a.xml": _noise(750), "b.xml": _noise(750, 2)}), limits=LIMITS)
    with pytest.raises(safety.UnsafeFile, match="файл после распаковки слишком велик"):
        safety.check_zip(_archive({"a.xml": _noise(750), "b.xml": _noise(751, 2)}),
                         limits=LIMITS)
    with pytest.raises(safety.UnsafeFile, match="файл после распаковки слишком велик"):
        safety.check_zip(_archive({"a.xml": _noise(500), "b.xml": _noise(500, 2),
                                   "c.xml": _noise(501, 3)}), limits=LIMITS)


def test_ratio_limit_spares_small_parts_and_honest_compression():
    deflated = zipfile.ZIP_DEFLATED
    # under the floor: any ratio is allowed (a tiny repetitive part compresses well)
    safety.check_zip(_archive({"a.xml": b"\0" * 500}, deflated), limits=LIMITS)
    # over the floor and compressed far more than max_ratio: refused, with the ratio named
    with pytest.raises(safety.UnsafeFile, match=r"«a.xml» сжата в \d+ раз"):
        safety.check_zip(_archive({"a.xml": b"\0" * 900}, deflated), limits=LIMITS)
    # over the floor but barely compressible: allowed
    safety.check_zip(_archive({"a.xml": _noise(900)}, deflated), limits=LIMITS)


def test_ratio_limit_boundary():
    limits = safety.ZipLimits(max_ratio=2.0, ratio_floor=10)
    # stored (not compressed): ratio 1, far under any limit
    safety.check_zip(_archive({"a.xml": b"x" * 100}), limits=limits)
    archive = _archive({"a.xml": b"x" * 100}, zipfile.ZIP_DEFLATED)
    info = archive.infolist()[0]
    ratio = info.file_size / info.compress_size
    safety.check_zip(archive, limits=safety.ZipLimits(max_ratio=ratio, ratio_floor=10))
    with pytest.raises(safety.UnsafeFile):
        safety.check_zip(archive, limits=safety.ZipLimits(max_ratio=ratio * 0.99, ratio_floor=10))
    # exactly at the floor the part is still exempt
    safety.check_zip(archive, limits=safety.ZipLimits(max_ratio=1.0, ratio_floor=100))
    with pytest.raises(safety.UnsafeFile):
        safety.check_zip(archive, limits=safety.ZipLimits(max_ratio=1.0, ratio_floor=99))


def test_an_encrypted_part_is_refused_with_advice():
    archive = _archive({"a.xml": b"<a/>"})
    archive.infolist()[0].flag_bits |= 0x1
    with pytest.raises(safety.UnsafeFile, match="зашифрован или защищён паролем"):
        safety.check_zip(archive, limits=LIMITS)
    archive = _archive({"a.xml": b"<a/>"})
    archive.infolist()[0].flag_bits |= 0x8  # a data descriptor is not encryption
    safety.check_zip(archive, limits=LIMITS)


def test_the_module_limits_leave_room_for_real_reports():
    """A quarterly report of 100,000 events unpacks to tens of megabytes."""
    assert safety.LIMITS.max_entries >= 1000
    assert safety.LIMITS.max_entry_size >= 100 * 1024 * 1024
    assert safety.LIMITS.max_total_size >= safety.LIMITS.max_entry_size
    assert 50 <= safety.LIMITS.max_ratio <= 1000


def _message(archive, limits) -> str:
    with pytest.raises(safety.UnsafeFile) as caught:
        safety.check_zip(archive, limits=limits)
    return str(caught.value)


def test_every_refusal_reads_in_full():
    """The clerk sees these after «Файл «…» не загружен: »; each names the part and the figure."""
    assert _message(_archive({f"{i}.xml": b"<a/>" for i in range(4)}), LIMITS) == (
        "в архиве слишком много частей (4) — похоже на повреждённый или опасный файл.")
    locked = _archive({"a.xml": b"<a/>"})
    locked.infolist()[0].flag_bits |= 0x1
    assert _message(locked, LIMITS) == (
        "файл зашифрован или защищён паролем. Снимите защиту в Word/Excel и загрузите снова.")
    long_name = "п" * 100 + ".xml"
    mb = 1024 * 1024
    big = _archive({long_name: b"\0" * (3 * mb + 1)}, zipfile.ZIP_STORED)
    assert _message(big, safety.ZipLimits(max_entry_size=2 * mb)) == (
        f"часть «{'п' * 80}» после распаковки слишком велика (3 МБ) — похоже на опасный архив.")
    packed = _archive({"word/document.xml": b"\0" * 5000}, zipfile.ZIP_DEFLATED)
    info = packed.infolist()[0]
    assert _message(packed, safety.ZipLimits(max_ratio=2.0, ratio_floor=100)) == (
        f"часть «word/document.xml» сжата в {info.file_size // info.compress_size} раз — так "
        "сжимаются только «архивные бомбы». Файл не открыт.")
    assert _message(_archive({"a.xml": _noise(800), "b.xml": _noise(800, 2)}), LIMITS) == (
        "файл после распаковки слишком велик — похоже на повреждённый или опасный архив.")


def test_a_ratio_refusal_names_a_long_part_by_its_first_80_characters():
    long_name = "с" * 100 + ".xml"
    packed = _archive({long_name: b"\0" * 5000}, zipfile.ZIP_DEFLATED)
    message = _message(packed, safety.ZipLimits(max_ratio=2.0, ratio_floor=100))
    assert message.startswith(f"часть «{'с' * 80}» сжата в ")


def test_a_directory_declaring_nothing_packed_is_refused_without_a_crash():
    """A crafted header may claim a 3 MB part packed into 0 bytes: no division by zero."""
    archive = _archive({"a.xml": b"\0" * (3 * 1024 * 1024)}, zipfile.ZIP_DEFLATED)
    info = archive.infolist()[0]
    info.compress_size = 0
    assert _message(archive, safety.LIMITS) == (
        f"часть «a.xml» сжата в {3 * 1024 * 1024} раз — так сжимаются только «архивные бомбы». "
        "Файл не открыт.")
