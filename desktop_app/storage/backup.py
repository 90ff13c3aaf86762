"""Consistent copies of the database through SQLite's backup API, rotated by count.

A copy is named ``<key>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite3``, where the key
is the database's stem (shortened, with a hash of the whole, when the name
would not fit the file system). Copies of a database are found by that exact
pattern, never by a prefix: «отчет.db» must not rotate away «отчет-2021.db»'s
copies kept in the same folder. Every copy is checked (quick_check) before it
takes its place, so a damaged database never pushes good copies out.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .database import translate_error
from .errors import DatabaseCorrupt, StorageError, os_reason

BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
DEFAULT_KEEP = 20
# 255 bytes per name on every file system we meet; the timestamp, the longest
# reason and the suffix take under 60.
_KEY_BYTES = 180
_TAIL = r"-(\d{8}-\d{6}-\d{6})-([a-z]+(?:-[a-z]+)*)"
# A copy left half-written by a killed backup is removed once it is this old.
_STALE_PARTIAL_S = 3600


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    events: int | None
    damaged: bool = False


def backup_key(db_path: Path) -> str:
    """The part of a copy's name that says whose copy it is; fits any file system."""
    stem = Path(db_path).stem
    raw = stem.encode("utf-8")
    if len(raw) <= _KEY_BYTES:
        return stem
    digest = hashlib.sha1(raw).hexdigest()[:10]
    short = raw[: _KEY_BYTES - 11].decode("utf-8", errors="ignore")
    return f"{short}~{digest}"


def backup_pattern(db_path: Path, suffix: str = BACKUP_SUFFIX) -> re.Pattern[str]:
    """Names of this database's copies: exact key, timestamp, reason (groups 1 and 2)."""
    return re.compile(f"{re.escape(backup_key(db_path))}{_TAIL}{re.escape(suffix)}")


def backup_name(db_path: Path, reason: str = "manual", when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{backup_key(db_path)}-{when:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"


def backups_of(backup_dir: Path, db_path: Path) -> list[Path]:
    """This database's copies in ``backup_dir``, newest first."""
    if not backup_dir.is_dir():
        return []
    pattern = backup_pattern(db_path)
    found = []
    for p in backup_dir.iterdir():
        m = pattern.fullmatch(p.name)
        if m:
            found.append((m.group(1), p.name, p))
    return [p for _stamp, _name, p in sorted(found, reverse=True)]


def quick_check(conn: sqlite3.Connection) -> str:
    """SQLite's quick_check: "ok" or its first complaint (page-level damage, not index contents)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    problems = [r[0] for r in rows]
    return "ok" if problems == ["ok"] else "; ".join(problems[:3])


def file_check(path: Path) -> str:
    """quick_check of a file on disk, read-only and never leaving -wal/-shm beside it."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return quick_check(conn)
    finally:
        conn.close()


def newest_good_backup(backup_dir: Path, db_path: Path) -> Path | None:
    for p in backups_of(backup_dir, db_path):
        if file_check(p) == "ok":
            return p
    return None


def damaged_message(db_path: Path, backup_dir: Path, problem: str) -> str:
    """What to say about a damaged database, pointing to the newest good copy."""
    good = newest_good_backup(backup_dir, db_path)
    where = (
        f"Восстановите базу из последней исправной резервной копии «{good}» "
        f"(interreg restore «{good}» или «Файл → Восстановить из резервной копии»)."
        if good
        else f"Исправных резервных копий в папке «{backup_dir}» нет; обратитесь к "
        "администратору, файл не изменён."
    )
    return (
        f"Файл базы данных «{db_path}» повреждён (проверка целостности: {problem[:200]}). "
        f"Ничего не записано, чтобы не испортить его сильнее. {where}"
    )


def make_backup(
    source: sqlite3.Connection | Path,
    db_path: Path,
    backup_dir: Path,
    *,
    keep: int = DEFAULT_KEEP,
    reason: str = "manual",
) -> Path:
    """Copy the live database (even mid-use, even in WAL mode) and drop the oldest copies.

    The copy is checked before it takes its place: a damaged database is
    refused (DatabaseCorrupt) and the existing copies stay as they are.
    """
    from .protected import refuse_output

    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Не удалось создать папку резервных копий «{backup_dir}»: {os_reason(exc)}."
        ) from exc
    _drop_stale_partials(backup_dir, db_path)
    target = backup_dir / backup_name(db_path, reason)
    partial = target.with_suffix(PARTIAL_SUFFIX)
    refuse_output(target, [db_path])
    own = isinstance(source, Path)
    src = sqlite3.connect(str(source)) if own else source
    problem = "ok"
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            # A copy in rollback-journal mode is one self-contained file: opening it
            # later to count its events leaves no -wal/-shm beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
            problem = quick_check(dst)
        finally:
            dst.close()
        if problem == "ok":
            partial.replace(target)
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise translate_error(exc, target) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"Не удалось записать резервную копию в «{backup_dir}»: {os_reason(exc)}."
        ) from exc
    finally:
        if own:
            src.close()
    if problem != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseCorrupt(damaged_message(Path(db_path), backup_dir, problem), db_path)
    rotate(backup_dir, db_path, keep, verified=target)
    return target


def _drop_stale_partials(backup_dir: Path, db_path: Path) -> None:
    """Half-written copies of a killed backup: removed once nobody can still be writing them."""
    pattern = backup_pattern(db_path, PARTIAL_SUFFIX)
    now = time.time()
    for p in backup_dir.iterdir():
        try:
            if pattern.fullmatch(p.name) and now - p.stat().st_mtime > _STALE_PARTIAL_S:
                p.unlink()
        except OSError:
            pass


def list_backups(backup_dir: Path, db_path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first, with their event counts; damaged ones marked."""
    out = []
    for p in backups_of(backup_dir, db_path):
        events = None
        damaged = True
        try:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            try:
                damaged = quick_check(conn) != "ok"
                events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error:
            pass
        try:
            made_at = datetime.fromtimestamp(p.stat().st_mtime)
        except OSError:
            continue
        out.append(BackupInfo(p, made_at, events, damaged or events is None))
    return out


def rotate(backup_dir: Path, db_path: Path, keep: int, verified: Path | None = None) -> None:
    """Keep the newest ``keep`` copies, and always the newest one that passes quick_check.

    ``verified`` is a copy just checked (the one make_backup wrote), saving a check.
    """
    copies = backups_of(backup_dir, db_path)
    kept = copies[: max(keep, 1)]
    if verified is None or verified not in kept:
        good = next((p for p in copies if p == verified or file_check(p) == "ok"), None)
        if good is not None and good not in kept:
            kept.append(good)
    for old in copies:
        if old not in kept:
            old.unlink(missing_ok=True)
