"""Writing output files so that a failure never leaves half a file behind."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import UserError


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


def atomic_write(target: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write`` on a temporary file beside ``target``, then rename it into place.

    The old file stays intact if writing fails or the target is locked.
    """
    target = Path(target)
    if target.is_dir():
        raise ExportError(f"«{target}» — это папка. Укажите имя файла.")
    if not target.parent.is_dir():
        raise ExportError(f"Папка «{target.parent}» не существует. Выберите другую папку.")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(
            f"Файл «{target}» доступен только для чтения. Выберите другое имя; "
            "прежний файл не изменён."
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise ExportError(_explain(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_explain(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
