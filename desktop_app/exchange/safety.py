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


# -- reading a spreadsheet within a budget ---------------------------------------------------

#: Letters a sheet may hand out, at least; more in proportion to the file's unpacked size.
#: A spreadsheet's shared strings let 40 KB reference one long text a million times.
MIN_TEXT_BUDGET = 10_000_000
TEXT_BUDGET_PER_BYTE = 4
MAX_CELLS_READ = 5_000_000


class ReadBudget:
    """Counts the cells and letters a reader takes from a file; refuses past the limit."""

    def __init__(self, unpacked_bytes: int = 0) -> None:
        self.text_left = max(MIN_TEXT_BUDGET, TEXT_BUDGET_PER_BYTE * unpacked_bytes)
        self.cells_left = MAX_CELLS_READ

    def charge(self, cells: int, letters: int) -> None:
        self.cells_left -= cells
        self.text_left -= letters
        if self.text_left < 0:
            raise UnsafeFile(
                "в таблице слишком много текста для такого маленького файла: одна и та же "
                "длинная строка повторена в огромном числе ячеек. Файл не загружен."
            )
        if self.cells_left < 0:
            raise UnsafeFile("в таблице слишком много ячеек (похоже на повреждённый файл).")


def unpacked_size(path: Path | str) -> int:
    """The sum of the archive's declared sizes (already bounded by check_zip)."""
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


def sheet_values(ws: object, budget: ReadBudget) -> list[tuple[object, ...]]:
    """Rows of cell values, built from the cells the sheet really has.

    openpyxl's iter_rows walks the whole rectangle up to the farthest cell: one
    value at H600000 makes 4.8 million cell objects. Here an empty row costs an
    empty tuple and every value read is charged to the budget.
    """
    cells = getattr(ws, "_cells", None)
    if cells is None:  # a read-only worksheet streams already
        out = []
        for values in ws.iter_rows(values_only=True):  # type: ignore[attr-defined]
            budget.charge(len(values), sum(len(str(v)) for v in values if v is not None))
            out.append(values)
        return out
    rows: dict[int, dict[int, object]] = {}
    for (r, c), cell in cells.items():
        value = cell.value
        if value is not None:
            rows.setdefault(r, {})[c] = value
    out: list[tuple[object, ...]] = []
    for r in range(1, max(rows, default=0) + 1):
        row = rows.get(r)
        if not row:
            out.append(())
            continue
        width = max(row)
        budget.charge(width, sum(len(str(v)) for v in row.values()))
        out.append(tuple(row.get(c) for c in range(1, width + 1)))
    return out
