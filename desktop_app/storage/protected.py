"""The files that make up a database, which no output may ever be written over.

An export, an e-mail draft or a change log is written by renaming a finished
temporary file over the name the user typed; typed by mistake, that name can be
the database itself, its WAL, the lock file or a backup (under another name
through a hard link or a symlink), or a device. Every output path is checked
here first, by resolved path and by file identity (device and inode), against
the databases this process has opened and the one the caller names.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path

from ..errors import UserError
from .database import SQLITE_HEADER

#: Files SQLite and the program keep beside a database (the lock's suffix included).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
_BACKUP_TAIL = re.compile(r"-\d{8}-\d{6}-\d{6}-[a-z-]+\.(?:sqlite3|partial)$")

_opened: dict[str, Path] = {}


class OutputRefused(UserError):
    """An output path that would destroy the database or is not a file at all."""


def remember_database(db_path: Path | str) -> None:
    """Note a database this process opened, so that no output lands on its files."""
    path = Path(db_path)
    try:
        _opened[str(path.resolve())] = path
    except OSError:
        _opened[str(path.absolute())] = path


def database_files(db_path: Path | str) -> list[Path]:
    """The database and the side files that belong to it, by name."""
    path = Path(db_path)
    return [path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)]


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _is_sqlite(st_path: Path) -> bool:
    try:
        with open(st_path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def refuse_output(target: Path | str, protect: Iterable[Path | str] = ()) -> None:
    """Raise OutputRefused unless ``target`` is a regular file or a new name in a folder."""
    target = Path(target)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError:
        st = None  # the write itself reports an unreachable folder in plain words
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputRefused(f"«{target}» — это папка. Укажите имя файла.")
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OutputRefused(
            f"«{target}» — не обычный файл (устройство или канал); отчёт в него не "
            "записывается. Укажите имя файла в папке."
        )
    where = _resolved(target)
    databases = {str(_resolved(Path(p))): Path(p) for p in protect}
    databases.update(_opened)
    for db in databases.values():
        for own in database_files(db):
            same = _resolved(own) == where
            if not same and st is not None:
                try:
                    same = os.path.samestat(st, os.stat(own))
                except OSError:
                    same = False
            if same:
                raise OutputRefused(
                    f"«{target}» — файл базы данных «{db.name}» или её служебный файл; "
                    "запись туда уничтожила бы данные. Выберите другое имя файла."
                )
    if st is not None and _is_sqlite(target):
        kind = "резервная копия базы данных" if _BACKUP_TAIL.search(target.name) else (
            "файл базы данных SQLite")
        raise OutputRefused(
            f"«{target}» — {kind}; отчёт поверх неё не записывается. Выберите другое имя файла."
        )
