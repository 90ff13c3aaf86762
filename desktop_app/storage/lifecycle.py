"""Backups the program makes on its own, restoring one, and opening a file only to look.

The program copies the database at the first start of each day, before a
migration and before an import; every copy goes through SQLite's backup API,
so it is consistent even while the file is in use.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from ..paths import default_backup_dir
from . import schema
from .backup import (
    DEFAULT_KEEP,
    backup_name,
    backup_pattern,
    backups_of,
    damaged_message,
    make_backup,
    quick_check,
    rotate,
)
from .database import SQLITE_HEADER, open_database, translate_error
from .errors import DatabaseCorrupt, DatabaseNotFound, DatabaseTooNew, StorageError, os_reason
from .store import Store

DAILY = "daily"
PRE_MIGRATION = "pre-migration"
PRE_IMPORT = "pre-import"
PRE_RESTORE = "pre-restore"


def backup_before_migration(db_path: Path) -> Path:
    return make_backup(
        Path(db_path), Path(db_path), default_backup_dir(Path(db_path)),
        keep=DEFAULT_KEEP, reason=PRE_MIGRATION,
    )


def backup_before_import(
    store: Store, backup_dir: Path | None = None, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Copy the open database before an import writes to it (nothing to copy in memory)."""
    if store.path is None:
        return None
    folder = Path(backup_dir) if backup_dir else default_backup_dir(store.path)
    return make_backup(store.conn, store.path, folder, keep=keep, reason=PRE_IMPORT)


def daily_backup(
    store: Store,
    backup_dir: Path | None = None,
    keep: int = DEFAULT_KEEP,
) -> Path | None:
    """The first start of each day copies the file; later starts that day do nothing.

    Taken from an opened (so already checked) store: a damaged file must not be
    copied over and push the last good copies out of the rotation.
    """
    if store.path is None or store.readonly:
        return None
    folder = Path(backup_dir) if backup_dir else default_backup_dir(store.path)
    today = f"{date.today():%Y%m%d}-"
    pattern = backup_pattern(store.path)
    for copy in backups_of(folder, store.path):
        m = pattern.fullmatch(copy.name)
        if m and m.group(1).startswith(today) and m.group(2) == DAILY:
            return None
    return make_backup(store.conn, store.path, folder, keep=keep, reason=DAILY)


def require_intact(store: Store, backup_dir: Path | None = None) -> None:
    """Refuse to write to a damaged file (quick_check), naming the newest good backup.

    quick_check reads every page once: about a second for 100,000 events
    (a 460 MB file), paid before a command-line write or export, and once a day
    in the window through the verified daily backup.
    """
    if store.path is None:
        return
    problem = quick_check(store.conn)
    if problem != "ok":
        folder = Path(backup_dir) if backup_dir else default_backup_dir(store.path)
        raise DatabaseCorrupt(damaged_message(store.path, folder, problem), store.path)


def check_backup(backup_path: Path) -> int:
    """Refuse a backup that is damaged or from a newer program; return its event count."""
    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise DatabaseNotFound(f"Резервная копия «{backup_path}» не найдена.", backup_path)
    try:
        with backup_path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise DatabaseCorrupt(
                    f"Файл «{backup_path}» не является резервной копией базы данных программы.",
                    backup_path,
                )
        conn = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                raise DatabaseCorrupt(
                    f"Резервная копия «{backup_path.name}» повреждена; выберите другую.",
                    backup_path,
                )
            if schema.unknown_migrations(conn):
                raise DatabaseTooNew(
                    f"Резервная копия «{backup_path.name}» создана более новой версией "
                    "программы. Обновите программу или выберите другую копию.",
                    backup_path,
                )
            return conn.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            conn.close()
    except OSError as exc:
        raise StorageError(
            f"Не удалось прочитать резервную копию «{backup_path}»: {os_reason(exc)}.", backup_path
        ) from exc
    except sqlite3.Error as exc:
        raise translate_error(exc, backup_path) from exc


def _is_healthy_database(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def _keep_damaged_copy(db_path: Path, backup_dir: Path, keep: int) -> Path:
    """A damaged file cannot go through the backup API: keep its bytes as they are."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / backup_name(db_path, f"{PRE_RESTORE}-damaged")
    shutil.copy2(db_path, target)
    rotate(backup_dir, db_path, keep)
    return target


def restore_backup(
    db_path: Path, backup_path: Path, backup_dir: Path | None = None, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Put a backup in place of the database; the current file is backed up first.

    Returns the copy made of the current file (None if there was no file). The
    backup is checked before anything is touched, and copied in through the
    backup API, so a connection still open on the file sees the restored data.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    folder = Path(backup_dir) if backup_dir else default_backup_dir(db_path)
    check_backup(backup_path)
    if db_path.exists() and db_path.resolve() == backup_path.resolve():
        raise StorageError("Нельзя восстановить базу из неё самой: выберите резервную копию.")
    safety: Path | None = None
    healthy = db_path.exists() and _is_healthy_database(db_path)
    try:
        if healthy:
            safety = make_backup(db_path, db_path, folder, keep=keep, reason=PRE_RESTORE)
            _copy_in_place(backup_path, db_path)
        else:
            if db_path.exists():
                safety = _keep_damaged_copy(db_path, folder, keep)
            _replace_file(backup_path, db_path)
        # A backup from an older version is brought up to date like any old file.
        open_database(db_path, create=False).close()
    except OSError as exc:
        raise StorageError(
            f"Не удалось восстановить базу «{db_path}»: {os_reason(exc)}. Текущий файл не изменён."
        ) from exc
    except sqlite3.Error as exc:
        raise translate_error(exc, db_path) from exc
    return safety


def _copy_in_place(backup_path: Path, db_path: Path) -> None:
    src = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(db_path), timeout=3)
    try:
        src.backup(dst)
        # Fold the WAL back so the file on disk is the restored database on its own.
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
        src.close()


def _replace_file(backup_path: Path, db_path: Path) -> None:
    """Build the restored file beside the target, then rename it over the damaged one."""
    # A short name: the database's own may already use most of the 255 bytes allowed.
    partial = db_path.with_name(f".interreg-{os.getpid()}.restoring")
    partial.unlink(missing_ok=True)
    try:
        _copy_in_place(backup_path, partial)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        # A WAL left by the damaged file must not be replayed over the restored one.
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(partial, db_path)
    finally:
        partial.unlink(missing_ok=True)


def open_for_viewing(db_path: Path) -> Store:
    """Open a file only to look at it, even on a medium where nothing can be written.

    The read-only open already falls back to reading the file as immutable where
    SQLite cannot create the -shm beside a WAL file, and keeps every refusal
    (another program's file, an empty one, a newer version).
    """
    return Store.open(Path(db_path), create=False, readonly=True)


def backup_label(made_at: datetime, reason: str) -> str:
    """Why a copy was made, in the user's words (for lists of backups)."""
    words = {
        DAILY: "ежедневная",
        PRE_MIGRATION: "перед обновлением",
        PRE_IMPORT: "перед импортом",
        PRE_RESTORE: "перед восстановлением",
        f"{PRE_RESTORE}-damaged": "повреждённый файл",
        "manual": "вручную",
    }
    return f"{made_at:%d.%m.%Y %H:%M} — {words.get(reason, reason)}"


def backup_reason(path: Path, db_path: Path) -> str:
    """The reason part of a backup's name: «<key>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite3»."""
    m = backup_pattern(db_path).fullmatch(Path(path).name)
    return m.group(2) if m else ""
