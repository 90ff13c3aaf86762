"""Opening the SQLite file: checks, pragmas, migrations.

Everything that can be wrong with a file the user points us at is turned into
a StorageError with a plain Russian message before any byte is written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import schema
from .errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseMissingFolder,
    DatabaseNotFound,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    StorageError,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 3000


def settle_upsert_support(db: Database) -> None:
    """Tell sqlite-utils that upserts work, instead of letting it probe.

    Its probe creates and drops a table in the user's file (changing a file we
    may only be checking) and caches a failed probe for good, so one write that
    hit a full disk or a busy file would break every later save of the session.
    SQLite has had upserts since 3.24.
    """
    if db.sqlite_version >= (3, 24, 0):
        db._supports_on_conflict = True  # noqa: SLF001 — sqlite-utils' own cache


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    return head == SQLITE_HEADER or head == b""


def translate_error(exc: sqlite3.Error, path: Path | str) -> StorageError:
    """Name an sqlite3 error in the user's words."""
    text = str(exc).lower()
    where = f"«{path}»"
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"Файл базы данных {where} занят другой программой (возможно, открыта "
            "вторая копия). Закройте её и повторите.",
            path,
        )
    if "readonly" in text or "read-only" in text or "attempt to write" in text:
        return DatabaseReadOnly(
            f"Файл базы данных {where} доступен только для чтения. Скопируйте его "
            "в папку, где разрешена запись, или откройте только для просмотра.",
            path,
        )
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(
            f"На диске не хватает места для записи в {where}. Освободите место и "
            "повторите: уже сохранённые данные не пострадали.",
            path,
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return DatabaseCorrupt(
            f"Файл {where} повреждён или не является базой данных программы. "
            "Восстановите его из резервной копии или выберите другой файл.",
            path,
        )
    if "unable to open" in text:
        return DatabaseMissingFolder(
            f"Не удалось открыть файл базы данных {where}. Проверьте, что папка "
            "существует и доступна.",
            path,
        )
    if "disk i/o" in text or "i/o error" in text:
        return StorageError(
            f"Ошибка ввода-вывода при работе с {where}. Проверьте диск или носитель "
            "и повторите; уже сохранённые данные не пострадали.",
            path,
        )
    return StorageError(
        f"Не удалось выполнить действие с базой данных {where}; данные не изменены. "
        f"Сообщение SQLite: {exc}.",
        path,
    )


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    readonly: bool = False,
    migrate: bool = True,
    before_migration: Callable[[Path], None] | None = None,
) -> sqlite3.Connection:
    """Open (and if needed create and upgrade) the database file; return its connection.

    ``before_migration`` is called with the path when an existing file is about
    to be upgraded, so the caller can back it up first. Everything runs on the
    plain connection; sqlite-utils is loaded only when migrations are pending.
    """
    path = Path(path)
    if not path.parent.exists():
        if create and not readonly:
            raise DatabaseMissingFolder(
                f"Папка «{path.parent}» не существует. Создайте её или укажите "
                "другой путь к файлу базы данных.",
                path,
            )
        raise DatabaseMissingFolder(f"Папка «{path.parent}» не существует.", path)
    existed = path.exists()
    if existed:
        if path.is_dir():
            raise DatabaseNotFound(f"«{path}» — это папка, а не файл базы данных.", path)
        try:
            if not _looks_like_sqlite(path):
                raise DatabaseCorrupt(
                    f"Файл «{path}» не является базой данных программы (это не файл "
                    "SQLite). Выберите другой файл или восстановите базу из резервной копии.",
                    path,
                )
        except PermissionError as exc:
            raise DatabaseReadOnly(f"Нет доступа к файлу «{path}».", path) from exc
    elif not create:
        raise DatabaseNotFound(
            f"Файл базы данных «{path}» не найден. Создайте его командой "
            "«interreg demo» или укажите другой путь.",
            path,
        )
    if not readonly and existed and not os.access(path, os.W_OK):
        raise DatabaseReadOnly(
            f"Файл базы данных «{path}» доступен только для чтения. Скопируйте его в "
            "папку, где разрешена запись, или откройте только для просмотра.",
            path,
        )
    if not readonly and not existed and not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(
            f"В папку «{path.parent}» нельзя записывать. Выберите другую папку.", path
        )
    try:
        if readonly:
            db = _connect_readonly(path)
        else:
            db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            _prepare(db)
        db.execute("PRAGMA foreign_keys = ON")
        if existed:
            # Reads the header and schema: fails here on a damaged file.
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _refuse_foreign(db, path, readonly)
        if not readonly:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
        _check_version(db, path)
        if migrate and not readonly:
            pending = schema.pending_migrations(db)
            if pending and existed and schema.schema_version(db) > 0 and before_migration:
                before_migration(path)
            schema.upgrade(db)
        elif readonly and schema.structural_pending(db) and schema.schema_version(db) > 0:
            raise DatabaseTooNew(
                f"Файл «{path}» создан более старой версией программы и требует "
                "обновления; откройте его для записи.",
                path,
            )
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    return db


def _prepare(conn: sqlite3.Connection) -> None:
    """What sqlite-utils' Database(conn) sets on a connection, plus our busy timeout."""
    conn.execute("PRAGMA recursive_triggers=on;")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """Open for reading only, even on a read-only medium.

    A WAL file needs its -shm beside it even to be read; where that cannot be
    created (a CD, a write-protected stick, a folder the user may only read)
    SQLite refuses ``mode=ro``, and the file is read as immutable, as a snapshot:
    a writer with more rights elsewhere would not be seen until the next open.
    """
    uri = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for suffix in ("?mode=ro", "?mode=ro&immutable=1"):
        conn = None
        try:
            conn = sqlite3.connect(
                f"{uri}{suffix}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if conn is not None:
                conn.close()
            text = str(exc).lower()
            # A folder we may not write (not only a read-only medium) refuses the -shm
            # with "attempt to write a readonly database".
            if "unable to open" not in text and "readonly" not in text:
                raise
            last = exc
            continue
        _prepare(conn)
        return conn
    assert last is not None
    raise last


_OWN_TABLES = {"_sqlite_migrations"}


def _refuse_foreign(db: sqlite3.Connection, path: Path, readonly: bool) -> None:
    """Never add our tables to another program's SQLite file, nor read an empty one."""
    if schema.schema_version(db) > 0 or schema.unknown_migrations(db):
        return
    tables = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        if name not in _OWN_TABLES
    ]
    if tables:
        db.close()
        raise DatabaseCorrupt(
            f"Файл «{path}» — база данных SQLite другой программы: в нём нет данных этой "
            "программы. Файл не изменён; выберите другой файл.",
            path,
        )
    if readonly:
        db.close()
        raise DatabaseNotFound(
            f"Файл «{path}» пуст: в нём ещё нет данных программы. Заполните его командой "
            "«interreg demo» или импортом отчёта.",
            path,
        )


def _check_version(db: sqlite3.Connection, path: Path) -> None:
    unknown = schema.unknown_migrations(db)
    if unknown:
        db.close()
        raise DatabaseTooNew(
            f"Файл «{path}» создан более новой версией программы. Обновите программу "
            "или откройте резервную копию; файл не изменён.",
            path,
        )
