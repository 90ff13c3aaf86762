"""Opening a report file for import: recognise it, refuse what is unsafe or unreadable.

Every problem becomes :class:`ImportFileError` naming the file, in plain Russian,
before anything is read into memory in bulk: an empty file, an old binary
.doc/.xls or a password-protected document (both are OLE compound files), a
file that is not a zip at all, a zip bomb, XML with entities or DTDs.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from ..errors import UserError

# Office files of many thousands of rows stay far below these.
MAX_ENTRIES = 2000
MAX_UNCOMPRESSED = 400 * 1024 * 1024
MAX_RATIO = 200  # a real document.xml compresses 5-20 times

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class ImportFileError(UserError):
    """A file that cannot be imported; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"Файл «{self.path.name}» не загружен: {problem}")


def _safety_module():  # the reliability engineer's shared checks, when present
    try:
        from . import safety  # type: ignore[attr-defined]
    except ImportError:
        return None
    return safety


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
    if head[:4] != ZIP_MAGIC:
        raise ImportFileError(
            path, "это не документ Word (.docx) и не книга Excel (.xlsx), либо файл повреждён."
        )


def open_zip(path: Path) -> zipfile.ZipFile:
    """The file as a zip, after the size checks that keep a zip bomb out."""
    check_file(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportFileError(path, "файл повреждён (это не целый архив .docx/.xlsx).") from None
    safety = _safety_module()
    if safety is not None and hasattr(safety, "check_zip"):
        try:
            safety.check_zip(archive, path)
        except UserError as exc:
            archive.close()
            raise ImportFileError(path, str(exc)) from None
        return archive
    infos = archive.infolist()
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if len(infos) > MAX_ENTRIES or total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
        archive.close()
        raise ImportFileError(
            path, "файл после распаковки слишком велик — похоже на повреждённый или опасный архив."
        )
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
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ImportFileError(path, "файл повреждён (архив не распаковывается).") from None


def parse_xml(data: bytes, path: Path) -> etree._Element:
    """XML without entity expansion, DTD loading or network access."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        remove_comments=True,
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise ImportFileError(path, "документ внутри файла повреждён (XML не читается).") from None
