"""Opening a report file for import: recognise it, refuse what is unsafe or unreadable.

Every problem becomes :class:`ImportFileError` naming the file, in plain Russian,
before anything is read into memory in bulk: an empty file, an old binary
.doc/.xls or a password-protected document (both are OLE compound files), an RTF
document, a file that is not a zip at all, a zip bomb, XML with entities or DTDs.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from ..errors import UserError
from . import safety

MAX_UNCOMPRESSED = safety.LIMITS.max_entry_size

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
RTF_MAGIC = b"{\\rtf"


class ImportFileError(UserError):
    """A file that cannot be imported; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        # A table whose columns were not understood: the header and a mapping to
        # offer (table_rows.ColumnsUnclear), for the window's mapping step.
        self.unclear: object | None = None
        super().__init__(f"Файл «{self.path.name}» не загружен: {problem}")


def check_file(path: Path) -> None:
    """Refuse files that are not an Office Open XML package, with the reason."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ImportFileError(path, "файл не найден.") from None
    except IsADirectoryError:
        raise ImportFileError(path, "это папка, а не файл.") from None
    except OSError as exc:
        raise ImportFileError(path, f"файл не удалось прочитать ({exc.strerror}).") from None
    if size == 0:
        raise ImportFileError(path, "файл пуст.")
    if head == OLE_MAGIC:
        raise ImportFileError(
            path,
            "файл защищён паролем или сохранён в старом формате (.doc/.xls). "
            "Снимите пароль или сохраните его в Word/Excel как .docx/.xlsx и загрузите снова.",
        )
    if head.startswith(RTF_MAGIC):
        raise ImportFileError(
            path, "это документ RTF. Откройте его в Word и сохраните как .docx, затем загрузите снова.")
    if head[:4] != ZIP_MAGIC:
        raise ImportFileError(
            path, "это не документ Word (.docx) и не книга Excel (.xlsx), либо файл повреждён."
        )


def open_zip(path: Path) -> zipfile.ZipFile:
    """The file as a zip, after the size checks that keep a zip bomb out."""
    check_file(path)
    try:
        archive = zipfile.ZipFile(path)
    # A damaged directory can claim a zip version Python cannot read (NotImplementedError).
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ImportFileError(path, "файл повреждён (это не целый архив .docx/.xlsx).") from None
    try:
        safety.check_zip(archive, path)  # the shared checks, from the zip directory alone
    except UserError as exc:
        archive.close()
        raise ImportFileError(path, str(exc)) from None
    return archive


def read_member(archive: zipfile.ZipFile, name: str, path: Path) -> bytes | None:
    """One part of the package, or None when it is absent."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_UNCOMPRESSED:
        raise ImportFileError(path, "часть документа слишком велика.")
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError):
        raise ImportFileError(path, "файл повреждён (архив не распаковывается).") from None


def parse_xml(data: bytes, path: Path) -> etree._Element:
    """XML without entity expansion, DTDs or network access (refused if it has a DTD)."""
    try:
        return safety.parse_xml(data)
    except UserError as exc:
        raise ImportFileError(path, str(exc)) from None


def check_text(text: str, path: Path) -> str:
    try:
        return safety.check_text(text)
    except UserError as exc:
        raise ImportFileError(path, str(exc)) from None
