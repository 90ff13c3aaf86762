"""Consistent copies of the database through SQLite's backup API, rotated by count."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .database import translate_error
from .errors import StorageError

BACKUP_SUFFIX = ".sqlite3"
DEFAULT_KEEP = 20


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    events: int | None


def backup_name(db_path: Path, reason: str = "manual", when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{db_path.stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"


def make_backup(
    source: sqlite3.Connection | Path,
    db_path: Path,
    backup_dir: Path,
    *,
    keep: int = DEFAULT_KEEP,
    reason: str = "manual",
) -> Path:
    """Copy the live database (even mid-use, even in WAL mode) and drop the oldest copies."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Не удалось создать папку резервных копий «{backup_dir}»: {exc.strerror}."
        ) from exc
    target = backup_dir / backup_name(db_path, reason)
    partial = target.with_suffix(".partial")
    own = isinstance(source, Path)
    src = sqlite3.connect(str(source)) if own else source
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            # A copy in rollback-journal mode is one self-contained file: opening it
            # later to count its events leaves no -wal/-shm beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise translate_error(exc, target) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"Не удалось записать резервную копию в «{backup_dir}»: {exc.strerror}."
        ) from exc
    finally:
        if own:
            src.close()
    rotate(backup_dir, db_path, keep)
    return target


def list_backups(backup_dir: Path, db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first, with their event counts."""
    if not backup_dir.is_dir():
        return []
    out = []
    for p in backup_dir.glob(f"{db_path.stem}-*{BACKUP_SUFFIX}"):
        events = None
        try:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            pass
        out.append(BackupInfo(p, datetime.fromtimestamp(p.stat().st_mtime), events))
    out.sort(key=lambda b: b.path.name, reverse=True)
    return out


def rotate(backup_dir: Path, db_path: Path, keep: int) -> None:
    names = sorted(backup_dir.glob(f"{db_path.stem}-*{BACKUP_SUFFIX}"), key=lambda p: p.name)
    for old in names[: max(0, len(names) - max(keep, 1))]:
        old.unlink(missing_ok=True)
