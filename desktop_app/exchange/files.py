"""Writing output files so that a failure never leaves half a file behind."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import UserError
from ..storage.protected import refuse_output

# Deflate level of the exported DOCX and XLSX parts: a report's XML is very repetitive,
# and zlib's default 6 took about twice as long for a file about a third smaller
# (10,000 events: DOCX 2.4 MB instead of 1.5 MB, XLSX 0.9 MB instead of 0.65 MB).
ZIP_LEVEL = 3


class ExportError(UserError):
    pass


def _explain(exc: OSError, target: Path) -> str:
    where = f"«{target}»"
    if exc.errno == errno.ENOSPC:
        return f"Недостаточно места на диске для записи {where}. Прежний файл не изменён."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"Нет прав на запись {where}: файл открыт в другой программе или доступен только "
            "для чтения. Закройте его или выберите другое имя; прежний файл не изменён."
        )
    if exc.errno == errno.ENOENT:
        return f"Папка «{target.parent}» не существует. Выберите другую папку."
    return f"Не удалось записать {where}: {exc.strerror or exc}. Прежний файл не изменён."


TEMP_SUFFIX = ".tmp"


def temp_prefix(target: Path) -> str:
    """A hidden name beside the target; short, since the target's may fill the 255 bytes."""
    stem = target.name.encode("utf-8")[:60].decode("utf-8", errors="ignore")
    return f".{stem}."


def atomic_write(
    target: Path | str,
    write: Callable[[Path], None],
    protect: Path | str | Iterable[Path | str] | None = None,
) -> Path:
    """Call ``write`` on a temporary file beside ``target``, then rename it into place.

    The old file stays intact if writing fails or the target is locked. The
    target is refused if it is a database (``protect`` or any this process
    opened), one of its side files or backups, or not a regular file.
    """
    target = Path(target)
    guarded = [protect] if isinstance(protect, str | Path) else list(protect or ())
    try:
        refuse_output(target, guarded)
    except UserError as exc:
        raise ExportError(str(exc)) from None
    if not target.parent.is_dir():
        raise ExportError(f"Папка «{target.parent}» не существует. Выберите другую папку.")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(
            f"Файл «{target}» доступен только для чтения. Выберите другое имя; "
            "прежний файл не изменён."
        )
    _drop_stale_temps(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX,
                                        dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(_explain(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _give_mode(tmp, target)
        _replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_explain(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


# A temporary file this old is left by an export that was killed, not one being written.
STALE_TEMP_S = 3600


def _drop_stale_temps(target: Path) -> None:
    """Remove what a killed export of the same name left beside it."""
    prefix = temp_prefix(target)
    now = time.time()
    try:
        leftovers = [p for p in target.parent.iterdir()
                     if p.name.startswith(prefix) and p.name.endswith(TEMP_SUFFIX)
                     and len(p.name) == len(prefix) + 8 + len(TEMP_SUFFIX)]
    except OSError:
        return
    for p in leftovers:
        try:
            if now - p.stat().st_mtime > STALE_TEMP_S:
                p.unlink()
        except OSError:
            pass


def _give_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes a private 0600 file; the export gets the old file's or the usual mode."""
    if target.exists():
        mode = stat.S_IMODE(target.stat().st_mode)
    else:
        mode = 0o666 & ~_umask()
    os.chmod(tmp, mode)


def _umask() -> int:
    # os.umask() can only be read by setting it, which races with other threads
    # creating files (exports run in a worker); Linux shows it in /proc instead.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _replace(tmp: Path, target: Path) -> None:
    # On Windows an antivirus or the indexer may hold the old file for a moment;
    # a file open in Word stays locked, and after the retries that is the message.
    attempts = 5 if sys.platform == "win32" else 1
    for attempt in range(attempts):
        try:
            os.replace(tmp, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a failure here loses nothing already written."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
