"""What an ELF file needs: its libraries (DT_NEEDED) and symbol versions (GLIBC_x.y).

The build uses the first to leave out libraries nothing loads and the second to print the
bundle's glibc floor. Read in plain Python so the build does not depend on binutils.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from pathlib import Path

SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1

Section = tuple[int, int, int, int, int, int, int, int, int, int]


def _sections(data: bytes) -> tuple[str, list[Section]]:
    if data[:4] != b"\x7fELF" or data[4] != 2:  # only 64-bit ELF is shipped
        return "<", []
    endian = "<" if data[5] == 1 else ">"
    shoff, = struct.unpack_from(endian + "Q", data, 0x28)
    shentsize, shnum = struct.unpack_from(endian + "HH", data, 0x3A)
    return endian, [struct.unpack_from(endian + "IIQQQQIIQQ", data, shoff + i * shentsize)
                    for i in range(shnum)]


def _string(data: bytes, at: int) -> str:
    return data[at:data.index(b"\0", at)].decode("ascii", "replace")


def _sections_of_kind(path: Path, wanted: int) -> Iterator[tuple[bytes, str, Section, int]]:
    """The file's bytes, byte order, each section of kind ``wanted`` and its string table."""
    data = path.read_bytes()
    endian, sections = _sections(data)
    for section in sections:
        if section[1] == wanted:
            yield data, endian, section, sections[section[6]][4]


def needed_libraries(path: Path) -> set[str]:
    """The sonames the ELF file at ``path`` links against (its DT_NEEDED entries)."""
    names: set[str] = set()
    for data, endian, section, strtab in _sections_of_kind(path, SHT_DYNAMIC):
        offset, size = section[4], section[5]
        for at in range(offset, offset + size, 16):
            tag, value = struct.unpack_from(endian + "qQ", data, at)
            if tag == DT_NEEDED:
                names.add(_string(data, strtab + value))
    return names


def needed_versions(path: Path) -> set[str]:
    """Version names (GLIBC_2.28, GLIBCXX_3.4, …) the ELF file at ``path`` requires."""
    names: set[str] = set()
    for data, endian, section, strtab in _sections_of_kind(path, SHT_GNU_VERNEED):
        entry = section[4]
        for _ in range(section[7]):  # sh_info: the number of Verneed entries
            _version, count, _file, aux, next_entry = struct.unpack_from(endian + "HHIII", data, entry)
            aux_at = entry + aux
            for _ in range(count):
                _hash, _flags, _other, name, next_aux = struct.unpack_from(endian + "IHHII", data, aux_at)
                names.add(_string(data, strtab + name))
                aux_at += next_aux
            entry += next_entry
    return names


def version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split("_", 1)[1].split(".") if part.isdigit())


def glibc_floor(files: Iterable[Path]) -> tuple[str, Path | None]:
    """The highest GLIBC_x.y needed by any of ``files`` and one file that needs it."""
    best, where = "GLIBC_2.0", None
    for path in files:
        try:
            versions = needed_versions(path)
        except (OSError, struct.error, ValueError, IndexError):
            continue
        for name in versions:
            if name.startswith("GLIBC_2") and version_key(name) > version_key(best):
                best, where = name, path
    return best, where


def elf_files(folder: Path) -> list[Path]:
    """Every ELF file under ``folder`` (shared libraries, plugins, the executable)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found
