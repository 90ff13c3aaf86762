"""Storage failures, split as qutebrowser does: the user's environment vs. our bugs.

Every error here carries a message in plain Russian that says what happened
and what to do next; the CLI prints it, the window shows it.
"""

from __future__ import annotations

from ..errors import UserError


class StorageError(UserError):
    """A database problem the user can do something about."""

    def __init__(self, message: str, path: object = None) -> None:
        super().__init__(message)
        self.path = path


class DatabaseMissingFolder(StorageError):
    pass


class DatabaseNotFound(StorageError):
    pass


class DatabaseCorrupt(StorageError):
    pass


class DatabaseTooNew(StorageError):
    pass


class DatabaseReadOnly(StorageError):
    pass


class DatabaseLocked(StorageError):
    pass


class DiskFull(StorageError):
    pass


class RecordInUse(StorageError):
    """A department or agreement that events still refer to."""


class RecordNotFound(StorageError):
    pass


class VersionConflict(StorageError):
    """The record changed since the caller read it."""


_OS_REASONS = {
    "EACCES": "нет доступа",
    "EPERM": "нет прав",
    "ENOENT": "файл или папка не найдены",
    "ENOSPC": "на диске нет места",
    "EROFS": "носитель только для чтения",
    "ENAMETOOLONG": "слишком длинное имя файла",
    "EIO": "ошибка чтения или записи носителя",
    "EISDIR": "это папка, а не файл",
    "ENOTDIR": "часть пути — не папка",
    "EBUSY": "файл занят",
}


def os_reason(exc: OSError) -> str:
    """The system's refusal in Russian words (strerror is English on most systems)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name) or f"системная ошибка {name or exc.errno}"
