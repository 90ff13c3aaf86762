"""Checks on files from elsewhere, made before their contents are read.

An attachment may be a zip bomb (a few kilobytes that unpack to gigabytes), XML
that asks for external entities or the network, or a table cell of a hundred
megabytes. Every check here reads only the zip's directory or an already
bounded string, and refuses with :class:`UnsafeFile`, a plain message.
Messages start in lower case: the importer prefixes «Файл «…» не загружен: ».
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import UserError


class UnsafeFile(UserError):
    """A file refused as out of proportion or unsafe to read."""


@dataclass(frozen=True)
class ZipLimits:
    # A quarterly report of thousands of rows is a few megabytes unpacked; the caps
    # leave room for 100,000 events and pictures while keeping a bomb out.
    max_entries: int = 5000
    max_entry_size: int = 256 * 1024 * 1024
    max_total_size: int = 512 * 1024 * 1024
    # Office XML compresses 5-30 times; a bomb compresses thousands of times.
    # Small parts are exempt: a tiny repetitive part can honestly compress well.
    max_ratio: float = 150.0
    ratio_floor: int = 2 * 1024 * 1024


LIMITS = ZipLimits()
MAX_TEXT = 100_000  # characters in one cell or field; the reference's longest is ~2,000
MAX_XML = LIMITS.max_entry_size


def check_zip(archive: zipfile.ZipFile, path: Path | str | None = None,
              limits: ZipLimits = LIMITS) -> None:
    """Refuse an archive by its directory alone: entry count, sizes, ratios, encryption.

    The sizes are the ones the archive declares; zipfile never returns more
    than the declared size of an entry, so a lying header cannot get past them.
    """
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise UnsafeFile(
            f"в архиве слишком много частей ({len(infos)}) — похоже на повреждённый "
            "или опасный файл."
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise UnsafeFile(
                "файл зашифрован или защищён паролем. Снимите защиту в Word/Excel и "
                "загрузите снова."
            )
        if info.file_size > limits.max_entry_size:
            raise UnsafeFile(
                f"часть «{info.filename[:80]}» после распаковки слишком велика "
                f"({info.file_size // (1024 * 1024)} МБ) — похоже на опасный архив."
            )
        if info.file_size > limits.ratio_floor and (
            info.file_size > limits.max_ratio * max(info.compress_size, 1)
        ):
            raise UnsafeFile(
                f"часть «{info.filename[:80]}» сжата в {info.file_size // max(info.compress_size, 1)} "
                "раз — так сжимаются только «архивные бомбы». Файл не открыт."
            )
        total += info.file_size
        if total > limits.max_total_size:
            raise UnsafeFile(
                "файл после распаковки слишком велик — похоже на повреждённый или опасный архив."
            )


def check_zip_file(path: Path | str, limits: ZipLimits = LIMITS) -> None:
    """The same checks for a file on disk (opens and closes the archive)."""
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive, path, limits)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise UnsafeFile("файл повреждён (это не целый архив .docx/.xlsx).") from None


def safe_xml_parser() -> etree.XMLParser:
    """lxml parser that never expands entities, loads a DTD or touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes) -> etree._Element:
    """Parse one part of an Office file; refuse a DTD (Office never writes one)."""
    if len(data) > MAX_XML:
        raise UnsafeFile("часть документа слишком велика.")
    try:
        root = etree.fromstring(data, safe_xml_parser())
    except (etree.XMLSyntaxError, ValueError):
        raise UnsafeFile("документ внутри файла повреждён (XML не читается).") from None
    if root is None:
        raise UnsafeFile("документ внутри файла пуст.")
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise UnsafeFile(
            "документ содержит объявления DTD, которых не бывает в файлах Word и Excel; "
            "файл не открыт из соображений безопасности."
        )
    return root


def check_text(text: str, what: str = "текст ячейки", limit: int = MAX_TEXT) -> str:
    """Return ``text`` if it is of a sane length, else refuse the file."""
    if len(text) > limit:
        raise UnsafeFile(
            f"{what} слишком длинный ({len(text)} знаков, допускается до {limit}). "
            "Проверьте файл: похоже, он повреждён."
        )
    return text
