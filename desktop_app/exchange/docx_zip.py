"""Saving a python-docx document with a cheaper deflate level than zipfile's default.

A 10,000-event report is ~40 MB of very repetitive XML (the table and the records
part); zlib's default level 6 spent a tenth of the export compressing it. Level 3
takes about half the time for a file about half as large again (10,000 events:
2.4 MB instead of 1.5 MB; a quarter's usual few hundred events: tens of kilobytes).
The parts written are python-docx's own, in its order: only the level differs.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any
from zipfile import ZIP_DEFLATED, ZipFile

from .files import ZIP_LEVEL


class _ZipWriter:
    """python-docx's physical package writer (``write`` of a part's blob), at ``level``."""

    def __init__(self, target: str | IO[bytes], level: int) -> None:
        self._zipf = ZipFile(target, "w", compression=ZIP_DEFLATED, compresslevel=level)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self._zipf.writestr(pack_uri.membername, blob)

    def close(self) -> None:
        self._zipf.close()


def save_document(document: Any, target: Path | str | IO[bytes], level: int = ZIP_LEVEL) -> None:
    """What ``document.save(target)`` does, at deflate ``level``."""
    # Here, not at the top: importing this module must not load python-docx.
    from docx.opc.pkgwriter import PackageWriter

    package = document.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    writer = _ZipWriter(str(target) if isinstance(target, Path) else target, level)
    try:
        # The steps of PackageWriter.write, whose own zip writer has no level to set.
        PackageWriter._write_content_types_stream(writer, parts)  # noqa: SLF001
        PackageWriter._write_pkg_rels(writer, package.rels)  # noqa: SLF001
        PackageWriter._write_parts(writer, parts)  # noqa: SLF001
    finally:
        writer.close()
